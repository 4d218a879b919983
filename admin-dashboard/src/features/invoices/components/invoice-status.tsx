import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { InvoiceStatus } from '../api/invoices';
import { STATUS_COLORS } from '../policies';

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} data-testid="invoice-status">
      {t(`invoices.statuses.${status}`)}
    </Badge>
  );
}
