import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { RoleBadge, StatusBadge } from '@/components/badges';
import { formatDateTime } from '@/lib/format';
import { formatPhone, phoneHref } from '@/lib/phone';

import type { User } from '../api/get-users';
import { ownsPassword } from '../policies';
import { NationalId } from './national-id';
import { useUserPermissions } from './user-actions';
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
  const allowed = useUserPermissions(user);
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
        <Field label={t('fields.phone')}>
          {user.phone ? (
            <Anchor href={phoneHref(user.phone)} data-testid="user-phone">
              {formatPhone(user.phone)}
            </Anchor>
          ) : null}
        </Field>
        {/* Read-only: the houses this person is a current member of (set on the houses' pages). */}
        <Field label={t('users.houses')}>
          {user.house_number ? <Text data-testid="user-houses">{user.house_number}</Text> : <Text c="dimmed" size="sm">{t('users.housesHint')}</Text>}
        </Field>
        <Field label={t('users.password')}>
          <Text size="sm" data-testid="user-password-state">
            {ownsPassword(user) ? t('users.passwordOwn') : user.has_password ? t('users.passwordInitial') : t('users.passwordNone')}
          </Text>
        </Field>
        <Field label={t('fields.nationalId')}>
          {/* The API masks it; those who may edit the account may ask for the full number. */}
          <NationalId key={user.updated_at} user={user} canReveal={allowed.edit} />
        </Field>
        <Field label={t('fields.address')}>{user.address}</Field>
        <Field label={t('fields.lastLogin')}>{formatDateTime(user.last_login_at, lang)}</Field>
        <Field label={t('fields.createdAt')}>{formatDateTime(user.created_at, lang)}</Field>
        <Field label={t('fields.updatedAt')}>{formatDateTime(user.updated_at, lang)}</Field>
        {locked ? <Field label={t('fields.lockedUntil')}>{formatDateTime(user.locked_until, lang)}</Field> : null}
      </SimpleGrid>
    </Paper>
  );
}
