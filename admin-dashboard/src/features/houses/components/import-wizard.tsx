import { Alert, Button, Code, FileInput, Group, Paper, Stack, Stepper, Text } from '@mantine/core';
import { IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { isApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';
import { invalidateDomain } from '@/lib/query-keys';

import { IMPORT_COLUMNS, useImportHouses } from '../api/import-export';
import type { ImportReport } from '../api/import-export';
import { ImportReportView } from './import-report';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Upload → a dry run's report → confirm → the result. A file with any problem imports nothing. */
export function ImportWizard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const importing = useImportHouses();
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const step = result ? 2 : check ? 1 : 0;

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    try {
      const report = await importing.mutateAsync({ file, dryRun });
      if (dryRun) setCheck(report);
      else {
        setResult(report);
        if (report.errors.length === 0) await invalidateDomain(queryClient, 'houses');
      }
    } catch (caught) {
      // A server without the import endpoint yet answers 404/405.
      setError(isApiError(caught) && (caught.status === 404 || caught.status === 405) ? t('imports.unavailable') : problemMessage(caught, t));
    }
  };

  const restart = () => {
    setFile(null);
    setCheck(null);
    setResult(null);
    setError(null);
  };

  const changes = check ? check.created + check.updated : 0;
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <Stepper active={step} size="sm" mb="lg" allowNextStepsSelect={false} styles={{ separator: { marginInline: 6, minWidth: 8 }, stepBody: { marginInlineStart: 6 } }}>
        <Stepper.Step label={t('imports.stepFile')} />
        <Stepper.Step label={t('imports.stepCheck')} />
        <Stepper.Step label={t('imports.stepDone')} />
      </Stepper>
      {error ? (
        <Alert color="red" role="alert" mb="md" data-testid="import-error">
          {error}
        </Alert>
      ) : null}
      {step === 0 ? (
        <Stack>
          <Text size="sm">{t('imports.fileHint')}</Text>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {IMPORT_COLUMNS.join(', ')}
          </Code>
          <Text size="xs" c="dimmed">
            {t('imports.sameAsExport')}
          </Text>
          <FileInput
            label={t('imports.fileLabel')}
            placeholder={t('imports.filePlaceholder')}
            accept={ACCEPT}
            value={file}
            onChange={setFile}
            leftSection={<IconFileSpreadsheet size={16} />}
            clearable
          />
          <Group justify="flex-end">
            <Button onClick={() => void run(true)} disabled={!file} loading={importing.isPending}>
              {importing.isPending ? t('imports.checking') : t('imports.check')}
            </Button>
          </Group>
        </Stack>
      ) : null}
      {step === 1 && check ? (
        <Stack>
          <Text size="sm">{t('imports.checkIntro', { file: file?.name ?? '' })}</Text>
          <ImportReportView report={check} />
          {check.errors.length === 0 && changes === 0 ? <Alert color="gray">{t('imports.nothingToDo')}</Alert> : null}
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={restart}>
              {t('imports.otherFile')}
            </Button>
            {check.errors.length === 0 ? (
              <Button onClick={() => void run(false)} disabled={changes === 0} loading={importing.isPending}>
                {t('imports.confirm', { count: changes })}
              </Button>
            ) : null}
          </Group>
        </Stack>
      ) : null}
      {step === 2 && result ? (
        <Stack>
          {result.errors.length === 0 ? (
            <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('imports.doneTitle')} data-testid="import-done">
              {t('imports.doneBody', { created: result.created, updated: result.updated, unchanged: result.unchanged })}
            </Alert>
          ) : (
            <>
              <Alert color="red" title={t('imports.failedTitle')} role="alert" />
              <ImportReportView report={result} />
            </>
          )}
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={restart}>
              {t('imports.again')}
            </Button>
            <Button component={Link} to={paths.houses}>
              {t('imports.toHouses')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Paper>
  );
}
