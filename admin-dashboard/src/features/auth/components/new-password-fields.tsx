import { PasswordInput, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { PasswordPolicyHint } from '@/components/password-policy';

export interface NewPasswordValues {
  new_password: string;
  confirm: string;
}

/** A new password twice, with the rules shown first (sign-up, set-password, the forced change). */
export function NewPasswordFields<T extends NewPasswordValues>({ form, label }: { form: UseFormReturnType<T>; label?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <PasswordPolicyHint />
      <PasswordInput label={label ?? t('fields.newPassword')} autoComplete="new-password" required {...form.getInputProps('new_password')} />
      <PasswordInput label={t('fields.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
    </Stack>
  );
}

export function newPasswordRules(t: (key: string) => string) {
  return {
    new_password: (value: string) => (value ? null : t('validation.required')),
    confirm: (value: string, values: NewPasswordValues) => (value === values.new_password ? null : t('account.passwordsDiffer')),
  };
}
