/**
 * A house's statement: the opening balance, every invoice, payment, credit and
 * void in date order with the running balance, and the balance now (owing in
 * red, credit in green). One house at a time; its PDF beside it.
 */
import { Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Money } from '@/components/money';
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
        <Money satang={Math.abs(satang)} tone="balance" fw={700} c={satang > 0 ? 'red.8' : satang < 0 ? 'teal.8' : undefined} data-testid={testId} />
        {satang !== 0 ? (
          <Text size="xs" c="dimmed">
            {satang > 0 ? t('myBills.statement.owing') : t('myBills.statement.inCredit')}
          </Text>
        ) : null}
      </Group>
    </Group>
  );
}

function Entries({ statement }: { statement: Statement }) {
  const { t, i18n } = useTranslation();
  if (statement.entries.length === 0) return <EmptyState title={t('myBills.statement.empty')} />;
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table verticalSpacing={6} horizontalSpacing={4} fz="sm" data-testid="statement-entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('myBills.statement.item')}</Table.Th>
            <Table.Th ta="right">{t('myBills.statement.charge')}</Table.Th>
            <Table.Th ta="right">{t('myBills.statement.payment')}</Table.Th>
            <Table.Th ta="right">{t('myBills.statement.balance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statement.entries.map((entry, index) => (
            <Table.Tr key={index}>
              <Table.Td>
                <Text size="sm">{entry.description}</Text>
                <Text size="xs" c="dimmed">
                  {formatIsoDay(entry.date, i18n.language)}
                  {entry.reference ? ` · ${entry.reference}` : ''}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{entry.debit_satang ? <Money satang={entry.debit_satang} size="sm" /> : null}</Table.Td>
              <Table.Td ta="right">{entry.credit_satang ? <Money satang={entry.credit_satang} size="sm" /> : null}</Table.Td>
              <Table.Td ta="right">
                <Money satang={entry.balance_satang} tone="balance" size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
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
