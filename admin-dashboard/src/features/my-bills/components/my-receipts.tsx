/** A person's receipts, newest first, each with what it paid for and its PDF. */
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { Money } from '@/components/money';
import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { formatIsoDay, formatMonth } from '@/lib/format';

import { documents, type Receipt, useMyReceipts } from '../api/my-bills';
import { PdfButton } from './invoice-detail';

function ReceiptCard({ receipt }: { receipt: Receipt }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid="receipt-card" style={receipt.void ? { opacity: 0.7 } : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={700} td={receipt.void ? 'line-through' : undefined}>
              {receipt.number}
            </Text>
            <Text size="sm" c="dimmed">
              {t('myBills.receipts.house', { house: receipt.house.house_number })} · {t('myBills.receipts.issued', { date: formatIsoDay(receipt.issue_date, i18n.language) })}
            </Text>
          </Stack>
          <Stack gap={2} align="flex-end">
            <Money currency satang={receipt.amount_satang} fw={700} fz="lg" />
            {receipt.void ? (
              <Badge color="gray" variant="light" tt="none">
                {t('myBills.receipts.void')}
              </Badge>
            ) : (
              <Text size="xs" c="dimmed">
                {t(`myBills.method.${receipt.method}`)}
              </Text>
            )}
          </Stack>
        </Group>
        <Stack gap={2}>
          {receipt.lines.map((line, index) => (
            <Group key={index} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" style={{ minWidth: 0 }}>
                {line.month ? formatMonth(line.month, i18n.language) : line.invoice_id ? line.description : t('myBills.receipts.credit')}
                {line.invoice_number ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {line.invoice_number}
                  </Text>
                ) : null}
              </Text>
              <Money currency satang={line.amount_satang} size="sm" />
            </Group>
          ))}
        </Stack>
        <Group>
          <PdfButton onDownload={() => documents.receipt(receipt)} label={t('myBills.receipts.download')} testId="receipt-pdf" />
        </Group>
      </Stack>
    </Paper>
  );
}

/** GET /api/v1/me/receipts */
export function MyReceipts() {
  const { t } = useTranslation();
  const receipts = useMyReceipts();
  if (receipts.isPending) return <PageLoader />;
  if (receipts.isError) return <QueryError error={receipts.error} onRetry={() => void receipts.refetch()} />;
  if (receipts.data.items.length === 0) {
    return (
      <Paper withBorder radius="md" p="lg" maw={720}>
        <EmptyState title={t('myBills.receipts.none')} />
      </Paper>
    );
  }
  return (
    <Stack gap="xs" maw={720}>
      {receipts.data.items.map((receipt) => (
        <ReceiptCard key={receipt.id} receipt={receipt} />
      ))}
    </Stack>
  );
}
