#!/usr/bin/env node
// Generate src/types/api.gen.ts from the backend's OpenAPI document, without a
// running server: `flask --app village spec` builds the app and prints the spec.
//
//   node scripts/generate-api-types.mjs           write src/types/api.gen.ts
//   node scripts/generate-api-types.mjs --check   fail when it is out of date
//
// VILLAGE_PYTHON names the backend's Python (default ../backend/venv/bin/python).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const backend = resolve(root, '..', 'backend');
const target = join(root, 'src', 'types', 'api.gen.ts');
const python = process.env.VILLAGE_PYTHON ?? join(backend, 'venv', 'bin', 'python');
const check = process.argv.includes('--check');

if (!existsSync(python)) {
  console.error(`No backend Python at ${python}: run \`make install\` first (or set VILLAGE_PYTHON).`);
  process.exit(2);
}

function specEnv() {
  const env = { ...process.env, VILLAGE_ENV_FILE: '/dev/null', FLASK_SKIP_DOTENV: '1' };
  delete env.APP_ENV;
  delete env.FLASK_ENV;
  return env;
}

const work = mkdtempSync(join(tmpdir(), 'village-openapi-'));
const specFile = join(work, 'openapi.json');
try {
  execFileSync(python, ['-m', 'flask', '--app', 'village', 'spec', '--format', 'json', '--quiet', '--output', specFile], {
    cwd: backend,
    stdio: ['ignore', 'inherit', 'inherit'],
    // The spec never depends on settings; keep the machine's .env out of it.
    env: specEnv(),
  });
  const spec = JSON.parse(readFileSync(specFile, 'utf8'));
  const header =
    '// Generated from the backend OpenAPI document by scripts/generate-api-types.mjs.\n' +
    '// Never edit by hand: run `npm run api:generate` after changing the API.\n\n';
  const generated = header + astToString(await openapiTS(spec, { alphabetize: true, defaultNonNullable: false }));
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (check) {
    if (current !== generated) {
      console.error('src/types/api.gen.ts is out of date with the backend API.');
      console.error('Run `cd admin-dashboard && npm run api:generate` and commit the result.');
      process.exit(1);
    }
    console.log('src/types/api.gen.ts matches the backend OpenAPI document.');
  } else {
    writeFileSync(target, generated);
    console.log(`Wrote ${target}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
