import { Alert, Button, Group, Paper, Select, Stack, Switch, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Me } from '@/lib/auth/api';
import { applyApiErrors } from '@/lib/form-errors';
import { notifySuccess } from '@/lib/notify';

import { useUpdateProfile } from '../api/profile';

type MailLanguage = Me['language'];

// Each language named in itself: a person finds theirs whatever the page's language.
const LANGUAGE_OPTIONS: { value: MailLanguage; label: string }[] = [
  { value: 'th', label: 'ไทย' },
  { value: 'en', label: 'English' },
];

/** The language of one's email and the opt-out of non-essential email (PATCH /auth/me). */
export function MailSettingsForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { language: me.language, email_opt_out: me.email_opt_out },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await update.mutateAsync({ language: values.language, email_opt_out: values.email_opt_out });
      form.setValues({ language: saved.language, email_opt_out: saved.email_opt_out });
      form.resetDirty();
      notifySuccess(t('account.mailSaved'));
    } catch (error) {
      setFormError(applyApiErrors(error, ['language', 'email_opt_out'], form.setFieldError, t, i18n.language));
    }
  });

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} size="h4" mb="md">
        {t('account.mail')}
      </Title>
      <form onSubmit={submit} noValidate aria-label={t('account.mail')}>
        <Stack>
          {formError ? <Alert color="red" role="alert">{formError}</Alert> : null}
          <Select
            label={t('account.mailLanguage')}
            description={t('account.mailLanguageHint')}
            data={LANGUAGE_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps('language')}
          />
          <Switch
            label={t('account.optOut')}
            description={t('account.optOutHint')}
            {...form.getInputProps('email_opt_out', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              {t('account.saveMail')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
