/**
 * The editor: title, Markdown message with a preview rendered by the server (POST
 * /announcements/preview: the same sanitised HTML residents will see), audience,
 * priority and end date, pin, and when to publish. Once published only pinning and
 * the end date can change (the API answers 409 otherwise).
 */
import '@mantine/dates/styles.css';

import { Alert, Button, Group, MultiSelect, Paper, SegmentedControl, Stack, Switch, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { applyApiErrors } from '@/lib/form-errors';
import { pickerFormats } from '@/lib/dates';
import { isApiError } from '@/lib/problem';

import { useAnnouncementZones, useHouseChoices, usePreview } from '../api/announcements';
import type { Announcement, AnnouncementCreate, AnnouncementUpdate, AudienceKind, Priority } from '../api/announcements';
import { isFrozen } from '../policies';
import { AnnouncementBody } from './announcement-body';

type PublishMode = 'draft' | 'now' | 'schedule';

export interface AnnouncementFormValues {
  title: string;
  body: string;
  kind: AudienceKind;
  zones: string[];
  house_ids: string[];
  priority: Priority;
  pinned: boolean;
  expires_at: string | null;
  mode: PublishMode;
  publish_at: string | null;
}

const FIELDS = ['title', 'body', 'audience', 'kind', 'zones', 'house_ids', 'priority', 'pinned', 'expires_at', 'publish_at'];
const PICKER_TIME = 'YYYY-MM-DD HH:mm:ss';

/** A picker's local "YYYY-MM-DD HH:mm:ss" as an ISO instant, and back. */
export function toInstant(value: string | null): string | null {
  return value ? dayjs(value).toISOString() : null;
}

export function fromInstant(value: string | null | undefined): string | null {
  return value ? dayjs(value).format(PICKER_TIME) : null;
}

export function defaultExpiry(now: Date = new Date()): string {
  return dayjs(now).add(3, 'day').hour(18).minute(0).second(0).format(PICKER_TIME);
}

export function initialValues(announcement?: Announcement): AnnouncementFormValues {
  return {
    title: announcement?.title ?? '',
    body: announcement?.body ?? '',
    kind: announcement?.audience.kind ?? 'all',
    zones: announcement?.audience.zones ?? [],
    house_ids: (announcement?.audience.house_ids ?? []).map(String),
    priority: announcement?.priority ?? 'normal',
    pinned: announcement?.pinned ?? false,
    expires_at: fromInstant(announcement?.expires_at),
    mode: announcement?.status === 'scheduled' ? 'schedule' : announcement?.status === 'published' ? 'now' : 'draft',
    publish_at: fromInstant(announcement?.publish_at),
  };
}

function audienceOf(values: AnnouncementFormValues): AnnouncementCreate['audience'] {
  if (values.kind === 'zones') return { kind: 'zones', zones: values.zones };
  if (values.kind === 'houses') return { kind: 'houses', house_ids: values.house_ids.map(Number) };
  return { kind: values.kind };
}

function publishAt(values: AnnouncementFormValues): string | null {
  if (values.mode === 'now') return new Date().toISOString();
  if (values.mode === 'schedule') return toInstant(values.publish_at);
  return null;
}

export function toCreate(values: AnnouncementFormValues): AnnouncementCreate {
  return {
    title: values.title.trim(),
    body: values.body,
    audience: audienceOf(values),
    priority: values.priority,
    pinned: values.pinned,
    publish_at: publishAt(values),
    expires_at: toInstant(values.expires_at),
  };
}

/** PATCH body: a published announcement sends only pinned and expires_at. */
export function toUpdate(values: AnnouncementFormValues, announcement: Announcement): AnnouncementUpdate {
  const expires_at = toInstant(values.expires_at);
  if (isFrozen(announcement)) return { pinned: values.pinned, expires_at };
  return { ...toCreate(values), expires_at };
}

interface Props {
  announcement?: Announcement;
  submitLabel: string;
  onSubmit: (values: AnnouncementFormValues) => Promise<unknown>;
  onCancel: () => void;
}

export function AnnouncementForm({ announcement, submitLabel, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const frozen = announcement ? isFrozen(announcement) : false;
  const zones = useAnnouncementZones();
  const [houseSearch, setHouseSearch] = useState('');
  const houses = useHouseChoices(houseSearch);
  const [houseLabels, setHouseLabels] = useState<Record<string, string>>({});
  const preview = usePreview();
  const [tab, setTab] = useState<string | null>('write');
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const formats = pickerFormats(i18n.language);
  const form = useForm<AnnouncementFormValues>({
    mode: 'controlled',
    initialValues: initialValues(announcement),
    validate: {
      title: (value) => (value.trim() ? null : t('validation.required')),
      body: (value) => (value.trim() ? null : t('validation.required')),
      zones: (value, values) => (values.kind === 'zones' && value.length === 0 ? t('validation.required') : null),
      house_ids: (value, values) => (values.kind === 'houses' && value.length === 0 ? t('validation.required') : null),
      expires_at: (value, values) => (values.priority === 'urgent' && !value ? t('announcements.fields.expiresHint') : null),
      publish_at: (value, values) => (values.mode === 'schedule' && !value ? t('validation.required') : null),
    },
  });

  const houseData = [
    ...(houses.data?.items ?? []).map((house) => ({ value: String(house.id), label: house.house_number })),
    ...form.values.house_ids
      .filter((id) => !(houses.data?.items ?? []).some((house) => String(house.id) === id))
      .map((id) => ({ value: id, label: houseLabels[id] ?? `#${id}` })),
  ];

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      if (isApiError(error) && error.status === 409 && error.code === 'announcement_published') {
        setFormError(t('announcements.frozenError'));
      } else {
        const leftover = applyApiErrors(error, FIELDS, (field, message) => form.setFieldError(field.replace(/^audience\.?/, '') || 'kind', message), t, i18n.language);
        setFormError(leftover);
      }
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack>
        {frozen ? <Alert color="blue">{t('announcements.frozen')}</Alert> : null}
        {formError ? (
          <Alert color="red" role="alert" data-testid="form-error">
            {formError}
          </Alert>
        ) : null}
        <TextInput label={t('announcements.fields.title')} required maxLength={200} disabled={frozen} {...form.getInputProps('title')} />
        <Tabs
          value={tab}
          onChange={(next) => {
            setTab(next);
            if (next === 'preview' && form.values.body.trim()) preview.mutate(form.values.body);
          }}
        >
          <Tabs.List>
            <Tabs.Tab value="write">{t('announcements.tabs.write')}</Tabs.Tab>
            <Tabs.Tab value="preview">{t('announcements.tabs.preview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="sm">
            <Textarea
              label={t('announcements.fields.body')}
              description={t('announcements.fields.bodyHint')}
              required
              autosize
              minRows={6}
              maxRows={20}
              maxLength={20000}
              disabled={frozen}
              {...form.getInputProps('body')}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="sm">
            <Paper withBorder p="md" radius="md" mih={120} data-testid="preview">
              {preview.isPending ? <Text c="dimmed">…</Text> : null}
              {!form.values.body.trim() ? <Text c="dimmed">{t('announcements.previewEmpty')}</Text> : null}
              {preview.data && form.values.body.trim() ? <AnnouncementBody html={preview.data.body_html} testId="preview-body" /> : null}
            </Paper>
          </Tabs.Panel>
        </Tabs>
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('announcements.audience.label')}
          </Text>
          <SegmentedControl
            disabled={frozen}
            data={(['all', 'zones', 'owners', 'houses'] as AudienceKind[]).map((value) => ({ value, label: t(`announcements.audience.${value}`) }))}
            {...form.getInputProps('kind')}
            aria-label={t('announcements.audience.label')}
            fullWidth
          />
          {form.errors.kind ? (
            <Text size="sm" c="red">
              {form.errors.kind}
            </Text>
          ) : null}
          {form.values.kind === 'zones' ? (
            <MultiSelect label={t('announcements.audience.zonesPick')} data={zones.data ?? []} searchable disabled={frozen} {...form.getInputProps('zones')} />
          ) : null}
          {form.values.kind === 'houses' ? (
            <MultiSelect
              label={t('announcements.audience.housesPick')}
              placeholder={t('announcements.audience.housesSearch')}
              data={houseData}
              searchable
              searchValue={houseSearch}
              onSearchChange={setHouseSearch}
              filter={({ options }) => options}
              disabled={frozen}
              {...form.getInputProps('house_ids')}
              onChange={(ids) => {
                const labels = { ...houseLabels };
                for (const option of houseData) labels[option.value] = option.label;
                setHouseLabels(labels);
                form.setFieldValue('house_ids', ids);
              }}
            />
          ) : null}
        </Stack>
        <Group align="flex-end" wrap="wrap">
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('announcements.fields.priority')}
            </Text>
            <SegmentedControl
              disabled={frozen}
              data={(['normal', 'urgent'] as Priority[]).map((value) => ({ value, label: t(`announcements.priority.${value}`) }))}
              {...form.getInputProps('priority')}
              onChange={(value) => {
                form.setFieldValue('priority', value as Priority);
                // Urgent needs an end: offer three days from now, at 18:00, to adjust.
                if (value === 'urgent' && !form.values.expires_at) form.setFieldValue('expires_at', defaultExpiry());
              }}
              aria-label={t('announcements.fields.priority')}
            />
          </Stack>
          <DateTimePicker
            label={t('announcements.fields.expires_at')}
            description={t('announcements.fields.expiresHint')}
            clearable
            withAsterisk={form.values.priority === 'urgent'}
            locale={formats.locale}
            valueFormat={`${formats.valueFormat} HH:mm`}
            miw={240}
            {...form.getInputProps('expires_at')}
            data-testid="expires-at"
          />
        </Group>
        <Switch label={t('announcements.fields.pinned')} {...form.getInputProps('pinned', { type: 'checkbox' })} />
        {!frozen ? (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('announcements.fields.publish')}
            </Text>
            <SegmentedControl
              data={(['draft', 'now', 'schedule'] as PublishMode[]).map((value) => ({ value, label: t(`announcements.publishMode.${value}`) }))}
              {...form.getInputProps('mode')}
              aria-label={t('announcements.fields.publish')}
              fullWidth
            />
            {form.values.mode === 'schedule' ? (
              <DateTimePicker
                label={t('announcements.fields.publish_at')}
                locale={formats.locale}
                valueFormat={`${formats.valueFormat} HH:mm`}
                miw={240}
                minDate={new Date()}
                {...form.getInputProps('publish_at')}
              />
            ) : null}
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('announcements.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
