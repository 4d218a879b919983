/**
 * The arrears by age bucket as a bar chart. Loaded lazily (React.lazy) so the
 * chart library stays out of the page's chunk. Bars are plotted in satang and
 * labelled in baht: no amount is divided into a float.
 */
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useTranslation } from 'react-i18next';

import { formatSatang } from '@/components/money';

import type { ArrearsReport } from '../api/reports';

export default function ArrearsChart({ report }: { report: ArrearsReport }) {
  const { t } = useTranslation();
  const data = report.by_bucket.map((b) => ({ bucket: t(`reports.buckets.${b.bucket}`), satang: b.satang, houses: b.houses }));
  const label = data.map((d) => `${d.bucket}: ${formatSatang(d.satang)} (${d.houses})`).join(', ');
  return (
    <div role="img" aria-label={label} data-testid="arrears-chart">
      <BarChart
        h={220}
        data={data}
        dataKey="bucket"
        series={[{ name: 'satang', label: t('reports.arrears.outstanding'), color: 'red.6' }]}
        valueFormatter={(value) => formatSatang(value)}
        tickLine="y"
        gridAxis="y"
        yAxisProps={{ width: 90 }}
      />
    </div>
  );
}
