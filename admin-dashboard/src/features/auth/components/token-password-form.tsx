import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { applyApiErrors } from '@/lib/form-errors';
import { isApiError } from '@/lib/problem';

import { useConfirmPasswordReset, useSetPasswordWithToken } from '../api/passwords';
import { NewPasswordFields, newPasswordRules } from './new-password-fields';

/**
 * What a one-time link is for: `setPassword`, a letter's link from the office
 * (POST /auth/set-password), or `resetPassword`, a mailed reset link (POST
 * /auth/password-reset/confirm). Each names its locale namespace.
 */
export type TokenPurpose = 'setPassword' | 'resetPassword';

/**
 * Choose a password with a one-time link's token. A used or expired link says
 * so: a letter's to ask the office for a new one, a reset's with a link to ask again.
 */
export function TokenPasswordForm({ purpose, token, onDone }: { purpose: TokenPurpose; token: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const setPassword = useSetPasswordWithToken();
  const confirmReset = useConfirmPasswordReset();
  const mutation = purpose === 'setPassword' ? setPassword : confirmReset;
  const [formError, setFormError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const form = useForm({ mode: 'controlled', initialValues: { new_password: '', confirm: '' }, validate: newPasswordRules(t) });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await mutation.mutateAsync({ token, password: values.new_password });
      onDone();
    } catch (error) {
      if (isApiError(error) && error.status === 401) setInvalid(true);
      else setFormError(applyApiErrors(error, ['new_password'], form.setFieldError, t, i18n.language));
    }
  });

  if (invalid) {
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="link-invalid">
        {t(`${purpose}.invalid`)}
        {purpose === 'resetPassword' ? (
          <>
            {' '}
            <Anchor component={Link} to={paths.forgotPassword}>
              {t('resetPassword.askAgain')}
            </Anchor>
          </>
        ) : null}
      </Alert>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t(`${purpose}.title`)}>
      <Stack>
        {formError ? <Alert color="red" role="alert">{formError}</Alert> : null}
        <NewPasswordFields form={form} />
        <Button type="submit" loading={mutation.isPending} fullWidth>
          {t(`${purpose}.submit`)}
        </Button>
      </Stack>
    </form>
  );
}
