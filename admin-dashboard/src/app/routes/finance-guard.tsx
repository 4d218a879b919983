/**
 * The finance pages' guard: the office's pages need `finance:read` over the
 * whole village (a resident's reaches their own houses: their page is "My
 * bills"), plus what the page itself needs (features/finance/policies.ts).
 */
import type { ReactNode } from 'react';

import { ForbiddenPage } from '@/components/errors/status-page';
import { seesFinance } from '@/features/finance/policies';
import { useAuth } from '@/lib/auth/auth-provider';
import type { Me } from '@/lib/auth/api';

export function FinanceGuard({ allow, children }: { allow?: (me: Me) => boolean; children: ReactNode }) {
  const { user } = useAuth();
  const ok = !!user && (allow ? allow(user) : seesFinance(user));
  return ok ? <>{children}</> : <ForbiddenPage />;
}
