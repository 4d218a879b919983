import { Alert, Autocomplete, Button, Checkbox, Grid, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { MonthPickerInput } from '@/components/month-picker-input';
import { applyApiErrors } from '@/lib/form-errors';
import { isApiError } from '@/lib/problem';

import { useZones } from '../api/houses';
import type { HouseCreate, HouseDetail, HouseUpdate, Occupancy, PlotType } from '../api/houses';
import { OCCUPANCIES, PLOT_TYPES } from '../hooks/use-houses-list-state';

export interface HouseFormValues {
  house_number: string;
  plot_number: string;
  title_deed_number: string;
  zone: string;
  land_area_sq_wah: number | string;
  usable_area_sqm: number | string;
  plot_type: PlotType;
  occupancy: Occupancy;
  developer_owned: boolean;
  billable_from: string | null;
  notes: string;
}

export const HOUSE_FORM_FIELDS = Object.keys({
  house_number: 0, plot_number: 0, title_deed_number: 0, zone: 0, land_area_sq_wah: 0, usable_area_sqm: 0,
  plot_type: 0, occupancy: 0, developer_owned: 0, billable_from: 0, notes: 0,
} satisfies Record<keyof HouseFormValues, 0>);

const TEXT = ['house_number', 'plot_number', 'title_deed_number', 'zone', 'notes'] as const;
const AREAS = ['land_area_sq_wah', 'usable_area_sqm'] as const;

export function initialHouseValues(house?: HouseDetail): HouseFormValues {
  return {
    house_number: house?.house_number ?? '',
    plot_number: house?.plot_number ?? '',
    title_deed_number: house?.title_deed_number ?? '',
    zone: house?.zone ?? '',
    land_area_sq_wah: house?.land_area_sq_wah ?? '',
    usable_area_sqm: house?.usable_area_sqm ?? '',
    plot_type: house?.plot_type ?? 'residential',
    occupancy: house?.occupancy ?? 'occupied',
    developer_owned: house?.developer_owned ?? false,
    billable_from: house?.billable_from ?? null,
    notes: house?.notes ?? '',
  };
}

/** An area as the API takes it: a number with at most two decimals, or null when empty. */
export function toArea(value: number | string): number | null {
  if (value === '' || value === null) return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? Math.round(number * 100) / 100 : null;
}

/** Every field of the form as the API's values (empty text → null). */
function toValues(values: HouseFormValues) {
  const out = {
    plot_type: values.plot_type,
    occupancy: values.occupancy,
    developer_owned: values.developer_owned,
    billable_from: values.billable_from,
  } as Record<string, unknown>;
  for (const key of TEXT) out[key] = values[key].trim() || null;
  for (const key of AREAS) out[key] = toArea(values[key]);
  return out;
}

/** POST /api/v1/houses: what was filled in. */
export function toHouseCreate(values: HouseFormValues): HouseCreate {
  const all = toValues(values);
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== null)) as unknown as HouseCreate;
}

/** PATCH /api/v1/houses/{id}: only what changed; an emptied field becomes null. */
export function toHouseUpdate(values: HouseFormValues, house: HouseDetail): HouseUpdate {
  const all = toValues(values);
  const changed = Object.entries(all).filter(([key, value]) => value !== (house[key as keyof HouseDetail] ?? null));
  return Object.fromEntries(changed) as HouseUpdate;
}

interface HouseFormProps {
  house?: HouseDetail;
  submitLabel: string;
  onSubmit: (values: HouseFormValues) => Promise<unknown>;
  onCancel: () => void;
}

export function HouseForm({ house, submitLabel, onSubmit, onCancel }: HouseFormProps) {
  const { t, i18n } = useTranslation();
  const zones = useZones();
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm<HouseFormValues>({
    mode: 'controlled',
    initialValues: initialHouseValues(house),
    validate: {
      house_number: (value) => (value.trim() ? null : t('validation.required')),
      land_area_sq_wah: (value) => (value === '' || (Number(value) > 0 && toArea(value) === Number(value)) ? null : t('houses.areaInvalid')),
      usable_area_sqm: (value) => (value === '' || (Number(value) > 0 && toArea(value) === Number(value)) ? null : t('houses.areaInvalid')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      if (isApiError(error) && error.status === 409 && error.code === 'house_number_taken') {
        form.setFieldError('house_number', t('houses.taken'));
      } else {
        setFormError(applyApiErrors(error, HOUSE_FORM_FIELDS, form.setFieldError, t, i18n.language));
      }
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack>
        {formError ? (
          <Alert color="red" role="alert" data-testid="form-error">
            {formError}
          </Alert>
        ) : null}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <TextInput label={t('houses.fields.house_number')} description={t('houses.hints.house_number')} required autoComplete="off" {...form.getInputProps('house_number')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <TextInput label={t('houses.fields.plot_number')} autoComplete="off" {...form.getInputProps('plot_number')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <TextInput label={t('houses.fields.title_deed_number')} autoComplete="off" {...form.getInputProps('title_deed_number')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <Autocomplete label={t('houses.fields.zone')} description={t('houses.hints.zone')} data={zones.data ?? []} {...form.getInputProps('zone')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <NumberInput
              label={t('houses.fields.land_area_sq_wah')}
              description={t('houses.hints.land_area_sq_wah')}
              decimalScale={2}
              min={0}
              hideControls
              {...form.getInputProps('land_area_sq_wah')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <NumberInput label={t('houses.fields.usable_area_sqm')} decimalScale={2} min={0} hideControls {...form.getInputProps('usable_area_sqm')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <Select
              label={t('houses.fields.plot_type')}
              data={PLOT_TYPES.map((value) => ({ value, label: t(`houses.plotTypes.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps('plot_type')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <Select
              label={t('houses.fields.occupancy')}
              data={OCCUPANCIES.map((value) => ({ value, label: t(`houses.occupancies.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps('occupancy')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <MonthPickerInput
              label={t('houses.fields.billable_from')}
              description={t('houses.hints.billable_from')}
              value={form.values.billable_from}
              onChange={(month) => form.setFieldValue('billable_from', month)}
              error={form.errors.billable_from}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Checkbox
              label={t('houses.fields.developer_owned')}
              description={t('houses.hints.developer_owned')}
              {...form.getInputProps('developer_owned', { type: 'checkbox' })}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('houses.fields.notes')} autosize minRows={2} maxLength={2000} {...form.getInputProps('notes')} />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
