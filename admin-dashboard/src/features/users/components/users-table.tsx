import { Anchor, Group, Pagination, Paper, Select, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import type { MantineBreakpoint } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigation } from 'react-router';

import { RoleBadge, StatusBadge } from '@/components/badges';
import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { ROLES, STATUSES } from '@/config/constants';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { formatPhone } from '@/lib/phone';

import { useUsers } from '../api/get-users';
import { useUsersQueryState, SORTABLE } from '../hooks/use-users-query-state';

type SortField = (typeof SORTABLE)[number];

export function isLocked(lockedUntil: string | null | undefined, now = Date.now()): boolean {
  return Boolean(lockedUntil && Date.parse(lockedUntil) > now);
}

interface SortHeaderProps {
  field: SortField;
  label: string;
  sort: string;
  onSort: (f: SortField) => void;
  visibleFrom?: MantineBreakpoint;
}

function SortHeader({ field, label, sort, onSort, visibleFrom }: SortHeaderProps) {
  const { t } = useTranslation();
  const direction = sort === field ? 'ascending' : sort === `-${field}` ? 'descending' : 'none';
  const Icon = direction === 'ascending' ? IconArrowUp : direction === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th aria-sort={direction} visibleFrom={visibleFrom}>
      <UnstyledButton onClick={() => onSort(field)} aria-label={t('users.sortBy', { column: label })}>
        <Group gap={4} wrap="nowrap">
          {/* One line: Thai headers have no spaces to break at, and a split word reads wrong. */}
          <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
            {label}
          </Text>
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function Filters() {
  const { t } = useTranslation();
  const { query, update } = useUsersQueryState();
  const [search, setSearch] = useState(query.q ?? '');
  const [debounced] = useDebouncedValue(search, 350);
  const navigation = useNavigation();

  useEffect(() => {
    // Not while leaving the page: a late search would cancel the navigation away (to a lazily loaded page).
    if (navigation.state !== 'idle') return;
    if ((query.q ?? '') !== debounced.trim()) update({ q: debounced.trim() });
    // only when the typed text settles
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        label={t('users.search')}
        placeholder={t('users.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        style={{ flex: '1 1 220px' }}
        type="search"
      />
      <Select
        label={t('fields.role')}
        placeholder={t('users.anyRole')}
        data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={query.role ?? null}
        onChange={(value) => update({ role: value })}
        clearable
        w={{ base: '100%', xs: 190 }}
      />
      <Select
        label={t('fields.status')}
        placeholder={t('users.anyStatus')}
        data={STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        value={query.status ?? null}
        onChange={(value) => update({ status: value })}
        clearable
        w={{ base: '100%', xs: 150 }}
      />
      <Select
        label={t('users.lockout')}
        placeholder={t('users.anyLockout')}
        data={[
          { value: 'true', label: t('users.lockedOnly') },
          { value: 'false', label: t('users.unlockedOnly') },
        ]}
        value={query.locked === undefined || query.locked === null ? null : String(query.locked)}
        onChange={(value) => update({ locked: value })}
        clearable
        w={{ base: '100%', xs: 160 }}
      />
    </Group>
  );
}

export function UsersTable() {
  const { t, i18n } = useTranslation();
  const { query, update, toggleSort, pageSizes } = useUsersQueryState();
  const users = useUsers(query);
  const sort = query.sort ?? '-created_at';
  const perPage = query.per_page ?? 20;
  const totalPages = users.data ? Math.max(1, Math.ceil(users.data.total / perPage)) : 1;

  return (
    <Paper withBorder radius="md" p="md">
      <Filters />
      {users.isPending ? <PageLoader /> : null}
      {users.isError ? <QueryError error={users.error} onRetry={() => void users.refetch()} /> : null}
      {users.data && users.data.items.length === 0 ? (
        <EmptyState title={t('users.emptyTitle')}>{t('users.emptyHint')}</EmptyState>
      ) : null}
      {users.data && users.data.items.length > 0 ? (
        <>
          <Table.ScrollContainer minWidth={680}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('users.tableLabel')} aria-busy={users.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader field="full_name" label={t('fields.fullName')} sort={sort} onSort={toggleSort} />
                  <SortHeader field="role" label={t('fields.role')} sort={sort} onSort={toggleSort} />
                  <SortHeader field="status" label={t('fields.status')} sort={sort} onSort={toggleSort} />
                  <SortHeader field="house_number" label={t('fields.houseNumber')} sort={sort} onSort={toggleSort} />
                  <SortHeader field="last_login_at" label={t('fields.lastLogin')} sort={sort} onSort={toggleSort} />
                  {/* The creation date (also on each user's page) makes room below 1200 px. */}
                  <SortHeader field="created_at" label={t('fields.createdAt')} sort={sort} onSort={toggleSort} visibleFrom="lg" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.items.map((user) => (
                  <Table.Tr key={user.id}>
                    {/* Name, email and phone together: the table fits a 1024 px screen beside the menu. */}
                    <Table.Td>
                      <Anchor component={Link} to={paths.user(user.id)} fw={500} data-testid="user-name">
                        {user.full_name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {user.email}
                      </Text>
                      {user.phone ? (
                        <Text size="xs" c="dimmed" data-testid="user-phone">
                          {formatPhone(user.phone)}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <RoleBadge role={user.role} />
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={user.status} locked={isLocked(user.locked_until)} />
                    </Table.Td>
                    <Table.Td>{user.house_number ?? '—'}</Table.Td>
                    <Table.Td>{formatDateTime(user.last_login_at, i18n.language)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }} visibleFrom="lg">
                      {formatDate(user.created_at, i18n.language)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between" mt="md" wrap="wrap" gap="sm">
            <Text size="sm" c="dimmed" data-testid="users-total">
              {t('users.total', { count: users.data.total, formatted: formatNumber(users.data.total, i18n.language) })}
            </Text>
            <Group gap="sm" wrap="wrap">
              <Select
                aria-label={t('users.perPage')}
                data={pageSizes.map((size) => ({ value: String(size), label: t('users.perPageOption', { count: size }) }))}
                value={String(perPage)}
                onChange={(value) => update({ per_page: value })}
                allowDeselect={false}
                w={130}
                size="xs"
              />
              <Pagination
                total={totalPages}
                value={query.page ?? 1}
                onChange={(page) => update({ page }, false)}
                size="sm"
                getControlProps={(control) => ({
                  'aria-label': control === 'next' ? t('common.nextPage') : control === 'previous' ? t('common.previousPage') : undefined,
                })}
              />
            </Group>
          </Group>
        </>
      ) : null}
    </Paper>
  );
}
