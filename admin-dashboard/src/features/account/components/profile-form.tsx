import { Alert, Button, Grid, Group, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Me } from '@/lib/auth/api';
import { applyApiErrors } from '@/lib/form-errors';
import { notifySuccess } from '@/lib/notify';

import { useUpdateProfile } from '../api/profile';
import type { ProfileUpdate } from '../api/profile';

const FIELDS = ['full_name', 'phone', 'national_id', 'email', 'current_password'];

export function ProfileForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      full_name: me.full_name,
      phone: me.phone ?? '',
      national_id: me.national_id ?? '',
      email: me.email ?? '',
      current_password: '',
    },
    validate: {
      full_name: (value) => (value.trim() ? null : t('validation.required')),
      email: (value, values) => {
        if (!value.trim()) return values.phone.trim() ? null : t('users.identifierNeeded');
        return /^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('validation.email');
      },
      current_password: (value, values) => (identifierChanged(values) && !value ? t('account.passwordForEmail') : null),
    },
  });
  // What one signs in with: changing either needs the current password (the API checks it as a sign-in).
  const identifierChanged = (values: { email: string; phone: string }) =>
    values.email.trim() !== (me.email ?? '') || values.phone.trim() !== (me.phone ?? '');
  const needsPassword = identifierChanged(form.values);

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const body: ProfileUpdate = {};
    if (values.full_name.trim() !== me.full_name) body.full_name = values.full_name.trim();
    if (values.phone.trim() !== (me.phone ?? '')) body.phone = values.phone.trim() || null;
    if (values.national_id.trim() !== (me.national_id ?? '')) body.national_id = values.national_id.trim() || null;
    if (values.email.trim() !== (me.email ?? '')) body.email = values.email.trim() || null;
    if (identifierChanged(values)) body.current_password = values.current_password;
    try {
      const saved = await update.mutateAsync(body);
      form.setValues({
        full_name: saved.full_name,
        phone: saved.phone ?? '',
        national_id: saved.national_id ?? '',
        email: saved.email ?? '',
        current_password: '',
      });
      form.resetDirty();
      notifySuccess(t('account.profileSaved'));
    } catch (error) {
      setFormError(applyApiErrors(error, FIELDS, form.setFieldError, t, i18n.language));
    }
  });

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} size="h4" mb="md">
        {t('account.profile')}
      </Title>
      <form onSubmit={submit} noValidate aria-label={t('account.profile')}>
        <Stack>
          {formError ? <Alert color="red" role="alert">{formError}</Alert> : null}
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('fields.fullName')} required autoComplete="name" {...form.getInputProps('full_name')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('fields.phone')} type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('fields.nationalId')} inputMode="numeric" {...form.getInputProps('national_id')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('fields.email')} type="email" autoComplete="email" {...form.getInputProps('email')} />
            </Grid.Col>
            {needsPassword ? (
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <PasswordInput
                  label={t('fields.currentPassword')}
                  description={t('account.passwordForEmail')}
                  autoComplete="current-password"
                  required
                  {...form.getInputProps('current_password')}
                />
              </Grid.Col>
            ) : null}
          </Grid>
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {t('account.saveProfile')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
