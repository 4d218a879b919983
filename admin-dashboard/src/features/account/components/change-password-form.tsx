import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PasswordPolicyHint } from '@/components/password-policy';
import { applyApiErrors } from '@/lib/form-errors';
import { notifySuccess } from '@/lib/notify';

import { useChangePassword } from '../api/profile';

const FIELDS = ['current_password', 'new_password'];

export function ChangePasswordForm() {
  const { t, i18n } = useTranslation();
  const change = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { current_password: '', new_password: '', confirm: '' },
    validate: {
      current_password: (value) => (value ? null : t('validation.required')),
      new_password: (value) => (value ? null : t('validation.required')),
      confirm: (value, values) => (value === values.new_password ? null : t('account.passwordsDiffer')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await change.mutateAsync({ current_password: values.current_password, new_password: values.new_password });
      form.reset();
      notifySuccess(t('account.passwordChanged'));
    } catch (error) {
      setFormError(applyApiErrors(error, FIELDS, form.setFieldError, t, i18n.language));
    }
  });

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} size="h4" mb={4}>
        {t('account.changePassword')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('account.changePasswordHint')}
      </Text>
      <form onSubmit={submit} noValidate aria-label={t('account.changePassword')}>
        <Stack>
          {formError ? <Alert color="red" role="alert">{formError}</Alert> : null}
          <PasswordPolicyHint />
          <PasswordInput label={t('fields.currentPassword')} autoComplete="current-password" required {...form.getInputProps('current_password')} />
          <PasswordInput label={t('fields.newPassword')} autoComplete="new-password" required {...form.getInputProps('new_password')} />
          <PasswordInput label={t('fields.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending}>
              {t('account.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
