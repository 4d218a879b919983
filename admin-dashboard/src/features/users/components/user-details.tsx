import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { RoleBadge, StatusBadge } from '@/components/badges';
import { formatDateTime } from '@/lib/format';

import type { User } from '../api/get-users';
import { isLocked } from './users-table';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children || '—'}</div>
    </Stack>
  );
}

export function UserDetails({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const locked = isLocked(user.locked_until);
  return (
    <Paper withBorder radius="md" p="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
        <Field label={t('fields.email')}>{user.email}</Field>
        <Field label={t('fields.role')}>
          <RoleBadge role={user.role} />
        </Field>
        <Field label={t('fields.status')}>
          <StatusBadge status={user.status} locked={locked} />
        </Field>
        <Field label={t('fields.phone')}>{user.phone}</Field>
        <Field label={t('fields.houseNumber')}>{user.house_number}</Field>
        <Field label={t('fields.nationalId')}>{user.national_id}</Field>
        <Field label={t('fields.address')}>{user.address}</Field>
        <Field label={t('fields.lastLogin')}>{formatDateTime(user.last_login_at, lang)}</Field>
        <Field label={t('fields.createdAt')}>{formatDateTime(user.created_at, lang)}</Field>
        <Field label={t('fields.updatedAt')}>{formatDateTime(user.updated_at, lang)}</Field>
        {locked ? <Field label={t('fields.lockedUntil')}>{formatDateTime(user.locked_until, lang)}</Field> : null}
      </SimpleGrid>
    </Paper>
  );
}
