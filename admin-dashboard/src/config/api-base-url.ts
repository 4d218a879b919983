// No import.meta here: vite.config.ts also uses this to refuse a bad value at build time.

/** The API origin from VITE_API_BASE_URL: empty means the dashboard's own origin. */
export function parseApiBaseUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`VITE_API_BASE_URL must be an absolute http(s) URL or empty, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`VITE_API_BASE_URL must use http or https, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}
