/**
 * The token of a set-password link travels in the URL's fragment
 * (`/set-password#token=…`), which browsers never send to a server: no access
 * log or Referer ever holds it. Never read from the query string.
 */
export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token')?.trim();
  // The API's tokens are 16–200 URL-safe characters.
  return token && /^[A-Za-z0-9_-]{16,200}$/.test(token) ? token : null;
}
