/**
 * A house's statement: the opening balance, every invoice, payment, credit and
 * void in date order with the running balance, and the balance now (owing in
 * red, credit in green). One house at a time; its PDF beside it.
 */
import { Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatSatangBaht, Money } from '@/components/money';
import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { formatIsoDay } from '@/lib/format';

import { documents, type Statement, useMyHomes, useStatement } from '../api/my-bills';
import { PdfButton } from './invoice-detail';

function BalanceLine({ label, satang, testId }: { label: string; satang: number; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Group gap={6} wrap="nowrap">
        <Money currency satang={Math.abs(satang)} tone="balance" fw={700} c={satang > 0 ? 'red.8' : satang < 0 ? 'teal.8' : undefined} data-testid={testId} />
        {satang !== 0 ? (
          <Text size="xs" c="dimmed">
            {satang > 0 ? t('myBills.statement.owing') : t('myBills.statement.inCredit')}
          </Text>
        ) : null}
      </Group>
    </Group>
  );
}

/** One line per entry, made for a phone: what, when and its number; what it added or took off; the balance after it. */
function Entries({ statement }: { statement: Statement }) {
  const { t, i18n } = useTranslation();
  if (statement.entries.length === 0) return <EmptyState title={t('myBills.statement.empty')} />;
  return (
    <Stack gap={0} data-testid="statement-entries">
      {statement.entries.map((entry, index) => {
        const charge = entry.debit_satang - entry.credit_satang;
        return (
          <Group key={index} justify="space-between" wrap="nowrap" align="flex-start" py={8} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} data-testid="statement-entry">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm">{entry.description}</Text>
              <Text size="xs" c="dimmed">
                {formatIsoDay(entry.date, i18n.language)} · {entry.reference}
              </Text>
            </Stack>
            <Stack gap={0} align="flex-end" style={{ flex: 'none' }}>
              <Text size="sm" fw={600} c={charge > 0 ? undefined : 'teal.8'} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} aria-label={charge > 0 ? t('myBills.statement.charge') : t('myBills.statement.payment')}>
                {charge > 0 ? '+' : '−'}
                {formatSatangBaht(Math.abs(charge), i18n.language)}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('myBills.statement.balance')} <Money currency satang={entry.balance_satang} tone="balance" size="xs" />
              </Text>
            </Stack>
          </Group>
        );
      })}
    </Stack>
  );
}

/** GET /api/v1/houses/{id}/statement for one of the person's houses. */
export function MyStatement() {
  const { t } = useTranslation();
  const homes = useMyHomes();
  const [chosen, setChosen] = useState<number | null>(null);
  const houseId = chosen ?? homes.data?.[0]?.id ?? null;
  const statement = useStatement(houseId);
  if (homes.isPending) return <PageLoader />;
  if (homes.isError) return <QueryError error={homes.error} onRetry={() => void homes.refetch()} />;
  const house = homes.data.find((home) => home.id === houseId);
  if (!house) return <EmptyState title={t('myBills.noHouse')} />;
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} maw={760}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          {homes.data.length > 1 ? (
            <Select
              label={t('myBills.statement.house')}
              data={homes.data.map((home) => ({ value: String(home.id), label: home.house_number }))}
              value={String(house.id)}
              onChange={(value) => setChosen(value ? Number(value) : null)}
              allowDeselect={false}
              w={180}
            />
          ) : (
            <Text fw={700}>{t('myBills.summary.house', { house: house.house_number })}</Text>
          )}
          <PdfButton onDownload={() => documents.statement(house.id, house.house_number)} label={t('myBills.statement.download')} testId="statement-pdf" />
        </Group>
        {statement.isPending ? <PageLoader /> : null}
        {statement.isError ? <QueryError error={statement.error} onRetry={() => void statement.refetch()} /> : null}
        {statement.data ? (
          <>
            <BalanceLine label={t('myBills.statement.opening')} satang={statement.data.opening_balance_satang} />
            <Entries statement={statement.data} />
            <BalanceLine label={t('myBills.statement.closing')} satang={statement.data.closing_balance_satang} testId="statement-closing" />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
