import { Badge } from '@mantine/core';
import type { BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { InvoiceStatus, SlipStatus } from '../api/my-bills';
import { INVOICE_STATUS_COLORS, SLIP_STATUS_COLORS } from '../policies';

// As wide as its words, and as tall as Thai vowels and tone marks need.
const WHOLE: BadgeProps['styles'] = {
  root: { minWidth: 'max-content', flexShrink: 0, overflow: 'visible', height: 'auto', minHeight: 'var(--badge-height)' },
  label: { overflow: 'visible', textOverflow: 'clip' },
};

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={INVOICE_STATUS_COLORS[status]} variant="light" radius="sm" tt="none" styles={WHOLE} data-testid="invoice-status">
      {t(`myBills.status.${status}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="filled" radius="sm" tt="none" styles={WHOLE} data-testid="invoice-overdue">
      {t('myBills.invoice.overdue')}
    </Badge>
  );
}

export function SlipStatusBadge({ status }: { status: SlipStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={SLIP_STATUS_COLORS[status]} variant="light" radius="sm" tt="none" styles={WHOLE} data-testid="slip-status">
      {t(`myBills.slipStatus.${status}`)}
    </Badge>
  );
}
