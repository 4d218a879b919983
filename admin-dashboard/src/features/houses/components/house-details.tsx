import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatSatangBaht, Money } from '@/components/money';
import { formatDate, formatMonth } from '@/lib/format';

import type { House } from '../api/houses';
import { formatArea } from '../utils/format';
import { FlagBadge, OccupancyBadge, PlotTypeLabel } from './house-badges';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <div data-testid={testId}>{children || '—'}</div>
    </Stack>
  );
}

/**
 * What the house owes now (`balance_satang`: what is outstanding less its
 * credit): owing in red, a credit in green, each also said in words.
 */
export function Balance({ satang }: { satang: number | undefined }) {
  const { t, i18n } = useTranslation();
  const balance = satang ?? 0;
  const amount = formatSatangBaht(Math.abs(balance), i18n.language);
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600}>
        {t('houses.balance')}
      </Text>
      <Money currency satang={Math.abs(balance)} tone="balance" fz={22} fw={700} c={balance > 0 ? 'red.7' : balance < 0 ? 'teal.7' : undefined} data-testid="house-balance" />
      <Text size="xs" c={balance < 0 ? 'teal.8' : 'dimmed'}>
        {balance > 0 ? t('houses.owes', { amount }) : balance < 0 ? t('houses.inCredit', { amount }) : t('houses.balanceNone')}
      </Text>
    </Stack>
  );
}

/** A balance in a table cell: owing in red, a credit in green ("฿500.00 credit"). */
export function BalanceCell({ satang }: { satang: number }) {
  const { t, i18n } = useTranslation();
  if (satang < 0) {
    return (
      <Text size="sm" c="teal.7" style={{ whiteSpace: 'nowrap' }} data-testid="house-balance-cell">
        {t('houses.creditShort', { amount: formatSatangBaht(-satang, i18n.language) })}
      </Text>
    );
  }
  return <Money currency satang={satang} tone="balance" size="sm" fw={satang > 0 ? 600 : undefined} c={satang === 0 ? 'dimmed' : undefined} data-testid="house-balance-cell" />;
}

export function HouseDetails({ house }: { house: House }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Paper withBorder radius="md" p="lg">
      {house.archived_at ? (
        <Alert color="gray" icon={<IconArchive size={18} />} mb="md" data-testid="house-archived">
          {t('houses.archivedOn', { date: formatDate(house.archived_at, lang) })}
        </Alert>
      ) : null}
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="md">
        <Title order={2} size="h4">
          {t('houses.details')}
        </Title>
        <Balance satang={house.balance_satang} />
      </Group>
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="lg">
        <Field label={t('houses.fields.plot_number')}>{house.plot_number}</Field>
        <Field label={t('houses.fields.title_deed_number')}>{house.title_deed_number}</Field>
        <Field label={t('houses.fields.zone')}>{house.zone}</Field>
        <Field label={t('houses.fields.land_area_sq_wah')}>
          {house.land_area_sq_wah === null ? null : t('houses.areaSqWah', { value: formatArea(house.land_area_sq_wah, lang) })}
        </Field>
        <Field label={t('houses.fields.usable_area_sqm')}>
          {house.usable_area_sqm === null ? null : t('houses.areaSqm', { value: formatArea(house.usable_area_sqm, lang) })}
        </Field>
        <Field label={t('houses.fields.plot_type')}>
          <PlotTypeLabel plotType={house.plot_type} />
        </Field>
        <Field label={t('houses.fields.occupancy')}>
          <OccupancyBadge occupancy={house.occupancy} />
        </Field>
        <Field label={t('houses.fields.billable_from')}>{house.billable_from ? formatMonth(house.billable_from, lang) : null}</Field>
        <Field label={t('houses.fields.developer_owned')}>
          {house.developer_owned ? <FlagBadge label={t('houses.developerOwned')} color="grape" /> : t('common.no')}
        </Field>
      </SimpleGrid>
      <Stack gap={2} mt="lg">
        <Text size="xs" c="dimmed" fw={600}>
          {t('houses.fields.notes')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={house.notes ? undefined : 'dimmed'}>
          {house.notes || t('houses.noNotes')}
        </Text>
      </Stack>
    </Paper>
  );
}
