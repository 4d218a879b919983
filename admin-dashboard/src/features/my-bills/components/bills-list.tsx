/**
 * My bills, for a phone first: what is owed across the person's houses at the
 * top (and the "I paid" button), then the bills still to pay — the overdue
 * first, outlined in red — then the paid history. Each bill opens its detail.
 */
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconChevronRight, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatSatangBaht, Money } from '@/components/money';
import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { formatIsoDay, formatMonth } from '@/lib/format';

import { type Invoice, useMyHomes, useMyInvoices } from '../api/my-bills';
import { isOpen } from '../policies';
import { billedMonths, splitBills, summarize } from '../utils/totals';
import { InvoiceStatusBadge, OverdueBadge } from './badges';

/** "ธันวาคม 2569" or "ม.ค. 2570 – มี.ค. 2570" for an advance bill. */
export function MonthsLabel({ lines }: { lines: Invoice['lines'] }) {
  const { i18n } = useTranslation();
  const months = billedMonths(lines);
  if (months.length === 0) return null;
  const first = formatMonth(months[0] as string, i18n.language);
  if (months.length === 1) return <>{first}</>;
  return (
    <>
      {first} – {formatMonth(months[months.length - 1] as string, i18n.language)}
    </>
  );
}

function BillCard({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  const open = isOpen(invoice);
  return (
    <UnstyledButton component={Link} to={paths.myBill(invoice.id)} aria-label={t('myBills.invoice.title', { number: invoice.number })} data-testid="bill-card">
      <Paper
        withBorder
        radius="md"
        p="md"
        style={invoice.overdue ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2, background: 'var(--mantine-color-red-0)' } : undefined}
      >
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Text fw={700} size="md">
              <MonthsLabel lines={invoice.lines} />
            </Text>
            <Text size="sm" c="dimmed">
              {t('myBills.invoice.house', { house: invoice.house.house_number })} · {invoice.number}
            </Text>
            <Group gap={6} wrap="wrap">
              <InvoiceStatusBadge status={invoice.status} />
              {invoice.overdue ? <OverdueBadge /> : null}
            </Group>
          </Stack>
          <Group gap={4} wrap="nowrap" align="center">
            <Stack gap={0} align="flex-end">
              <Money currency satang={open ? invoice.outstanding_satang : invoice.total_satang} fw={700} fz="lg" c={invoice.overdue ? 'red.8' : undefined} data-testid="bill-amount" />
              <Text size="xs" c={invoice.overdue ? 'red.8' : 'dimmed'} ta="right">
                {open ? t('myBills.invoice.dueOn', { date: formatIsoDay(invoice.due_date, i18n.language) }) : t('myBills.invoice.paidOn', { date: formatIsoDay(invoice.issue_date, i18n.language) })}
              </Text>
            </Stack>
            <IconChevronRight size={18} color="var(--mantine-color-dimmed)" aria-hidden />
          </Group>
        </Group>
      </Paper>
    </UnstyledButton>
  );
}

function Summary({ invoices }: { invoices: Invoice[] }) {
  const { t, i18n } = useTranslation();
  const homes = useMyHomes();
  const summary = summarize(invoices);
  const credit = (homes.data ?? []).reduce((sum, house) => sum + (house.balance_satang < 0 ? -house.balance_satang : 0), 0);
  const owing = summary.outstandingSatang > 0;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="bills-summary" bg={owing ? undefined : 'var(--mantine-color-teal-0)'}>
      <Stack gap="sm">
        <Stack gap={0}>
          <Text size="sm" c="dimmed" fw={600}>
            {t('myBills.summary.outstanding')}
          </Text>
          <Money currency satang={summary.outstandingSatang} fz={34} fw={800} lh={1.2} c={owing ? 'red.8' : 'teal.8'} data-testid="bills-outstanding" />
          {owing ? (
            <Text size="sm">{t('myBills.summary.open', { count: summary.openCount })}</Text>
          ) : (
            <Group gap={6}>
              <IconCircleCheck size={18} color="var(--mantine-color-teal-7)" aria-hidden />
              <Text size="sm">{t('myBills.summary.nothing')}</Text>
            </Group>
          )}
          {summary.overdueCount > 0 ? (
            <Group gap={6} mt={4} wrap="nowrap">
              <IconAlertTriangle size={18} color="var(--mantine-color-red-7)" aria-hidden style={{ flex: 'none' }} />
              <Text size="sm" c="red.8" fw={600} data-testid="bills-overdue">
                {t('myBills.summary.overdue', { count: summary.overdueCount, amount: formatSatangBaht(summary.overdueSatang, i18n.language) })}
              </Text>
            </Group>
          ) : null}
          {credit > 0 ? (
            <Text size="sm" c="teal.8" mt={4} data-testid="bills-credit">
              {t('myBills.summary.credit', { amount: formatSatangBaht(credit, i18n.language) })}
            </Text>
          ) : null}
        </Stack>
        {summary.byHouse.length > 1 ? (
          <SimpleGrid cols={2} spacing="xs">
            {summary.byHouse.map((house) => (
              <Stack key={house.houseId} gap={0}>
                <Text size="xs" c="dimmed">
                  {t('myBills.summary.house', { house: house.houseNumber })}
                </Text>
                <Money currency satang={house.outstandingSatang} fw={600} />
              </Stack>
            ))}
          </SimpleGrid>
        ) : null}
        {owing ? (
          <Stack gap={4}>
            <Button component={Link} to={paths.payBills()} size="md" fullWidth data-testid="i-paid">
              {t('myBills.iPaid')}
            </Button>
            <Text size="xs" c="dimmed" ta="center">
              {t('myBills.iPaidHint')}
            </Text>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** GET /api/v1/me/invoices: the bills of every house the person lives in now. */
export function BillsList() {
  const { t } = useTranslation();
  const invoices = useMyInvoices();
  const homes = useMyHomes();
  if (invoices.isPending) return <PageLoader />;
  if (invoices.isError) return <QueryError error={invoices.error} onRetry={() => void invoices.refetch()} />;
  const items = invoices.data.items;
  if (items.length === 0) {
    return (
      <Paper withBorder radius="md" p="lg" data-testid="bills-none">
        {homes.data && homes.data.length === 0 ? (
          <Alert color="yellow">{t('myBills.noHouse')}</Alert>
        ) : (
          <EmptyState title={t('myBills.none')}>{t('myBills.noneHint')}</EmptyState>
        )}
      </Paper>
    );
  }
  const { open, settled } = splitBills(items);
  return (
    <Stack gap="lg" maw={720}>
      <Summary invoices={items} />
      {open.length > 0 ? (
        <Stack gap="xs" component="section" aria-labelledby="bills-open">
          <Title order={2} size="h4" id="bills-open">
            {t('myBills.open')}
          </Title>
          {open.map((invoice) => (
            <BillCard key={invoice.id} invoice={invoice} />
          ))}
        </Stack>
      ) : null}
      {settled.length > 0 ? (
        <Stack gap="xs" component="section" aria-labelledby="bills-settled">
          <Title order={2} size="h4" id="bills-settled">
            {t('myBills.settled')}
          </Title>
          {settled.map((invoice) => (
            <BillCard key={invoice.id} invoice={invoice} />
          ))}
        </Stack>
      ) : null}
      {invoices.data.total > items.length ? (
        <Text size="sm" c="dimmed">
          {t('myBills.more', { count: items.length })}
        </Text>
      ) : null}
    </Stack>
  );
}
