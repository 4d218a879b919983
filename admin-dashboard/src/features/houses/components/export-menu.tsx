import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { notifyFailure, notifySuccess } from '@/lib/notify';
import { problemMessage } from '@/lib/problem-message';

import { useExportHouses } from '../api/import-export';
import type { ExportFormat } from '../api/import-export';

export function ExportMenu() {
  const { t } = useTranslation();
  const exporting = useExportHouses();
  const run = (format: ExportFormat) =>
    exporting.mutate(format, {
      onSuccess: () => notifySuccess(t('houses.exported')),
      onError: (error) => notifyFailure(problemMessage(error, t)),
    });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />} loading={exporting.isPending}>
          {t('houses.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => run('csv')}>{t('houses.exportCsv')}</Menu.Item>
        <Menu.Item onClick={() => run('xlsx')}>{t('houses.exportXlsx')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
