import { Alert, Button, Grid, Group, PasswordInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PasswordPolicyHint } from '@/components/password-policy';
import { ROLES, STATUSES } from '@/config/constants';
import { useAuth } from '@/lib/auth/auth-provider';
import { useAuthorization } from '@/lib/authorization';
import { applyApiErrors } from '@/lib/form-errors';

import type { User } from '../api/get-users';
import type { UserCreate, UserUpdate } from '../api/manage-users';
import { isMasked } from '../utils/national-id';
import { ownsPassword } from '../policies';
import { NationalId } from './national-id';
import { useUserPermissions } from './user-actions';

export interface UserFormValues {
  email: string;
  full_name: string;
  phone: string;
  address: string;
  national_id: string;
  role: string;
  status: string;
  password: string;
}

export const USER_FORM_FIELDS = Object.keys({
  email: 0, full_name: 0, phone: 0, address: 0, national_id: 0, role: 0, status: 0, password: 0,
} satisfies Record<keyof UserFormValues, 0>);

const OPTIONAL = ['email', 'phone', 'address', 'national_id'] as const;
// The API masks national IDs ("*********0708"): the edit form starts empty and
// sends a number only when one is typed, so the mask is never saved back.
// A house number is no longer the user's: it comes from the houses they are a member of.
const EDITABLE_OPTIONAL = ['email', 'phone', 'address'] as const;

function initialValues(user: User | undefined, defaultRole: string): UserFormValues {
  return {
    email: user?.email ?? '',
    full_name: user?.full_name ?? '',
    phone: user?.phone ?? '',
    address: user?.address ?? '',
    national_id: '',
    role: user?.role ?? defaultRole,
    status: user?.status ?? 'active',
    password: '',
  };
}

/** The body of POST /api/v1/users: optional fields left empty are not sent (no password: a set-password link later). */
export function toCreateBody(values: UserFormValues): UserCreate {
  const body: UserCreate = {
    full_name: values.full_name.trim(),
    role: values.role as UserCreate['role'],
    status: values.status as UserCreate['status'],
  };
  for (const key of OPTIONAL) {
    const value = values[key].trim();
    if (value) body[key] = value;
  }
  if (values.password) body.password = values.password;
  return body;
}

/** The body of PATCH /api/v1/users/{id}: only what changed; an emptied optional field becomes null. Never a password. */
export function toUpdateBody(values: UserFormValues, user: User): UserUpdate {
  const body: UserUpdate = {};
  if (values.full_name.trim() !== user.full_name) body.full_name = values.full_name.trim();
  if (values.role !== user.role) body.role = values.role as UserUpdate['role'];
  if (values.status !== user.status) body.status = values.status as UserUpdate['status'];
  for (const key of EDITABLE_OPTIONAL) {
    const value = values[key].trim();
    if (value !== (user[key] ?? '')) body[key] = value || null;
  }
  const nationalId = values.national_id.trim();
  if (nationalId && !isMasked(nationalId)) body.national_id = nationalId;
  return body;
}

/** The number on record, masked, with Show for those who may see it in full. */
function OnRecord({ user }: { user: User }) {
  const { t } = useTranslation();
  const allowed = useUserPermissions(user);
  return (
    <Group gap="xs" mt={4} wrap="wrap">
      <Text size="xs" c="dimmed">
        {t('users.nationalIdOnRecord')}
      </Text>
      <NationalId key={user.updated_at} user={user} canReveal={allowed.edit} />
    </Group>
  );
}

interface UserFormProps {
  user?: User;
  submitLabel: string;
  onSubmit: (values: UserFormValues) => Promise<unknown>;
  onCancel: () => void;
}

export function UserForm({ user, submitLabel, onSubmit, onCancel }: UserFormProps) {
  const { t, i18n } = useTranslation();
  const { user: me } = useAuth();
  const { assignableRoles } = useAuthorization();
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const isSelf = Boolean(user && me && user.id === me.id);
  const defaultRole = assignableRoles.includes('resident') ? 'resident' : (assignableRoles[0] ?? 'resident');

  // Someone who chose their own password owns what they sign in with (the API answers 409 has_password).
  const identifiersLocked = Boolean(user && !isSelf && ownsPassword(user));

  const form = useForm<UserFormValues>({
    mode: 'controlled',
    initialValues: initialValues(user, defaultRole),
    validate: {
      email: (value, values) => {
        if (!value.trim()) return values.phone.trim() ? null : t('users.identifierNeeded');
        return /^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('validation.email');
      },
      full_name: (value) => (value.trim() ? null : t('validation.required')),
    },
  });

  const roleOptions = ROLES.filter((role) => assignableRoles.includes(role) || role === user?.role).map((role) => ({
    value: role,
    label: t(`roles.${role}`),
    disabled: !assignableRoles.includes(role),
  }));

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setFormError(applyApiErrors(error, USER_FORM_FIELDS, form.setFieldError, t, i18n.language));
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {formError ? (
          <Alert color="red" role="alert" data-testid="form-error">
            {formError}
          </Alert>
        ) : null}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('fields.fullName')} required autoComplete="off" {...form.getInputProps('full_name')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('fields.email')}
              type="email"
              autoComplete="off"
              disabled={identifiersLocked}
              description={identifiersLocked ? t('users.identifierLocked', { name: user?.full_name }) : t('users.identifierHint')}
              {...form.getInputProps('email')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label={t('fields.role')}
              data={roleOptions}
              allowDeselect={false}
              disabled={isSelf}
              description={isSelf ? t('users.ownRoleLocked') : t('users.roleHint')}
              {...form.getInputProps('role')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label={t('fields.status')}
              data={STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
              allowDeselect={false}
              disabled={isSelf}
              {...form.getInputProps('status')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('fields.phone')} type="tel" autoComplete="off" disabled={identifiersLocked} {...form.getInputProps('phone')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('fields.address')} autosize minRows={2} {...form.getInputProps('address')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('fields.nationalId')}
              inputMode="numeric"
              autoComplete="off"
              placeholder={user?.national_id ?? undefined}
              description={user?.national_id ? t('users.nationalIdReplaceHint') : t('users.nationalIdHint')}
              {...form.getInputProps('national_id')}
            />
            {user?.national_id ? <OnRecord user={user} /> : null}
          </Grid.Col>
          {user ? null : (
            // Nobody sets or learns the password of an existing account: set-password links do that.
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <PasswordInput
                label={t('users.initialPassword')}
                description={t('users.initialPasswordHint')}
                autoComplete="new-password"
                {...form.getInputProps('password')}
              />
              <PasswordPolicyHint id="user-form-policy" />
            </Grid.Col>
          )}
        </Grid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
