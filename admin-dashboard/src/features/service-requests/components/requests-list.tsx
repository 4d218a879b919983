/**
 * The list of requests: the office's queue (a table with filters) or a
 * resident's own requests (cards that read well on a phone). The API decides
 * who sees what; this shows what it returns.
 */
import { Anchor, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigation } from 'react-router';

import { DataTable } from '@/components/data-table';
import type { Column } from '@/components/data-table';
import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth/auth-provider';
import { formatDateTime, formatNumber } from '@/lib/format';

import { useServiceRequests } from '../api/service-requests';
import type { ServiceRequest } from '../api/service-requests';
import { AGES, ASSIGNED, toApiQuery, useRequestsListState } from '../hooks/use-requests-list-state';
import { CATEGORIES, PRIORITIES, STATUSES } from '../policies';
import { PriorityBadge, RequestStatusBadge } from './badges';

type SortField = 'created_at' | 'updated_at' | 'priority' | 'number';

function Filters() {
  const { t } = useTranslation();
  const { query, update } = useRequestsListState();
  const [search, setSearch] = useState(query.q ?? '');
  const [debounced] = useDebouncedValue(search, 350);
  const navigation = useNavigation();

  useEffect(() => {
    if (navigation.state !== 'idle') return;
    if ((query.q ?? '') !== debounced.trim()) update({ q: debounced.trim() });
    // only when the typed text settles
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const statusValue = query.status ?? (query.open ? 'open' : null);
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        label={t('serviceRequests.filters.search')}
        placeholder={t('serviceRequests.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        style={{ flex: '1 1 200px' }}
        type="search"
      />
      <Select
        label={t('serviceRequests.fields.status')}
        placeholder={t('serviceRequests.filters.anyStatus')}
        data={[
          { value: 'open', label: t('serviceRequests.filters.openOnly') },
          ...STATUSES.map((value) => ({ value, label: t(`serviceRequests.statuses.${value}`) })),
        ]}
        value={statusValue}
        onChange={(value) => update(value === 'open' ? { open: true, status: null } : { status: value, open: null })}
        clearable
        w={{ base: '100%', xs: 170 }}
      />
      <Select
        label={t('serviceRequests.fields.category')}
        placeholder={t('serviceRequests.filters.anyCategory')}
        data={CATEGORIES.map((value) => ({ value, label: t(`serviceRequests.categories.${value}`) }))}
        value={query.category ?? null}
        onChange={(value) => update({ category: value })}
        clearable
        w={{ base: '100%', xs: 180 }}
      />
      <Select
        label={t('serviceRequests.fields.priority')}
        placeholder={t('serviceRequests.filters.anyPriority')}
        data={PRIORITIES.map((value) => ({ value, label: t(`serviceRequests.priorities.${value}`) }))}
        value={query.priority ?? null}
        onChange={(value) => update({ priority: value })}
        clearable
        w={{ base: '100%', xs: 140 }}
      />
      <Select
        label={t('serviceRequests.filters.assignee')}
        placeholder={t('serviceRequests.filters.anyone')}
        data={ASSIGNED.map((value) => ({ value, label: t(`serviceRequests.filters.${value}`) }))}
        value={query.assigned ?? null}
        onChange={(value) => update({ assigned: value })}
        clearable
        w={{ base: '100%', xs: 150 }}
      />
      <Select
        label={t('serviceRequests.filters.age')}
        placeholder={t('serviceRequests.filters.anyAge')}
        data={AGES.map((value) => ({ value, label: t('serviceRequests.filters.ageDays', { count: Number(value) }) }))}
        value={query.age ?? null}
        onChange={(value) => update({ age: value })}
        clearable
        w={{ base: '100%', xs: 160 }}
      />
    </Group>
  );
}

export function RequestsQueue() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const { query, update, toggleSort, pageSizes } = useRequestsListState();
  const requests = useServiceRequests(toApiQuery(query, user?.id));

  const columns: Column<ServiceRequest, SortField>[] = [
    {
      key: 'number',
      header: t('serviceRequests.fields.number'),
      sortField: 'number',
      noWrap: true,
      cell: (request) => (
        <Anchor component={Link} to={paths.serviceRequest(request.id)} fw={600} data-testid="request-number">
          {request.number}
        </Anchor>
      ),
    },
    {
      key: 'title',
      header: t('serviceRequests.fields.title'),
      cell: (request) => (
        <Stack gap={0}>
          <Text size="sm" fw={500} lineClamp={2}>
            {request.title}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`serviceRequests.categories.${request.category}`)} ·{' '}
            {request.house ? request.house.house_number : t('serviceRequests.commonArea')}
          </Text>
        </Stack>
      ),
    },
    { key: 'status', header: t('serviceRequests.fields.status'), noWrap: true, cell: (request) => <RequestStatusBadge status={request.status} /> },
    {
      key: 'priority',
      header: t('serviceRequests.fields.priority'),
      sortField: 'priority',
      noWrap: true,
      visibleFrom: 'sm',
      cell: (request) => <PriorityBadge priority={request.priority} />,
    },
    {
      key: 'assignee',
      header: t('serviceRequests.fields.assignee'),
      visibleFrom: 'md',
      cell: (request) => request.assignee?.full_name ?? t('serviceRequests.unassignedShort'),
    },
    {
      key: 'created',
      header: t('serviceRequests.fields.createdAt'),
      sortField: 'created_at',
      noWrap: true,
      visibleFrom: 'sm',
      cell: (request) => formatDateTime(request.created_at, i18n.language),
    },
  ];

  const total = requests.data?.total ?? 0;
  return (
    <Paper withBorder radius="md" p="md">
      <Filters />
      <DataTable
        label={t('serviceRequests.tableLabel')}
        testId="requests-table"
        columns={columns}
        rows={requests.data?.items}
        isPending={requests.isPending}
        isFetching={requests.isFetching}
        error={requests.error}
        onRetry={() => void requests.refetch()}
        empty={{ title: t('serviceRequests.emptyTitle'), hint: t('serviceRequests.emptyHint') }}
        sort={query.sort}
        onSort={toggleSort}
        total={total}
        totalLabel={t('serviceRequests.total', { count: total, formatted: formatNumber(total, i18n.language) })}
        page={query.page}
        perPage={query.per_page}
        pageSizes={pageSizes}
        onPage={(page) => update({ page }, false)}
        onPerPage={(perPage) => update({ per_page: perPage })}
      />
    </Paper>
  );
}

/** A resident's own requests, newest first, as cards (a phone's width). */
export function MyRequests() {
  const { t, i18n } = useTranslation();
  const requests = useServiceRequests({ page: 1, per_page: 50, sort: '-created_at' });
  if (requests.isPending) return <PageLoader />;
  if (requests.error) return <QueryError error={requests.error} onRetry={() => void requests.refetch()} />;
  if (requests.data.items.length === 0) return <EmptyState title={t('serviceRequests.myEmpty')} />;
  return (
    <Stack gap="sm" data-testid="my-requests">
      {requests.data.items.map((request) => (
        <Paper key={request.id} withBorder radius="md" p="md" component={Link} to={paths.serviceRequest(request.id)} style={{ textDecoration: 'none', color: 'inherit' }} data-testid="my-request">
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fw={600} lineClamp={2}>
                {request.title}
              </Text>
              <Text size="xs" c="dimmed">
                {request.number} · {t(`serviceRequests.categories.${request.category}`)} · {formatDateTime(request.created_at, i18n.language)}
              </Text>
            </Stack>
            <RequestStatusBadge status={request.status} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
