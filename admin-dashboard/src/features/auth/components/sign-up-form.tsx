import { Alert, Button, Divider, Grid, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PasswordPolicyHint } from '@/components/password-policy';
import { applyApiErrors } from '@/lib/form-errors';
import { looksLikeEmail } from '@/lib/identifier';
import { isApiError, problemTypes } from '@/lib/problem';
import type { components } from '@/types/api.gen';

import { useRegister } from '../api/passwords';
import type { RegisterRequest, RegisteredUser } from '../api/passwords';

type Relation = components['schemas']['Relation'];
const RELATIONS: Relation[] = ['owner', 'co_owner', 'tenant', 'family', 'agent'];
const FIELDS = ['full_name', 'email', 'phone', 'password', 'house_number', 'relation'];

export interface SignUpValues {
  full_name: string;
  email: string;
  phone: string;
  password: string;
  confirm: string;
  house_number: string;
  relation: string | null;
}

/** The body of POST /auth/register: empty optional fields left out; the house and the relation together or not at all. */
export function toRegisterBody(values: SignUpValues): RegisterRequest {
  const body: RegisterRequest = { full_name: values.full_name.trim(), password: values.password };
  if (values.email.trim()) body.email = values.email.trim();
  if (values.phone.trim()) body.phone = values.phone.trim();
  if (values.house_number.trim() && values.relation) {
    body.house_number = values.house_number.trim();
    body.relation = values.relation as Relation;
  }
  return body;
}

function Done({ user, house }: { user: RegisteredUser; house: string | null }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="signed-up">
      <Stack gap={4}>
        <Text size="sm">{user.status === 'pending' ? t('signUp.createdPending') : t('signUp.createdActive')}</Text>
        {house ? <Text size="sm">{t('signUp.houseRequested', { house })}</Text> : null}
      </Stack>
    </Alert>
  );
}

export function SignUpForm() {
  const { t, i18n } = useTranslation();
  const register = useRegister();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<{ user: RegisteredUser; house: string | null } | null>(null);
  const form = useForm<SignUpValues>({
    mode: 'controlled',
    initialValues: { full_name: '', email: '', phone: '', password: '', confirm: '', house_number: '', relation: null },
    validate: {
      full_name: (value) => (value.trim() ? null : t('validation.required')),
      email: (value, values) => {
        if (!value.trim()) return values.phone.trim() ? null : t('signUp.identifierNeeded');
        return looksLikeEmail(value) ? null : t('validation.email');
      },
      password: (value) => (value ? null : t('validation.required')),
      confirm: (value, values) => (value === values.password ? null : t('account.passwordsDiffer')),
      relation: (value, values) => (Boolean(value) !== Boolean(values.house_number.trim()) ? t('signUp.houseAndRelation') : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const body = toRegisterBody(values);
    try {
      const user = await register.mutateAsync(body);
      setDone({ user, house: body.house_number ?? null });
    } catch (error) {
      if (isApiError(error) && error.problem.type === problemTypes.registrationClosed) setFormError(t('signUp.closed'));
      else setFormError(applyApiErrors(error, FIELDS, form.setFieldError, t, i18n.language));
    }
  });

  if (done) return <Done user={done.user} house={done.house} />;
  return (
    <form onSubmit={submit} noValidate aria-label={t('signUp.title')}>
      <Stack>
        {formError ? (
          <Alert color="red" role="alert" data-testid="sign-up-error">
            {formError}
          </Alert>
        ) : null}
        <TextInput label={t('fields.fullName')} required autoComplete="name" {...form.getInputProps('full_name')} />
        <Text size="xs" c="dimmed">
          {t('signUp.identifierHint')}
        </Text>
        <TextInput label={t('fields.email')} type="email" autoComplete="email" {...form.getInputProps('email')} />
        <TextInput label={t('signUp.phone')} type="tel" autoComplete="tel" placeholder="081-234-5678" {...form.getInputProps('phone')} />
        <PasswordPolicyHint />
        <PasswordInput label={t('fields.password')} required autoComplete="new-password" {...form.getInputProps('password')} />
        <PasswordInput label={t('signUp.confirm')} required autoComplete="new-password" {...form.getInputProps('confirm')} />
        <Divider label={t('signUp.houseSection')} labelPosition="left" mt="xs" />
        <Text size="xs" c="dimmed">
          {t('signUp.houseHint')}
        </Text>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, xs: 6 }}>
            <TextInput label={t('signUp.houseNumber')} placeholder="99/123" {...form.getInputProps('house_number')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xs: 6 }}>
            <Select
              label={t('signUp.relation')}
              data={RELATIONS.map((relation) => ({ value: relation, label: t(`signUp.relations.${relation}`) }))}
              clearable
              {...form.getInputProps('relation')}
            />
          </Grid.Col>
        </Grid>
        <Button type="submit" loading={register.isPending} fullWidth>
          {t('signUp.submit')}
        </Button>
      </Stack>
    </form>
  );
}
