/**
 * Start the real system for the browser tests:
 * a fresh database (PostgreSQL, or SQLite — the embedded default of `make run` —
 * with E2E_DATABASE=sqlite), migrated with Alembic; one user of each role
 * created through the operator CLI; the Flask app (python main.py) on a free
 * port serving the built dashboard, with 60-second access tokens (and no
 * leeway) so a test can watch one expire. Returns the teardown that stops it all.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ACCESS_TOKEN_SECONDS, STATE_FILE, USERS } from './support/state';

const here = dirname(fileURLToPath(import.meta.url));
const dashboard = resolve(here, '..');
const backend = resolve(dashboard, '..', 'backend');
const python = process.env.VILLAGE_PYTHON ?? join(backend, 'venv', 'bin', 'python');
const baseDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgresql+psycopg://postgres@127.0.0.1:5432/test';
// One database per checkout, dropped and re-created for every run.
const databaseName = `village_e2e_${createHash('sha256').update(dashboard).digest('hex').slice(0, 8)}`;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `postgres` (the default) or `sqlite`. */
export const E2E_DATABASE = process.env.E2E_DATABASE === 'sqlite' ? 'sqlite' : 'postgres';

function manageDatabase(action: 'create' | 'drop'): string {
  const script = `
import sys, sqlalchemy as sa
from sqlalchemy.engine import make_url
base = make_url(sys.argv[1]); name = sys.argv[2]
engine = sa.create_engine(base, isolation_level="AUTOCOMMIT")
with engine.connect() as conn:
    conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    if sys.argv[3] == "create":
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
print(base.set(database=name).render_as_string(hide_password=False))
`;
  return execFileSync(python, ['-c', script, baseDatabaseUrl, databaseName, action], { cwd: backend, encoding: 'utf8' }).trim();
}

function backendEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // Only what the backend needs: none of the machine's own settings leak in.
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    VILLAGE_ENV_FILE: '/dev/null',
    FLASK_SKIP_DOTENV: '1',
    ...extra,
  };
}

async function waitForHealth(url: string, server: ReturnType<typeof spawn>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the backend exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the backend did not answer ${url}/health within 30 s`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(dashboard, 'dist', 'index.html'))) {
    throw new Error('No dist/: run `npm run build` (make test-dashboard-e2e does) before the browser tests.');
  }
  if (!existsSync(python)) throw new Error(`No backend Python at ${python}: run \`make install\`.`);

  // Uploads (and, for SQLite, the database) live in a scratch directory of this run.
  const scratch = mkdtempSync(join(tmpdir(), 'village-e2e-'));
  const databaseUrl = E2E_DATABASE === 'sqlite' ? `sqlite:///${join(scratch, 'village.sqlite')}` : manageDatabase('create');
  const env = backendEnv({
    UPLOAD_DIR: join(scratch, 'uploads'),
    APP_ENV: 'development',
    DATABASE_URL: databaseUrl,
    JWT_SECRET_KEY: randomBytes(32).toString('hex'),
    SECRET_KEY: randomBytes(32).toString('hex'),
    JWT_ACCESS_TOKEN_EXPIRES: String(ACCESS_TOKEN_SECONDS),
    // No clock-skew slack: a token is refused the second it expires, so the
    // session-expiry test knows when to expect a refresh.
    JWT_LEEWAY_SECONDS: '0',
    BCRYPT_ROUNDS: '4',
    LOG_LEVEL: 'WARNING',
    // Every test signs in from 127.0.0.1; the limiter has its own tests.
    RATELIMIT_ENABLED: 'false',
    DASHBOARD_DIST_DIR: join(dashboard, 'dist'),
  });
  // stderr is captured: shown only if the command fails (the error carries it).
  execFileSync(python, ['-m', 'alembic', 'upgrade', 'head'], { cwd: backend, env, stdio: ['ignore', 'ignore', 'pipe'] });
  for (const user of Object.values(USERS)) {
    execFileSync(
      python,
      ['-m', 'flask', '--app', 'village', 'create-admin', '--email', user.email, '--full-name', user.name, '--role', user.role, '--password-stdin'],
      { cwd: backend, env, input: `${user.password}\n`, stdio: ['pipe', 'ignore', 'pipe'] },
    );
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(python, ['main.py'], {
    cwd: backend,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForHealth(baseUrl, server);

  mkdirSync(dirname(STATE_FILE), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify({ baseUrl }));

  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)));
    if (E2E_DATABASE === 'postgres') manageDatabase('drop');
    rmSync(scratch, { recursive: true, force: true });
  };
}
