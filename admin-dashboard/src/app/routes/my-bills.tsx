/**
 * A resident's bills (features/my-bills): the list, one bill, "I paid", their
 * slips (and fixing one), receipts and statements. Each page needs
 * `finance:read`, which a resident holds for their own houses; the API
 * answers 404 for anything else.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { NotFoundPage } from '@/components/errors/status-page';
import { PageHeader } from '@/components/page-header';
import { PageLoader, QueryError } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { useSlip } from '@/features/my-bills/api/my-bills';
import { BillsList } from '@/features/my-bills/components/bills-list';
import { InvoiceDetail } from '@/features/my-bills/components/invoice-detail';
import { type MyBillsTab, MyBillsNav } from '@/features/my-bills/components/my-bills-nav';
import { MyReceipts } from '@/features/my-bills/components/my-receipts';
import { MySlips } from '@/features/my-bills/components/my-slips';
import { MyStatement } from '@/features/my-bills/components/statement';
import { SlipForm } from '@/features/my-bills/components/slip-form';
import { canFixSlip } from '@/features/my-bills/policies';
import { isApiError } from '@/lib/problem';

import { useIdParam } from './house-detail';

function Page({ tab, children }: { tab: MyBillsTab; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="finance:read">
      <PageHeader title={t('myBills.title')} description={t('myBills.description')} />
      <MyBillsNav active={tab} />
      {children}
    </RequirePermission>
  );
}

export function MyBillsRoute() {
  return (
    <Page tab="bills">
      <BillsList />
    </Page>
  );
}

export function MyBillRoute() {
  const id = useIdParam();
  return <RequirePermission permission="finance:read">{id ? <InvoiceDetail id={id} /> : <NotFoundPage />}</RequirePermission>;
}

export function PayBillsRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const ids = params.getAll('invoice').map(Number).filter((id) => Number.isInteger(id) && id > 0);
  return (
    <RequirePermission permission="finance:read">
      <PageHeader title={t('myBills.slip.title')} description={t('myBills.slip.description')} />
      <SlipForm invoiceIds={ids} />
    </RequirePermission>
  );
}

export function MySlipsRoute() {
  return (
    <Page tab="slips">
      <MySlips />
    </Page>
  );
}

function FixSlip({ id }: { id: number }) {
  const slip = useSlip(id);
  if (slip.isPending) return <PageLoader />;
  if (isApiError(slip.error) && slip.error.status === 404) return <NotFoundPage />;
  if (slip.isError) return <QueryError error={slip.error} onRetry={() => void slip.refetch()} />;
  if (!canFixSlip(slip.data.status)) return <MySlips />;
  return <SlipForm slip={slip.data} />;
}

export function FixSlipRoute() {
  const { t } = useTranslation();
  const id = useIdParam();
  return (
    <RequirePermission permission="finance:read">
      <PageHeader title={t('myBills.slip.editTitle')} description={t('myBills.slip.description')} />
      {id ? <FixSlip id={id} /> : <NotFoundPage />}
    </RequirePermission>
  );
}

export function MyReceiptsRoute() {
  return (
    <Page tab="receipts">
      <MyReceipts />
    </Page>
  );
}

export function MyStatementRoute() {
  return (
    <Page tab="statement">
      <MyStatement />
    </Page>
  );
}
