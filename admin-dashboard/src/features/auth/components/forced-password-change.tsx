import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { useAuth } from '@/lib/auth/auth-provider';
import { applyApiErrors } from '@/lib/form-errors';
import { notifySuccess } from '@/lib/notify';

import { useReplaceInitialPassword } from '../api/passwords';
import { NewPasswordFields, newPasswordRules } from './new-password-fields';

/**
 * After signing in with a first password from the office, the API answers
 * every other request 403 password-change-required: this screen is all there
 * is until the person chooses their own.
 */
export function ForcedPasswordChange() {
  const { t, i18n } = useTranslation();
  const { user, signOut } = useAuth();
  const change = useReplaceInitialPassword();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { current_password: '', new_password: '', confirm: '' },
    validate: { current_password: (value) => (value ? null : t('validation.required')), ...newPasswordRules(t) },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await change.mutateAsync({ current_password: values.current_password, new_password: values.new_password });
      notifySuccess(t('forcedChange.done'));
    } catch (error) {
      setFormError(applyApiErrors(error, ['current_password', 'new_password'], form.setFieldError, t, i18n.language));
    }
  });

  return (
    <AuthLayout
      title={t('forcedChange.title')}
      subtitle={user?.full_name}
      width={440}
      footer={
        <Button variant="subtle" onClick={() => void signOut()} mx="auto">
          {t('forcedChange.signOut')}
        </Button>
      }
    >
      <Text size="sm" mb="md">
        {t('forcedChange.body')}
      </Text>
      <form onSubmit={submit} noValidate aria-label={t('forcedChange.title')}>
        <Stack>
          {formError ? <Alert color="red" role="alert">{formError}</Alert> : null}
          <PasswordInput label={t('forcedChange.current')} autoComplete="current-password" required {...form.getInputProps('current_password')} />
          <NewPasswordFields form={form} />
          <Button type="submit" loading={change.isPending} fullWidth>
            {t('forcedChange.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
