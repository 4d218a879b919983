import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artifacts');
export const STATE_FILE = join(ARTIFACTS, 'e2e-state.json');
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');
/** The backend's access-token lifetime in the browser tests (the minimum the settings allow). */
export const ACCESS_TOKEN_SECONDS = 60;

export type RoleName = 'super_admin' | 'village_admin' | 'accounting_admin' | 'resident';

/** One account per role, created by global-setup through the operator CLI. */
export const USERS: Record<RoleName, { email: string; name: string; password: string; role: RoleName }> = {
  super_admin: { email: 'somchai.super@example.com', name: 'Somchai Super', password: 'Sup3r-Admin-pass', role: 'super_admin' },
  village_admin: { email: 'malee.office@example.com', name: 'Malee Office', password: 'Vill4ge-Admin-pass', role: 'village_admin' },
  accounting_admin: { email: 'preecha.accounts@example.com', name: 'Preecha Accounts', password: 'Acc0unting-pass', role: 'accounting_admin' },
  resident: { email: 'nok.resident@example.com', name: 'Nok Resident', password: 'Res1dent-pass', role: 'resident' },
};

export function baseUrl(): string {
  return (JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { baseUrl: string }).baseUrl;
}

/** Where the backend writes each email as a .eml file (no SMTP in the browser tests). */
export function mailDir(): string {
  return (JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { mailDir: string }).mailDir;
}
