/**
 * The village's finances for residents, on their home page: aggregates only
 * (what was billed and collected in a month, the collection rate, how many
 * houses are in arrears) — never another house's figures.
 */
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { Money } from '@/components/money';
import { formatMonth, formatNumber } from '@/lib/format';

import { useFinanceSummary } from '../api/reports';
import { formatRate } from '../utils';

export function FinanceSummaryCard() {
  const { t, i18n } = useTranslation();
  const summary = useFinanceSummary();
  // A summary is a courtesy: when it cannot load, the home page goes on without it.
  if (!summary.data) return null;
  const s = summary.data;
  const lang = i18n.language;
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={t('reports.summary.title')} data-testid="finance-summary" mt="md">
      <Title order={2} fz={18} mb={4}>{t('reports.summary.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('reports.summary.period', { month: formatMonth(s.period, lang) })}</Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stack gap={0}>
          <Text size="xs" c="dimmed" fw={600}>{t('reports.summary.billed')}</Text>
          <Money currency satang={s.billed_satang} fw={700} />
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" fw={600}>{t('reports.summary.collected')}</Text>
          <Money currency satang={s.collected_satang} fw={700} />
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" fw={600}>{t('reports.summary.rate')}</Text>
          <Text fw={700} data-testid="summary-rate">{formatRate(s.collection_rate)}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" fw={600}>{t('reports.summary.inArrears')}</Text>
          <Text fw={700}>{t('reports.summary.housesOf', { count: s.houses_in_arrears, formatted: formatNumber(s.houses_in_arrears, lang), total: formatNumber(s.houses, lang) })}</Text>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
