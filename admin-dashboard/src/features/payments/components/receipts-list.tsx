/** Every receipt: number, house, payer, amount; void ones marked; the PDF (reprints say สำเนา). */
import { Badge, Button, Group, Paper, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DataTable } from '@/components/data-table';
import type { Column } from '@/components/data-table';
import { Money } from '@/components/money';
import { formatIsoDay, formatNumber } from '@/lib/format';
import { notifyFailure } from '@/lib/notify';
import { problemMessage } from '@/lib/problem-message';

import { useDownloadReceiptPdf, useReceipts } from '../api/payments';
import type { ReceiptRead } from '../api/payments';

export function ReceiptsList() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 350);
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(20);
  const receipts = useReceipts({ page, per_page: perPage, sort: '-number', ...(q ? { q } : {}) });
  const pdf = useDownloadReceiptPdf();
  const lang = i18n.language;
  const columns: Column<ReceiptRead>[] = [
    {
      key: 'number',
      header: t('payments.receiptNumber'),
      noWrap: true,
      cell: (r) => (
        <Group gap={4} wrap="nowrap">
          <Text fw={600} size="sm" td={r.void ? 'line-through' : undefined}>{r.number}</Text>
          {r.void ? <Badge size="xs" color="red" variant="light">{t('payments.void')}</Badge> : null}
        </Group>
      ),
    },
    { key: 'house', header: t('payments.house'), noWrap: true, cell: (r) => r.house.house_number },
    { key: 'payer', header: t('payments.payer'), visibleFrom: 'sm', cell: (r) => r.payer_name },
    { key: 'amount', header: t('payments.amount'), noWrap: true, cell: (r) => <Money satang={r.amount_satang} /> },
    { key: 'date', header: t('payments.issueDate'), noWrap: true, visibleFrom: 'sm', cell: (r) => formatIsoDay(r.issue_date, lang) },
    { key: 'method', header: t('payments.method'), visibleFrom: 'md', cell: (r) => t(`payments.methods.${r.method}`) },
    {
      key: 'pdf',
      header: '',
      cell: (r) => (
        <Button size="xs" variant="subtle" leftSection={<IconDownload size={14} />} onClick={() => pdf.mutate(r, { onError: (e) => notifyFailure(problemMessage(e, t)) })}>
          PDF
        </Button>
      ),
    },
  ];
  const total = receipts.data?.total ?? 0;
  return (
    <Paper withBorder radius="md" p="md">
      <TextInput
        mb="md"
        label={t('payments.searchReceipts')}
        placeholder={t('payments.searchReceiptsPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setPage(1);
        }}
        maw={360}
        type="search"
      />
      <DataTable
        label={t('payments.receiptsTitle')}
        testId="receipts-table"
        columns={columns}
        rows={receipts.data?.items}
        isPending={receipts.isPending}
        isFetching={receipts.isFetching}
        error={receipts.error}
        onRetry={() => void receipts.refetch()}
        empty={{ title: t('payments.noReceipts') }}
        total={total}
        totalLabel={t('payments.receiptsTotal', { count: total, formatted: formatNumber(total, lang) })}
        page={page}
        perPage={perPage}
        pageSizes={[10, 20, 50, 100]}
        onPage={setPage}
        onPerPage={(n) => {
          setPerPage(n);
          setPage(1);
        }}
      />
    </Paper>
  );
}
