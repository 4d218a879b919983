/** A Thai national ID number as printed on the card: 1-1017-00230-70-8. Masked or odd values are shown as they are. */
export function formatNationalId(value: string): string {
  if (!/^\d{13}$/.test(value)) return value;
  return `${value.slice(0, 1)}-${value.slice(1, 5)}-${value.slice(5, 10)}-${value.slice(10, 12)}-${value.slice(12)}`;
}

/** A value the API masked ("*********0708"): shown, never sent back. */
export function isMasked(value: string | null | undefined): boolean {
  return Boolean(value && value.includes('*'));
}
