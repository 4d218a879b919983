/**
 * Certificates, mirroring the backend: the accountant (finance:write) issues a
 * debt-clearance certificate for a house that owes nothing; the office
 * (finance:read, every house) lists and verifies them.
 */
import type { components } from '@/types/api.gen';

type Me = Pick<components['schemas']['MeRead'], 'permissions' | 'scope'>;

export function canIssueCertificate(me: Me | null | undefined): boolean {
  return !!me && me.scope === 'all' && me.permissions.includes('finance:write');
}

/** A certificate number as printed: "CERT2570-000001" (case and spaces forgiven). */
export function normalizeCertificateNumber(text: string): string | null {
  const value = text.trim().toUpperCase().replace(/\s+/g, '');
  return /^CERT\d{4}-\d{6}$/.test(value) ? value : null;
}
