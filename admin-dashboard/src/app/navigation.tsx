/**
 * The menu, defined by the app and handed to the layout. Each entry names the
 * permission it needs (the API's names, type-checked against the generated
 * `Permission`), and where that is not enough, whose houses the user sees.
 */
import {
  IconAdjustments,
  IconBuildingCommunity,
  IconCash,
  IconCertificate,
  IconChartBar,
  IconCalendarCheck,
  IconAlertTriangle,
  IconReceiptRefund,
  IconCalendarDollar,
  IconFileInvoice,
  IconReceipt,
  IconReceiptTax,
  IconScan,
  IconSettings,
  IconTool,
  IconGauge,
  IconHome,
  IconHomeQuestion,
  IconLock,
  IconShieldCheck,
  IconListDetails,
  IconMapPin,
  IconSpeakerphone,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';

import type { NavItem } from '@/components/layouts/app-layout';
import { paths } from '@/config/paths';
import { managesFinance, recordsPayments, seesFinance } from '@/features/finance/policies';
import { seesEveryHouse } from '@/features/houses/policies';

export const navigation: readonly NavItem[] = [
  { to: paths.overview, labelKey: 'nav.overview', icon: IconGauge, permission: 'users:read', end: true },
  { to: paths.houses, labelKey: 'nav.houses', icon: IconBuildingCommunity, permission: 'houses:read', when: seesEveryHouse },
  { to: paths.membershipRequests, labelKey: 'nav.requests', icon: IconHomeQuestion, permission: 'houses:write' },
  { to: paths.users, labelKey: 'nav.users', icon: IconUsers, permission: 'users:read' },
  { to: paths.myHome, labelKey: 'nav.myHome', icon: IconHome, when: (me) => !seesEveryHouse(me) },
  { to: paths.myBills, labelKey: 'myBills.nav', icon: IconFileInvoice, permission: 'finance:read', when: (me) => !seesEveryHouse(me) },
  { to: paths.serviceRequests, labelKey: 'serviceRequests.nav', icon: IconTool, permission: 'service_requests:manage' },
  { to: paths.announcements, labelKey: 'announcements.nav', icon: IconSpeakerphone },
  { to: paths.village, labelKey: 'nav.village', icon: IconMapPin },
  { to: paths.dataRequests, labelKey: 'privacy.nav.dataRequests', icon: IconShieldCheck, permission: 'privacy:manage' },
  { to: paths.myData, labelKey: 'privacy.nav.myData', icon: IconLock },
  { to: paths.audit, labelKey: 'nav.audit', icon: IconListDetails, permission: 'audit:read' },
  { to: paths.account, labelKey: 'nav.account', icon: IconUserCircle },
  // The office's finance (village.md "The common fee"); a resident's finance:read is their own bills, not these.
  { to: paths.invoices, labelKey: 'finance.nav.invoices', icon: IconFileInvoice, group: 'finance.nav.group', when: seesFinance },
  { to: paths.recordPayment, labelKey: 'finance.nav.recordPayment', icon: IconCash, group: 'finance.nav.group', when: recordsPayments },
  { to: paths.payments, labelKey: 'finance.nav.payments', icon: IconReceiptTax, group: 'finance.nav.group', when: seesFinance, end: true },
  { to: paths.slips, labelKey: 'finance.nav.slips', icon: IconScan, group: 'finance.nav.group', when: managesFinance },
  { to: paths.receipts, labelKey: 'finance.nav.receipts', icon: IconReceipt, group: 'finance.nav.group', when: seesFinance },
  { to: paths.creditNotes, labelKey: 'finance.nav.creditNotes', icon: IconReceiptRefund, group: 'finance.nav.group', when: seesFinance },
  { to: paths.arrears, labelKey: 'finance.nav.arrears', icon: IconAlertTriangle, group: 'finance.nav.group', when: seesFinance },
  { to: paths.collections, labelKey: 'finance.nav.collections', icon: IconChartBar, group: 'finance.nav.group', when: seesFinance },
  { to: paths.certificates, labelKey: 'finance.nav.certificates', icon: IconCertificate, group: 'finance.nav.group', when: seesFinance },
  { to: paths.periods, labelKey: 'finance.nav.periods', icon: IconCalendarCheck, group: 'finance.nav.group', when: seesFinance },
  { to: paths.billingRuns, labelKey: 'finance.nav.billing', icon: IconCalendarDollar, group: 'finance.nav.group', when: seesFinance },
  { to: paths.fees, labelKey: 'finance.nav.fees', icon: IconAdjustments, group: 'finance.nav.group', when: seesFinance },
  { to: paths.financeSettings, labelKey: 'finance.nav.settings', icon: IconSettings, group: 'finance.nav.group', when: seesFinance },
];
