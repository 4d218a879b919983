import { CSRF_COOKIE } from '@/config/constants';

/** The double-submit CSRF value the server set next to the HttpOnly refresh cookie. */
export function readCsrfToken(cookieString: string = document.cookie): string | null {
  for (const part of cookieString.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) {
      const value = rest.join('=');
      return value ? decodeURIComponent(value) : null;
    }
  }
  return null;
}
