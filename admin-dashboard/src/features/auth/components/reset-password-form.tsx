import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { applyApiErrors } from '@/lib/form-errors';
import { isApiError } from '@/lib/problem';

import { useConfirmPasswordReset } from '../api/passwords';
import { NewPasswordFields, newPasswordRules } from './new-password-fields';

/** Choose a new password with a mailed reset link's token; a used or expired link offers to ask for a new one. */
export function ResetPasswordForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const confirm = useConfirmPasswordReset();
  const [formError, setFormError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const form = useForm({ mode: 'controlled', initialValues: { new_password: '', confirm: '' }, validate: newPasswordRules(t) });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await confirm.mutateAsync({ token, password: values.new_password });
      onDone();
    } catch (error) {
      if (isApiError(error) && error.status === 401) setInvalid(true);
      else setFormError(applyApiErrors(error, ['new_password'], form.setFieldError, t, i18n.language));
    }
  });

  if (invalid) {
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="link-invalid">
        {t('resetPassword.invalid')}{' '}
        <Anchor component={Link} to={paths.forgotPassword}>
          {t('resetPassword.askAgain')}
        </Anchor>
      </Alert>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('resetPassword.title')}>
      <Stack>
        {formError ? <Alert color="red" role="alert">{formError}</Alert> : null}
        <NewPasswordFields form={form} />
        <Button type="submit" loading={confirm.isPending} fullWidth>
          {t('resetPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
