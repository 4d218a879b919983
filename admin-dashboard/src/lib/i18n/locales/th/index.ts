/** Thai (ภาษาไทย), one file per feature namespace, the same keys as ../en. */
import type { Translation } from '../en';
import { account } from './account';
import { announcements } from './announcements';
import { audit } from './audit';
import { billing } from './billing';
import { certificates } from './certificates';
import { creditNotes } from './credit-notes';
import { auth } from './auth';
import { core } from './core';
import { finance } from './finance';
import { houses } from './houses';
import { invoices } from './invoices';
import { myBills } from './my-bills';
import { notifications } from './notifications';
import { overview } from './overview';
import { payments } from './payments';
import { periods } from './periods';
import { privacy } from './privacy';
import { reports } from './reports';
import { serviceRequests } from './service-requests';
import { slips } from './slips';
import { users } from './users';
import { village } from './village';

export const th: Translation = { ...core, ...auth, ...overview, ...users, ...account, ...audit, ...houses, ...village, ...announcements, ...notifications, ...privacy, ...serviceRequests, ...finance, ...billing, ...invoices, ...payments, ...slips, ...myBills, ...reports, ...creditNotes, ...periods, ...certificates };
