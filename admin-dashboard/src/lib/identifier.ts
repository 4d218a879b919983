/**
 * What a person typed to sign in: an email or a phone number. The API takes
 * `{"email"}` or `{"phone"}`; it normalises either (a phone may be typed
 * "081-234-5678", "+66 81 234 5678" or with Thai digits), so the dashboard
 * only decides which one it is: anything with an "@" is an email.
 */
export type SignInIdentifier = { email: string } | { phone: string };

export function signInIdentifier(typed: string): SignInIdentifier {
  const value = typed.trim();
  return value.includes('@') ? { email: value } : { phone: value };
}

/** True when the text looks like an email address (the API checks it properly). */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
