import { Alert, Button, Grid, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { applyApiErrors } from '@/lib/form-errors';
import { intlLocale } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { formatPhone } from '@/lib/phone';
import { useUpdateVillage } from '@/lib/village';
import type { Village, VillageUpdate } from '@/lib/village';

const TEXT_FIELDS = ['name_th', 'name_en', 'juristic_person_name', 'tax_id', 'address', 'phone', 'email', 'timezone', 'office_hours'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Values = Record<TextField, string> & { fiscal_year_start_month: string };
const FIELDS = [...TEXT_FIELDS, 'fiscal_year_start_month'];
const REQUIRED: TextField[] = ['name_th', 'name_en', 'timezone'];

/** A month's name in the user's language (1 → January / มกราคม). */
export function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month - 1, 1)));
}

/** A field as the form shows it: the phone the Thai way ("02-123-4567"), not as stored (+6621234567). */
function shown(village: Village, field: TextField): string {
  return field === 'phone' ? formatPhone(village.phone) : (village[field] ?? '');
}

function toValues(village: Village): Values {
  const values = Object.fromEntries(TEXT_FIELDS.map((field) => [field, shown(village, field)])) as Record<TextField, string>;
  return { ...values, fiscal_year_start_month: String(village.fiscal_year_start_month) };
}

/** PATCH /api/v1/village: only what changed; an emptied optional field becomes null. */
export function toVillageUpdate(values: Values, village: Village): VillageUpdate {
  const body: VillageUpdate = {};
  for (const field of TEXT_FIELDS) {
    const value = values[field].trim();
    if (value !== shown(village, field)) body[field] = value || null;
  }
  const month = Number(values.fiscal_year_start_month);
  if (month !== village.fiscal_year_start_month) body.fiscal_year_start_month = month;
  return body;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children || '—'}
      </Text>
    </Stack>
  );
}

/** For everyone else: the profile to read (office phone and hours matter to residents). */
export function VillageProfileView({ village }: { village: Village }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg">
      <Alert color="gray" icon={<IconLock size={18} />} mb="md">
        {t('village.readOnly')}
      </Alert>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Field label={t('village.fields.name_th')}>{village.name_th}</Field>
        <Field label={t('village.fields.name_en')}>{village.name_en}</Field>
        <Field label={t('village.fields.juristic_person_name')}>{village.juristic_person_name}</Field>
        <Field label={t('village.fields.tax_id')}>{village.tax_id}</Field>
        <Field label={t('village.fields.address')}>{village.address}</Field>
        <Field label={t('village.fields.phone')}>{village.phone ? formatPhone(village.phone) : null}</Field>
        <Field label={t('village.fields.email')}>{village.email}</Field>
        <Field label={t('village.fields.office_hours')}>{village.office_hours}</Field>
        <Field label={t('village.fields.fiscal_year_start_month')}>{monthName(village.fiscal_year_start_month, i18n.language)}</Field>
        <Field label={t('village.fields.timezone')}>{village.timezone}</Field>
      </SimpleGrid>
    </Paper>
  );
}

export function VillageProfileForm({ village }: { village: Village }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateVillage();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: toValues(village),
    validate: Object.fromEntries(REQUIRED.map((field) => [field, (value: string) => (value.trim() ? null : t('validation.required'))])),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const body = toVillageUpdate(values, village);
    try {
      const saved = Object.keys(body).length > 0 ? await update.mutateAsync(body) : village;
      form.setValues(toValues(saved));
      form.resetDirty();
      notifySuccess(t('village.saved'));
    } catch (error) {
      setFormError(applyApiErrors(error, FIELDS, form.setFieldError, t, i18n.language));
    }
  });

  const text = (field: TextField, extra: { description?: string; required?: boolean; span?: number } = {}) => (
    <Grid.Col span={{ base: 12, sm: extra.span ?? 6 }}>
      <TextInput label={t(`village.fields.${field}`)} description={extra.description} required={extra.required} {...form.getInputProps(field)} />
    </Grid.Col>
  );

  return (
    <Paper withBorder radius="md" p="lg">
      <form onSubmit={submit} noValidate aria-label={t('village.title')}>
        <Stack>
          {formError ? <Alert color="red" role="alert">{formError}</Alert> : null}
          <Title order={2} size="h5">
            {t('village.sectionNames')}
          </Title>
          <Grid gap="md">
            {text('name_th', { required: true })}
            {text('name_en', { required: true })}
            {text('juristic_person_name', { span: 12 })}
          </Grid>
          <Title order={2} size="h5">
            {t('village.sectionOffice')}
          </Title>
          <Grid gap="md">
            <Grid.Col span={12}>
              <Textarea label={t('village.fields.address')} autosize minRows={2} {...form.getInputProps('address')} />
            </Grid.Col>
            {text('phone')}
            {text('email')}
            <Grid.Col span={12}>
              <Textarea label={t('village.fields.office_hours')} autosize minRows={1} {...form.getInputProps('office_hours')} />
            </Grid.Col>
          </Grid>
          <Title order={2} size="h5">
            {t('village.sectionAccounts')}
          </Title>
          <Grid gap="md">
            {text('tax_id', { description: t('village.hints.tax_id') })}
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('village.fields.fiscal_year_start_month')}
                data={Array.from({ length: 12 }, (_, index) => ({ value: String(index + 1), label: monthName(index + 1, i18n.language) }))}
                allowDeselect={false}
                {...form.getInputProps('fiscal_year_start_month')}
              />
            </Grid.Col>
            {text('timezone', { description: t('village.hints.timezone'), required: true })}
          </Grid>
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {t('village.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
