import { Alert, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '@/lib/format';

import type { ImportReport } from '../api/import-export';

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  const { i18n } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} data-testid={testId}>
        {formatNumber(value, i18n.language)}
      </Text>
    </Paper>
  );
}

/** What an import did or would do: the three counts, and every row problem in a table (row, column, problem). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const errors = [...report.errors].sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));
  return (
    <Stack gap="md" data-testid="import-report">
      <SimpleGrid cols={{ base: 3 }} spacing="sm">
        <Count label={t('imports.created')} value={report.created} testId="import-created" />
        <Count label={t('imports.updated')} value={report.updated} testId="import-updated" />
        <Count label={t('imports.unchanged')} value={report.unchanged} testId="import-unchanged" />
      </SimpleGrid>
      {errors.length === 0 ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />}>
          {t('imports.noErrors')}
        </Alert>
      ) : (
        <Stack gap="xs">
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('imports.errorsTitle', { count: errors.length })} role="alert">
            {t('imports.errorsHint')}
          </Alert>
          <Table.ScrollContainer minWidth={420}>
            <Table striped withTableBorder aria-label={t('imports.errorsTitle', { count: errors.length })} data-testid="import-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70} style={{ whiteSpace: 'nowrap' }}>
                    {t('imports.row')}
                  </Table.Th>
                  <Table.Th w={160} style={{ whiteSpace: 'nowrap' }}>
                    {t('imports.field')}
                  </Table.Th>
                  <Table.Th>{t('imports.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {errors.map((error, index) => (
                  <Table.Tr key={`${error.row}-${error.field}-${index}`}>
                    <Table.Td>{error.row}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Text size="sm" ff="monospace">
                          {error.field || '—'}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>{error.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  );
}
