import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconClockHour4 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth/auth-provider';
import { isApiError, problemTypes } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';

import type { TFunction } from 'i18next';

/** Why sign-in failed, in words that never reveal which accounts exist. */
export function signInErrorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.status === 401) return t('signIn.wrongCredentials');
    if (error.status === 403 && error.problem.type === problemTypes.accountNotActive) {
      return error.problem.detail.toLowerCase().includes('approval')
        ? t('signIn.pending')
        : t('signIn.inactive');
    }
  }
  return problemMessage(error, t);
}

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { identifier: '', password: '' },
    validate: {
      identifier: (value) => (value.trim() ? null : t('signIn.identifierRequired')),
      password: (value) => (value ? null : t('signIn.passwordRequired')),
    },
  });
  const [submitting, setSubmitting] = useState(false);

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    setError(null);
    try {
      await signIn(values.identifier.trim(), values.password);
      onSignedIn();
    } catch (caught) {
      setError(caught);
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  });

  const rateLimited = isApiError(error) && error.status === 429;
  return (
    <form onSubmit={submit} noValidate aria-label={t('signIn.title')}>
      <Stack>
        {error ? (
          <Alert
            color={rateLimited ? 'yellow' : 'red'}
            icon={rateLimited ? <IconClockHour4 size={18} /> : <IconAlertCircle size={18} />}
            role="alert"
            data-testid="sign-in-error"
          >
            {signInErrorMessage(error, t)}
          </Alert>
        ) : null}
        {/* One field: an email or a phone number (lib/identifier.ts decides which to send). */}
        <TextInput
          label={t('signIn.identifier')}
          description={t('signIn.identifierHint')}
          type="text"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          {...form.getInputProps('identifier')}
        />
        <PasswordInput
          label={t('fields.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end" mt={-8}>
          <Anchor component={Link} to={paths.forgotPassword} size="sm">
            {t('signIn.forgot')}
          </Anchor>
        </Group>
        <Button type="submit" loading={submitting} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
