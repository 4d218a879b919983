/** Every house's invoices, for the office: filters by status, overdue, period, house and a search. */
import { Anchor, Badge, Checkbox, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataTable } from '@/components/data-table';
import type { Column } from '@/components/data-table';
import { HouseSelect } from '@/components/house-select';
import { Money } from '@/components/money';
import { MonthPickerInput } from '@/components/month-picker-input';
import { paths } from '@/config/paths';
import { formatIsoDay, formatNumber } from '@/lib/format';

import { useInvoices } from '../api/invoices';
import type { InvoiceRead } from '../api/invoices';
import { toApiQuery, useInvoicesListState } from '../hooks/use-invoices-list-state';
import { INVOICE_STATUSES } from '../policies';
import { InvoiceStatusBadge } from './invoice-status';

type SortField = 'number' | 'issue_date' | 'due_date' | 'total_satang' | 'outstanding_satang';

function Filters() {
  const { t } = useTranslation();
  const { query, update } = useInvoicesListState();
  const [search, setSearch] = useState(query.q ?? '');
  const [debounced] = useDebouncedValue(search, 350);
  useEffect(() => {
    if ((query.q ?? '') !== debounced.trim()) update({ q: debounced.trim() });
    // only when the typed text settles
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        label={t('invoices.filters.search')}
        placeholder={t('invoices.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        style={{ flex: '1 1 200px' }}
        type="search"
      />
      <Select
        label={t('invoices.fields.status')}
        placeholder={t('invoices.filters.anyStatus')}
        data={INVOICE_STATUSES.map((value) => ({ value, label: t(`invoices.statuses.${value}`) }))}
        value={query.status ?? null}
        onChange={(value) => update({ status: value })}
        clearable
        w={{ base: '100%', xs: 170 }}
      />
      <div style={{ width: 190 }}>
        <MonthPickerInput label={t('invoices.filters.period')} value={query.period ?? null} onChange={(value) => update({ period: value })} />
      </div>
      <div style={{ width: 170 }}>
        <HouseSelect label={t('invoices.fields.house')} placeholder={t('invoices.filters.anyHouse')} value={query.house_id ? Number(query.house_id) : null} onChange={(id) => update({ house_id: id })} />
      </div>
      <Checkbox label={t('invoices.filters.overdueOnly')} checked={query.overdue === true} onChange={(event) => update({ overdue: event.currentTarget.checked ? true : null })} mb={8} />
    </Group>
  );
}

export function InvoicesList() {
  const { t, i18n } = useTranslation();
  const { query, update, toggleSort, pageSizes } = useInvoicesListState();
  const invoices = useInvoices(toApiQuery(query));
  const lang = i18n.language;
  const columns: Column<InvoiceRead, SortField>[] = [
    {
      key: 'number',
      header: t('invoices.fields.number'),
      sortField: 'number',
      noWrap: true,
      cell: (invoice) => (
        <Anchor component={Link} to={paths.invoice(invoice.id)} fw={600} data-testid="invoice-number">
          {invoice.number}
        </Anchor>
      ),
    },
    {
      key: 'house',
      header: t('invoices.fields.house'),
      cell: (invoice) => (
        <div>
          <Text size="sm" fw={500}>{invoice.house.house_number}</Text>
          <Text size="xs" c="dimmed" lineClamp={1}>{invoice.bill_to_name}</Text>
        </div>
      ),
    },
    { key: 'issue', header: t('invoices.fields.issueDate'), sortField: 'issue_date', noWrap: true, visibleFrom: 'md', cell: (invoice) => formatIsoDay(invoice.issue_date, lang) },
    {
      key: 'due',
      header: t('invoices.fields.dueDate'),
      sortField: 'due_date',
      noWrap: true,
      visibleFrom: 'sm',
      cell: (invoice) => (
        <Group gap={4} wrap="nowrap">
          {formatIsoDay(invoice.due_date, lang)}
          {invoice.overdue ? <Badge size="xs" color="red" variant="filled">{t('invoices.overdue')}</Badge> : null}
        </Group>
      ),
    },
    { key: 'total', header: t('invoices.fields.total'), sortField: 'total_satang', noWrap: true, cell: (invoice) => <Money satang={invoice.total_satang} /> },
    { key: 'outstanding', header: t('invoices.fields.outstanding'), sortField: 'outstanding_satang', noWrap: true, cell: (invoice) => <Money satang={invoice.outstanding_satang} fw={invoice.outstanding_satang > 0 ? 600 : undefined} /> },
    { key: 'status', header: t('invoices.fields.status'), noWrap: true, cell: (invoice) => <InvoiceStatusBadge status={invoice.status} /> },
  ];
  const total = invoices.data?.total ?? 0;
  return (
    <Paper withBorder radius="md" p="md">
      <Filters />
      <DataTable
        label={t('invoices.title')}
        testId="invoices-table"
        columns={columns}
        rows={invoices.data?.items}
        isPending={invoices.isPending}
        isFetching={invoices.isFetching}
        error={invoices.error}
        onRetry={() => void invoices.refetch()}
        empty={{ title: t('invoices.emptyTitle'), hint: t('invoices.emptyHint') }}
        sort={query.sort}
        onSort={toggleSort}
        total={total}
        totalLabel={t('invoices.total', { count: total, formatted: formatNumber(total, lang) })}
        page={query.page}
        perPage={query.per_page}
        pageSizes={pageSizes}
        onPage={(page) => update({ page }, false)}
        onPerPage={(perPage) => update({ per_page: perPage })}
      />
    </Paper>
  );
}
