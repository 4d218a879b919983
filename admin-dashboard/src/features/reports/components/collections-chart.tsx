/**
 * Billed against collected, month by month (lazy: the chart library is its
 * own chunk). Plotted in satang, labelled in baht.
 */
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useTranslation } from 'react-i18next';

import { formatSatang } from '@/components/money';
import { formatMonth } from '@/lib/format';

import type { CollectionsReport } from '../api/reports';
import { formatRate } from '../utils';

export default function CollectionsChart({ report }: { report: CollectionsReport }) {
  const { t, i18n } = useTranslation();
  const data = [...report.items]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((row) => ({ month: formatMonth(row.period, i18n.language), billed: row.billed_satang, collected: row.collected_satang, rate: formatRate(row.collection_rate) }));
  const label = data.map((d) => `${d.month}: ${formatSatang(d.billed)} / ${formatSatang(d.collected)} (${d.rate})`).join(', ');
  return (
    <div role="img" aria-label={label} data-testid="collections-chart">
      <BarChart
        h={260}
        data={data}
        dataKey="month"
        series={[
          { name: 'billed', label: t('reports.collections.billed'), color: 'blue.6' },
          { name: 'collected', label: t('reports.collections.collected'), color: 'teal.6' },
        ]}
        valueFormatter={(value) => formatSatang(value)}
        withLegend
        tickLine="y"
        gridAxis="y"
        yAxisProps={{ width: 90 }}
      />
    </div>
  );
}
