import { TokenPasswordPage } from '@/features/auth/components/token-password-page';

/** The page a letter's QR code opens: /set-password#token=… */
export function SetPasswordRoute() {
  return <TokenPasswordPage purpose="setPassword" />;
}
