import { TokenPasswordPage } from '@/features/auth/components/token-password-page';

/** The page a reset mail's link opens: /reset-password#token=… */
export function ResetPasswordRoute() {
  return <TokenPasswordPage purpose="resetPassword" />;
}
