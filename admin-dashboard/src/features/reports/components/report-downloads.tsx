/** "CSV" and "Excel" buttons that download a report with the filters on screen. */
import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { notifyFailure } from '@/lib/notify';
import { problemMessage } from '@/lib/problem-message';

import { useDownloadReport } from '../api/reports';
import type { ReportFormat } from '../api/reports';

type Report = 'arrears' | 'collections' | 'invoice-register' | 'receipt-register';

export function ReportDownloads({ report, query, name, disabled, label }: { report: Report; query: object; name: string; disabled?: boolean; label?: string }) {
  const { t } = useTranslation();
  const download = useDownloadReport();
  const get = (format: ReportFormat) => download.mutate({ report, format, query, name }, { onError: (e) => notifyFailure(problemMessage(e, t)) });
  const busy = download.isPending ? download.variables?.format : null;
  return (
    <Group gap="xs" wrap="wrap" aria-label={label}>
      <Button size="sm" variant="default" leftSection={<IconFileTypeCsv size={16} />} loading={busy === 'csv'} disabled={disabled} onClick={() => get('csv')} data-testid={`${report}-csv`}>
        {label ? `${label} CSV` : 'CSV'}
      </Button>
      <Button size="sm" variant="default" leftSection={<IconFileSpreadsheet size={16} />} loading={busy === 'xlsx'} disabled={disabled} onClick={() => get('xlsx')} data-testid={`${report}-xlsx`}>
        {label ? `${label} Excel` : 'Excel'}
      </Button>
    </Group>
  );
}
