import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { applyApiErrors } from '@/lib/form-errors';
import { isApiError } from '@/lib/problem';

import { useSetPasswordWithToken } from '../api/passwords';
import { NewPasswordFields, newPasswordRules } from './new-password-fields';

/** Choose a password with a set-password link's token; a used or expired link says to ask the office for a new one. */
export function SetPasswordForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const setPassword = useSetPasswordWithToken();
  const [formError, setFormError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const form = useForm({ mode: 'controlled', initialValues: { new_password: '', confirm: '' }, validate: newPasswordRules(t) });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await setPassword.mutateAsync({ token, password: values.new_password });
      onDone();
    } catch (error) {
      if (isApiError(error) && error.status === 401) setInvalid(true);
      else setFormError(applyApiErrors(error, ['new_password'], form.setFieldError, t, i18n.language));
    }
  });

  if (invalid) {
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="link-invalid">
        {t('setPassword.invalid')}
      </Alert>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('setPassword.title')}>
      <Stack>
        {formError ? <Alert color="red" role="alert">{formError}</Alert> : null}
        <NewPasswordFields form={form} />
        <Button type="submit" loading={setPassword.isPending} fullWidth>
          {t('setPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
