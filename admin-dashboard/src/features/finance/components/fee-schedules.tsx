/**
 * Fee items (what is billed) and their schedules (the rate from one month on,
 * set by a meeting's resolution). A schedule that has billed anything is
 * never edited: it is ended, and a new one succeeds it.
 */
import { Alert, Badge, Button, Checkbox, Group, Modal, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { BahtInput, Money } from '@/components/money';
import { MonthPickerInput } from '@/components/month-picker-input';
import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { useAuth } from '@/lib/auth/auth-provider';
import { formatMonth } from '@/lib/format';
import { applyApiErrors } from '@/lib/form-errors';
import { notifySuccess } from '@/lib/notify';
import type { FeeBasis, PlotType } from '@/types/finance';

import { useCreateFeeItem, useCreateFeeSchedule, useEndFeeSchedule, useFeeItems, useFeeSchedules } from '../api/finance';
import type { FeeItemRead, FeeScheduleRead } from '../api/finance';
import { BASES, managesFinance, PLOT_TYPES } from '../policies';

/** The API's months are "YYYY-MM" (or a first day "YYYY-MM-01"): the period either way. */
export const toPeriod = (value: string | null) => (value ? value.slice(0, 7) : null);

export function itemName(item: Pick<FeeItemRead, 'name_th' | 'name_en'>, language: string): string {
  return language.startsWith('th') ? item.name_th : item.name_en;
}

function NewFeeItemModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateFeeItem();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { code: '', name_th: '', name_en: '', counts_for_arrears: false },
    validate: {
      code: (value) => (/^[A-Z0-9_]{2,30}$/.test(value.trim()) ? null : t('finance.fees.errors.code')),
      name_th: (value) => (value.trim() ? null : t('finance.fees.errors.required')),
      name_en: (value) => (value.trim() ? null : t('finance.fees.errors.required')),
    },
  });
  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(
      { ...values, code: values.code.trim(), name_th: values.name_th.trim(), name_en: values.name_en.trim() },
      {
        onSuccess: (item) => {
          notifySuccess(t('finance.fees.itemCreated', { code: item.code }));
          form.reset();
          onClose();
        },
        onError: (error) => setFormError(applyApiErrors(error, ['code', 'name_th', 'name_en'], form.setFieldError, t, i18n.language)),
      },
    );
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('finance.fees.newItem')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {formError ? <Alert color="red">{formError}</Alert> : null}
          <TextInput label={t('finance.fees.code')} description={t('finance.fees.codeHint')} required {...form.getInputProps('code')} />
          <TextInput label={t('finance.fees.nameTh')} required {...form.getInputProps('name_th')} />
          <TextInput label={t('finance.fees.nameEn')} required {...form.getInputProps('name_en')} />
          <Checkbox label={t('finance.fees.countsForArrears')} {...form.getInputProps('counts_for_arrears', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending}>{t('finance.fees.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface ScheduleValues {
  basis: FeeBasis;
  rate_satang: number | null;
  plot_type: PlotType | 'all';
  effective_from: string | null;
  effective_to: string | null;
  meeting_reference: string;
}

function NewScheduleModal({ item, opened, onClose }: { item: FeeItemRead; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateFeeSchedule();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ScheduleValues>({
    initialValues: { basis: 'per_sq_wah', rate_satang: null, plot_type: 'all', effective_from: null, effective_to: null, meeting_reference: '' },
    validate: {
      rate_satang: (value) => (value === null ? t('finance.money.invalid') : null),
      effective_from: (value) => (value ? null : t('finance.fees.errors.required')),
      effective_to: (value, values) => (value && values.effective_from && value < values.effective_from ? t('finance.fees.errors.monthsOrder') : null),
      meeting_reference: (value) => (value.trim() ? null : t('finance.fees.errors.meetingReference')),
    },
  });
  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(
      {
        fee_item_id: item.id,
        basis: values.basis,
        rate_satang: values.rate_satang ?? 0,
        plot_type: values.plot_type === 'all' ? null : values.plot_type,
        effective_from: values.effective_from ?? '',
        effective_to: values.effective_to,
        meeting_reference: values.meeting_reference.trim(),
      },
      {
        onSuccess: () => {
          notifySuccess(t('finance.fees.scheduleCreated'));
          form.reset();
          onClose();
        },
        onError: (error) =>
          setFormError(applyApiErrors(error, ['basis', 'rate_satang', 'plot_type', 'effective_from', 'effective_to', 'meeting_reference'], form.setFieldError, t, i18n.language)),
      },
    );
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('finance.fees.newSchedule', { item: itemName(item, i18n.language) })}>
      <form onSubmit={submit} noValidate data-testid="schedule-form">
        <Stack>
          {formError ? <Alert color="red" role="alert">{formError}</Alert> : null}
          <Select
            label={t('finance.fees.basis')}
            data={BASES.map((value) => ({ value, label: t(`finance.bases.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('basis')}
          />
          <BahtInput
            label={form.values.basis === 'per_sq_wah' ? t('finance.fees.ratePerSqWah') : t('finance.fees.ratePerHouse')}
            invalidMessage={t('finance.money.invalid')}
            value={form.values.rate_satang}
            onChange={(satang) => form.setFieldValue('rate_satang', satang)}
            error={form.errors.rate_satang}
            required
          />
          <Select
            label={t('finance.fees.plotType')}
            data={[{ value: 'all', label: t('finance.fees.allPlots') }, ...PLOT_TYPES.map((value) => ({ value, label: t(`finance.plotTypes.${value}`) }))]}
            allowDeselect={false}
            {...form.getInputProps('plot_type')}
          />
          <Group grow align="flex-start">
            <MonthPickerInput label={t('finance.fees.from')} value={form.values.effective_from} onChange={(m) => form.setFieldValue('effective_from', m)} error={form.errors.effective_from} />
            <MonthPickerInput label={t('finance.fees.to')} description={t('finance.fees.toHint')} value={form.values.effective_to} onChange={(m) => form.setFieldValue('effective_to', m)} error={form.errors.effective_to} />
          </Group>
          <TextInput label={t('finance.fees.meetingReference')} description={t('finance.fees.meetingReferenceHint')} required {...form.getInputProps('meeting_reference')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending}>{t('finance.fees.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EndScheduleModal({ schedule, onClose }: { schedule: FeeScheduleRead | null; onClose: () => void }) {
  const { t } = useTranslation();
  const end = useEndFeeSchedule();
  const [month, setMonth] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  if (!schedule) return null;
  return (
    <Modal opened onClose={onClose} title={t('finance.fees.endTitle')}>
      <Stack>
        <Text size="sm">{t('finance.fees.endHint')}</Text>
        {formError ? <Alert color="red" role="alert">{formError}</Alert> : null}
        <MonthPickerInput label={t('finance.fees.lastMonth')} value={month} onChange={setMonth} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            color="orange"
            disabled={!month}
            loading={end.isPending}
            onClick={() =>
              month &&
              end.mutate(
                { id: schedule.id, effectiveTo: month },
                {
                  onSuccess: () => {
                    notifySuccess(t('finance.fees.ended'));
                    onClose();
                  },
                  onError: (error) => setFormError(applyApiErrors(error, [], () => undefined, t, 'th')),
                },
              )
            }
          >
            {t('finance.fees.end')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Schedules({ item, editable }: { item: FeeItemRead; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const schedules = useFeeSchedules(item.id);
  const [creating, setCreating] = useState(false);
  const [ending, setEnding] = useState<FeeScheduleRead | null>(null);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">{t('finance.fees.schedulesOf', { item: itemName(item, i18n.language) })}</Title>
        {editable ? (
          <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('finance.fees.newScheduleShort')}
          </Button>
        ) : null}
      </Group>
      {schedules.isPending ? (
        <PageLoader />
      ) : schedules.error ? (
        <QueryError error={schedules.error} onRetry={() => void schedules.refetch()} />
      ) : schedules.data.items.length === 0 ? (
        <EmptyState title={t('finance.fees.noSchedules')}>{t('finance.fees.noSchedulesHint')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="sm" data-testid="schedules-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance.fees.rate')}</Table.Th>
                <Table.Th>{t('finance.fees.plotType')}</Table.Th>
                <Table.Th>{t('finance.fees.months')}</Table.Th>
                <Table.Th>{t('finance.fees.meetingReference')}</Table.Th>
                {editable ? <Table.Th /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {schedules.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Money satang={s.rate_satang} fw={600} /> {t(`finance.bases.unit.${s.basis}`)}
                  </Table.Td>
                  <Table.Td>{s.plot_type ? t(`finance.plotTypes.${s.plot_type}`) : t('finance.fees.allPlots')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatMonth(toPeriod(s.effective_from) ?? '', i18n.language)} –{' '}
                    {s.effective_to ? formatMonth(toPeriod(s.effective_to) ?? '', i18n.language) : t('finance.fees.onwards')}
                  </Table.Td>
                  <Table.Td>{s.meeting_reference}</Table.Td>
                  {editable ? (
                    <Table.Td>
                      {s.effective_to ? null : (
                        <Button size="xs" variant="light" color="orange" onClick={() => setEnding(s)}>
                          {t('finance.fees.end')}
                        </Button>
                      )}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editable ? <NewScheduleModal item={item} opened={creating} onClose={() => setCreating(false)} /> : null}
      {ending ? <EndScheduleModal schedule={ending} onClose={() => setEnding(null)} /> : null}
    </Stack>
  );
}

export function FeeSchedules() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const editable = managesFinance(user);
  const items = useFeeItems();
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  if (items.isPending) return <PageLoader />;
  if (items.error) return <QueryError error={items.error} onRetry={() => void items.refetch()} />;
  const list = items.data.items;
  const current = list.find((item) => String(item.id) === chosen) ?? list.find((item) => item.code === 'COMMON') ?? list[0];
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">{t('finance.fees.itemsTitle')}</Title>
          {editable ? (
            <Button size="sm" variant="default" leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('finance.fees.newItem')}
            </Button>
          ) : null}
        </Group>
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs" highlightOnHover data-testid="fee-items-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance.fees.code')}</Table.Th>
                <Table.Th>{t('finance.fees.name')}</Table.Th>
                <Table.Th>{t('finance.fees.countsForArrearsShort')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((item) => (
                <Table.Tr key={item.id} onClick={() => setChosen(String(item.id))} style={{ cursor: 'pointer' }} bg={item.id === current?.id ? 'var(--mantine-color-blue-light)' : undefined}>
                  <Table.Td fw={600}>{item.code}</Table.Td>
                  <Table.Td>{itemName(item, i18n.language)}</Table.Td>
                  <Table.Td>{item.counts_for_arrears ? <Badge variant="light">{t('common.yes')}</Badge> : t('common.no')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {current ? (
        <Paper withBorder radius="md" p="md">
          <Select
            label={t('finance.fees.item')}
            data={list.map((item) => ({ value: String(item.id), label: `${item.code} · ${itemName(item, i18n.language)}` }))}
            value={String(current.id)}
            onChange={setChosen}
            allowDeselect={false}
            maw={360}
            mb="md"
          />
          <Schedules key={current.id} item={current} editable={editable} />
        </Paper>
      ) : null}
      {editable ? <NewFeeItemModal opened={creating} onClose={() => setCreating(false)} /> : null}
    </Stack>
  );
}
