/**
 * Report a problem, from a phone: where (one of my houses, or a common area),
 * what kind, a title and a description, and photos, shrunk on the phone to at
 * most 2000 px before upload (utils/downscale.ts). The request is opened
 * first, then each photo is added to it.
 */
import { Alert, Button, CloseButton, FileButton, Group, Image, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCamera } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { applyApiErrors } from '@/lib/form-errors';
import { notifyFailure, notifySuccess } from '@/lib/notify';
import { problemMessage } from '@/lib/problem-message';

import { uploadPhoto, useOpenRequest } from '../api/service-requests';
import type { Category, Priority } from '../api/service-requests';
import { CATEGORIES, PRIORITIES } from '../policies';
import { prepareImage } from '../utils/downscale';

const COMMON = 'common';
const MAX_PHOTOS = 10;
const FIELDS = ['house_id', 'category', 'title', 'description', 'priority'];

interface Values {
  place: string;
  category: Category | '';
  title: string;
  description: string;
  priority: Priority;
}

function Preview({ file, onRemove }: { file: File; onRemove: () => void }) {
  const { t } = useTranslation();
  const url = useMemo(() => URL.createObjectURL(file), [file]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <div style={{ position: 'relative' }}>
      <Image src={url} alt={file.name} h={96} radius="sm" fit="cover" />
      <CloseButton
        aria-label={t('serviceRequests.removePhoto', { name: file.name })}
        onClick={onRemove}
        size="sm"
        variant="filled"
        style={{ position: 'absolute', top: 4, right: 4 }}
      />
    </div>
  );
}

export interface HouseChoice {
  id: number;
  house_number: string;
}

/** `houses`: the person's current houses (a resident reports for one of them, or a common area). */
export function RequestForm({ staff, houses: myHouses }: { staff: boolean; houses: readonly HouseChoice[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const open = useOpenRequest();
  const [photos, setPhotos] = useState<File[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const form = useForm<Values>({
    initialValues: { place: '', category: '', title: '', description: '', priority: 'normal' },
    validate: {
      place: (value) => (value ? null : t('validation.required')),
      category: (value) => (value ? null : t('validation.required')),
      title: (value) => (value.trim() ? null : t('validation.required')),
      description: (value) => (value.trim() ? null : t('validation.required')),
    },
  });

  useEffect(() => {
    // One house: it is the place, unless the person picks the common area.
    const only = myHouses.length === 1 ? myHouses[0] : undefined;
    if (!form.values.place && only) form.setFieldValue('place', String(only.id));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [myHouses.length]);

  if (!staff && myHouses.length === 0) return <Alert color="yellow">{t('serviceRequests.noHouse')}</Alert>;

  const places = [
    ...myHouses.map((house) => ({ value: String(house.id), label: `${t('serviceRequests.fields.house')} ${house.house_number}` })),
    { value: COMMON, label: t('serviceRequests.commonArea') },
  ];

  async function submit(values: Values) {
    setAlert(null);
    setSending(true);
    try {
      const created = await open.mutateAsync({
        house_id: values.place === COMMON || !values.place ? null : Number(values.place),
        category: values.category as Category,
        title: values.title,
        description: values.description,
        priority: values.priority,
      });
      const failures: string[] = [];
      for (const file of photos) {
        try {
          const prepared = await prepareImage(file);
          await uploadPhoto(created.id, prepared.blob, prepared.name);
        } catch (error) {
          failures.push(problemMessage(error, t));
        }
      }
      if (failures.length > 0) notifyFailure(t('serviceRequests.photosFailed', { count: failures.length, reason: failures[0] }));
      notifySuccess(t('serviceRequests.sent', { number: created.number }));
      void navigate(paths.serviceRequest(created.id));
    } catch (error) {
      const mapped = (field: string, message: string) => form.setFieldError(field === 'house_id' ? 'place' : field, message);
      setAlert(applyApiErrors(error, FIELDS, mapped, t, i18n.language));
    } finally {
      setSending(false);
    }
  }

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} maw={720}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="md">
          {alert ? (
            <Alert color="red" role="alert">
              {alert}
            </Alert>
          ) : null}
          <Select label={t('serviceRequests.fields.place')} data={staff ? [{ value: COMMON, label: t('serviceRequests.commonArea') }, ...places.filter((p) => p.value !== COMMON)] : places} allowDeselect={false} required {...form.getInputProps('place')} />
          <Select
            label={t('serviceRequests.fields.category')}
            data={CATEGORIES.map((value) => ({ value, label: t(`serviceRequests.categories.${value}`) }))}
            allowDeselect={false}
            required
            {...form.getInputProps('category')}
          />
          <TextInput label={t('serviceRequests.fields.title')} placeholder={t('serviceRequests.fields.titlePlaceholder')} maxLength={200} required {...form.getInputProps('title')} />
          <Textarea
            label={t('serviceRequests.fields.description')}
            placeholder={t('serviceRequests.fields.descriptionPlaceholder')}
            autosize
            minRows={4}
            maxLength={5000}
            required
            {...form.getInputProps('description')}
          />
          <Select
            label={t('serviceRequests.fields.priority')}
            data={PRIORITIES.map((value) => ({ value, label: t(`serviceRequests.priorities.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('priority')}
          />
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={500}>
                {t('serviceRequests.fields.photos')}
              </Text>
              <FileButton
                multiple
                accept="image/jpeg,image/png,image/webp"
                onChange={(files) => setPhotos((current) => [...current, ...files].slice(0, MAX_PHOTOS))}
              >
                {(props) => (
                  <Button {...props} variant="default" size="xs" leftSection={<IconCamera size={16} />} disabled={photos.length >= MAX_PHOTOS}>
                    {t('serviceRequests.addPhotos')}
                  </Button>
                )}
              </FileButton>
            </Group>
            <Text size="xs" c="dimmed">
              {t('serviceRequests.photosHint')}
            </Text>
            {photos.length > 0 ? (
              <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="xs">
                {photos.map((file, index) => (
                  <Preview key={`${file.name}-${index}`} file={file} onRemove={() => setPhotos((current) => current.filter((_, i) => i !== index))} />
                ))}
              </SimpleGrid>
            ) : null}
          </Stack>
          <Group justify="flex-end">
            <Button type="submit" loading={sending} fullWidth={false}>
              {t('serviceRequests.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
