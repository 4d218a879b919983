import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { problemMessage } from '@/lib/problem-message';

import { useRequestPasswordReset } from '../api/passwords';

/** Ask for a reset link by email; the answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('validation.email')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await request.mutateAsync(values.email.trim());
      setSentTo(values.email.trim());
    } catch (error) {
      setFormError(problemMessage(error, t));
    }
  });

  if (sentTo) {
    return (
      <Alert color="teal" icon={<IconMailCheck size={18} />} role="status" data-testid="reset-requested" title={t('forgotPassword.sentTitle')}>
        <Text size="sm">{t('forgotPassword.sent', { email: sentTo })}</Text>
      </Alert>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('forgotPassword.title')}>
      <Stack>
        {formError ? <Alert color="red" role="alert">{formError}</Alert> : null}
        <TextInput
          label={t('fields.email')}
          description={t('forgotPassword.emailHint')}
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
        />
        <Button type="submit" loading={request.isPending} fullWidth>
          {t('forgotPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
