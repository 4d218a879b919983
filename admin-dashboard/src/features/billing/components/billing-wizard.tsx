/**
 * The month's billing: choose the period and how many months (advance
 * billing), optionally some houses → the preview (nothing numbered yet) →
 * post, which issues the invoices → what was issued. Discarding a preview
 * goes back to the start.
 */
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DayPickerInput } from '@/components/day-picker-input';
import { HouseMultiSelect } from '@/components/house-select';
import { MonthPickerInput } from '@/components/month-picker-input';
import { problemMessage } from '@/lib/problem-message';

import { usePreviewRun } from '../api/billing-runs';
import type { BillingRunRead } from '../api/billing-runs';
import { RunPreview } from './run-preview';

export const ADVANCE_MONTHS = ['1', '3', '6', '12'] as const;

/** The next calendar month as "YYYY-MM": what an office usually bills. */
export function nextPeriod(today: Date = new Date()): string {
  const next = new Date(Date.UTC(today.getFullYear(), today.getMonth() + 1, 1));
  return `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function BillingWizard() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<string | null>(nextPeriod());
  const [months, setMonths] = useState<string>('1');
  const [houseIds, setHouseIds] = useState<number[]>([]);
  const [issueDate, setIssueDate] = useState<string | null>(null);
  const [run, setRun] = useState<BillingRunRead | null>(null);
  const [error, setError] = useState<string | null>(null);
  const preview = usePreviewRun();
  const step = !run ? 0 : run.status === 'posted' ? 2 : 1;

  const makePreview = () => {
    if (!period) return;
    setError(null);
    preview.mutate(
      { period, months: Number(months), house_ids: houseIds.length ? houseIds : null, ...(issueDate ? { issue_date: issueDate } : {}) },
      { onSuccess: setRun, onError: (e) => setError(problemMessage(e, t)) },
    );
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stepper active={step} size="sm" mb="lg" allowNextStepsSelect={false}>
        <Stepper.Step label={t('billing.steps.choose')} />
        <Stepper.Step label={t('billing.steps.preview')} />
        <Stepper.Step label={t('billing.steps.posted')} />
      </Stepper>
      {step === 0 ? (
        <Stack gap="md" maw={560} data-testid="run-form">
          {error ? <Alert color="red" role="alert">{error}</Alert> : null}
          <MonthPickerInput label={t('billing.period')} description={t('billing.periodHint')} value={period} onChange={setPeriod} />
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('billing.months')}</Text>
            <SegmentedControl
              data={ADVANCE_MONTHS.map((value) => ({ value, label: t('billing.monthsOption', { count: Number(value) }) }))}
              value={months}
              onChange={setMonths}
              aria-label={t('billing.months')}
            />
            <Text size="xs" c="dimmed">{t('billing.monthsHint')}</Text>
          </Stack>
          <HouseMultiSelect label={t('billing.houses')} description={t('billing.housesHint')} placeholder={t('billing.allHouses')} value={houseIds} onChange={setHouseIds} />
          <DayPickerInput label={t('billing.issueDate')} placeholder={t('billing.issueDateToday')} value={issueDate} onChange={setIssueDate} />
          <Group justify="flex-end">
            <Button onClick={makePreview} loading={preview.isPending} disabled={!period} data-testid="make-preview">
              {t('billing.makePreview')}
            </Button>
          </Group>
        </Stack>
      ) : run ? (
        <Stack>
          <RunPreview run={run} editable onPosted={setRun} onDiscarded={() => setRun(null)} />
          {step === 2 ? (
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRun(null)}>{t('billing.another')}</Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
    </Paper>
  );
}
