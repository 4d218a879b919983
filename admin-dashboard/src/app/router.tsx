/**
 * Routes. Pages load lazily (one chunk each) so the entry chunk holds only
 * the shell; each guarded page names the permission it needs.
 */
import { createBrowserRouter } from 'react-router';

import { RouteErrorPage } from '@/components/errors/error-boundary';
import { PageLoader } from '@/components/page-states';

import { ProtectedLayout } from './routes/protected-layout';

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/sign-in',
      lazy: () => import('./routes/sign-in').then((m) => ({ Component: m.SignInRoute })),
      errorElement: <RouteErrorPage />,
      hydrateFallbackElement: <PageLoader />,
    },
    {
      path: '/sign-up',
      lazy: () => import('./routes/sign-up').then((m) => ({ Component: m.SignUpRoute })),
      errorElement: <RouteErrorPage />,
      hydrateFallbackElement: <PageLoader />,
    },
    {
      // A set-password link's page: the token is in the fragment (#token=…).
      path: '/set-password',
      lazy: () => import('./routes/set-password').then((m) => ({ Component: m.SetPasswordRoute })),
      errorElement: <RouteErrorPage />,
      hydrateFallbackElement: <PageLoader />,
    },
    {
      path: '/forgot-password',
      lazy: () => import('./routes/forgot-password').then((m) => ({ Component: m.ForgotPasswordRoute })),
      errorElement: <RouteErrorPage />,
      hydrateFallbackElement: <PageLoader />,
    },
    {
      // A mailed password-reset link's page: the token is in the fragment (#token=…).
      path: '/reset-password',
      lazy: () => import('./routes/reset-password').then((m) => ({ Component: m.ResetPasswordRoute })),
      errorElement: <RouteErrorPage />,
      hydrateFallbackElement: <PageLoader />,
    },
    {
      path: '/',
      element: <ProtectedLayout />,
      errorElement: <RouteErrorPage />,
      hydrateFallbackElement: <PageLoader />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { index: true, lazy: () => import('./routes/home').then((m) => ({ Component: m.HomeRoute })) },
            { path: 'users', lazy: () => import('./routes/users').then((m) => ({ Component: m.UsersRoute })) },
            { path: 'users/new', lazy: () => import('./routes/user-new').then((m) => ({ Component: m.NewUserRoute })) },
            { path: 'users/:id', lazy: () => import('./routes/user-detail').then((m) => ({ Component: m.UserDetailRoute })) },
            { path: 'users/:id/edit', lazy: () => import('./routes/user-edit').then((m) => ({ Component: m.EditUserRoute })) },
            { path: 'houses', lazy: () => import('./routes/houses').then((m) => ({ Component: m.HousesRoute })) },
            { path: 'houses/new', lazy: () => import('./routes/house-new').then((m) => ({ Component: m.NewHouseRoute })) },
            { path: 'houses/import', lazy: () => import('./routes/houses-import').then((m) => ({ Component: m.ImportHousesRoute })) },
            { path: 'houses/letters', lazy: () => import('./routes/letters').then((m) => ({ Component: m.LettersRoute })) },
            { path: 'houses/:id', lazy: () => import('./routes/house-detail').then((m) => ({ Component: m.HouseDetailRoute })) },
            { path: 'houses/:id/edit', lazy: () => import('./routes/house-edit').then((m) => ({ Component: m.EditHouseRoute })) },
            { path: 'membership-requests', lazy: () => import('./routes/membership-requests').then((m) => ({ Component: m.MembershipRequestsRoute })) },
            { path: 'village', lazy: () => import('./routes/village').then((m) => ({ Component: m.VillageRoute })) },
            { path: 'my-home', lazy: () => import('./routes/my-home').then((m) => ({ Component: m.MyHomeRoute })) },
            { path: 'my-bills', lazy: () => import('./routes/my-bills').then((m) => ({ Component: m.MyBillsRoute })) },
            { path: 'my-bills/invoices/:id', lazy: () => import('./routes/my-bills').then((m) => ({ Component: m.MyBillRoute })) },
            { path: 'my-bills/pay', lazy: () => import('./routes/my-bills').then((m) => ({ Component: m.PayBillsRoute })) },
            { path: 'my-bills/slips', lazy: () => import('./routes/my-bills').then((m) => ({ Component: m.MySlipsRoute })) },
            { path: 'my-bills/slips/:id/edit', lazy: () => import('./routes/my-bills').then((m) => ({ Component: m.FixSlipRoute })) },
            { path: 'my-bills/receipts', lazy: () => import('./routes/my-bills').then((m) => ({ Component: m.MyReceiptsRoute })) },
            { path: 'my-bills/statement', lazy: () => import('./routes/my-bills').then((m) => ({ Component: m.MyStatementRoute })) },
            { path: 'service-requests', lazy: () => import('./routes/service-requests').then((m) => ({ Component: m.ServiceRequestsRoute })) },
            { path: 'service-requests/new', lazy: () => import('./routes/service-request-new').then((m) => ({ Component: m.NewServiceRequestRoute })) },
            { path: 'service-requests/:id', lazy: () => import('./routes/service-request-detail').then((m) => ({ Component: m.ServiceRequestDetailRoute })) },
            { path: 'notifications', lazy: () => import('./routes/notifications').then((m) => ({ Component: m.NotificationsRoute })) },
            { path: 'account', lazy: () => import('./routes/account').then((m) => ({ Component: m.AccountRoute })) },
            { path: 'announcements', lazy: () => import('./routes/announcements').then((m) => ({ Component: m.AnnouncementsRoute })) },
            { path: 'announcements/new', lazy: () => import('./routes/announcement-new').then((m) => ({ Component: m.NewAnnouncementRoute })) },
            { path: 'announcements/:id', lazy: () => import('./routes/announcement-detail').then((m) => ({ Component: m.AnnouncementDetailRoute })) },
            { path: 'announcements/:id/edit', lazy: () => import('./routes/announcement-edit').then((m) => ({ Component: m.EditAnnouncementRoute })) },
            { path: 'my-data', lazy: () => import('./routes/my-data').then((m) => ({ Component: m.MyDataRoute })) },
            { path: 'data-requests', lazy: () => import('./routes/data-requests').then((m) => ({ Component: m.DataRequestsRoute })) },
            { path: 'finance/settings', lazy: () => import('./routes/finance-settings').then((m) => ({ Component: m.FinanceSettingsRoute })) },
            { path: 'finance/fees', lazy: () => import('./routes/fees').then((m) => ({ Component: m.FeesRoute })) },
            { path: 'finance/billing-runs', lazy: () => import('./routes/billing-runs').then((m) => ({ Component: m.BillingRunsRoute })) },
            { path: 'finance/billing-runs/new', lazy: () => import('./routes/billing-run-new').then((m) => ({ Component: m.NewBillingRunRoute })) },
            { path: 'finance/billing-runs/:id', lazy: () => import('./routes/billing-run-detail').then((m) => ({ Component: m.BillingRunDetailRoute })) },
            { path: 'finance/invoices', lazy: () => import('./routes/invoices').then((m) => ({ Component: m.InvoicesRoute })) },
            { path: 'finance/invoices/:id', lazy: () => import('./routes/invoice-detail').then((m) => ({ Component: m.InvoiceDetailRoute })) },
            { path: 'finance/payments', lazy: () => import('./routes/payments').then((m) => ({ Component: m.PaymentsRoute })) },
            { path: 'finance/payments/new', lazy: () => import('./routes/payment-new').then((m) => ({ Component: m.RecordPaymentRoute })) },
            { path: 'finance/receipts', lazy: () => import('./routes/receipts').then((m) => ({ Component: m.ReceiptsRoute })) },
            { path: 'finance/arrears', lazy: () => import('./routes/arrears').then((m) => ({ Component: m.ArrearsRoute })) },
            { path: 'finance/collections', lazy: () => import('./routes/collections').then((m) => ({ Component: m.CollectionsRoute })) },
            { path: 'finance/credit-notes', lazy: () => import('./routes/credit-notes').then((m) => ({ Component: m.CreditNotesRoute })) },
            { path: 'finance/periods', lazy: () => import('./routes/periods').then((m) => ({ Component: m.PeriodsRoute })) },
            { path: 'finance/certificates', lazy: () => import('./routes/certificates').then((m) => ({ Component: m.CertificatesRoute })) },
            { path: 'finance/slips', lazy: () => import('./routes/slips').then((m) => ({ Component: m.SlipsRoute })) },
            { path: 'audit', lazy: () => import('./routes/audit').then((m) => ({ Component: m.AuditRoute })) },
            { path: '*', lazy: () => import('./routes/not-found').then((m) => ({ Component: m.NotFoundRoute })) },
          ],
        },
      ],
    },
  ]);
}
