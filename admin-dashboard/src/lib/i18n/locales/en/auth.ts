/** English: signing in and up, set-password links, the forced password change. Thai: ../th/auth.ts. */
import type { components } from '@/types/api.gen';

type Relation = components['schemas']['Relation'];

export const auth = {
  signIn: {
    title: 'Sign in',
    subtitle: 'Estate office dashboard',
    submit: 'Sign in',
    identifier: 'Email or phone number',
    identifierHint: 'The one the estate office has, e.g. 081-234-5678',
    identifierRequired: 'Enter your email or phone number.',
    passwordRequired: 'Enter your password.',
    wrongCredentials:
      'The email, phone number or password is wrong, or the account is temporarily locked after too many failed attempts. Check them and try again in a minute.',
    pending: 'This account is waiting for approval by the estate office.',
    inactive: 'This account has been deactivated; contact the estate office.',
    expired: 'Your session has ended. Sign in again to continue.',
    noAccount: 'No account yet?',
    signUp: 'Sign up',
    passwordSet: 'Your password is set. Sign in with it.',
  },
  signUp: {
    title: 'Sign up',
    subtitle: 'For residents of the village',
    submit: 'Create my account',
    identifierHint: 'Give an email or a Thai mobile number (or both): you sign in with either.',
    identifierNeeded: 'Give an email or a mobile number.',
    phone: 'Mobile number',
    confirm: 'Repeat the password',
    houseSection: 'Your house',
    houseHint: 'The estate office confirms it before you see the house’s information.',
    houseNumber: 'House number',
    relation: 'You live there as',
    houseAndRelation: 'Give the house number and how you live there, or neither.',
    haveAccount: 'Already have an account?',
    signIn: 'Sign in',
    closed: 'Signing up is closed in this village: ask the estate office for an account.',
    createdActive: 'Your account is ready: sign in with your email or mobile number.',
    createdPending: 'Your account waits for the estate office’s approval; you can sign in once they approve it.',
    houseRequested: 'The office will confirm house {{house}}.',
    taken: 'An account already has this {{field}}. Sign in, or set a password with the office’s link.',
    relations: { owner: 'Owner', co_owner: 'Co-owner', tenant: 'Tenant', family: 'Family', agent: 'Agent' } satisfies Record<Relation, string>,
  },
  setPassword: {
    title: 'Choose your password',
    subtitle: 'With the link from the estate office',
    submit: 'Set my password',
    done: 'Your password is set. Sign in with your email or phone number and this password.',
    toSignIn: 'Go to sign-in',
    noToken: 'This page needs the link from your letter or the estate office. Scan the QR code again, or ask the office for a new link.',
    invalid: 'This link does not work any more: it was used, it expired, or a newer one replaced it. Ask the estate office for a new one.',
  },
  forcedChange: {
    title: 'Choose your own password',
    body: 'The estate office gave you a first password. Before anything else, replace it with one only you know.',
    current: 'The password from the office',
    submit: 'Save my password',
    done: 'Your password is changed.',
    signOut: 'Sign out',
  },
};
