import { Anchor, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigation } from 'react-router';

import { DataTable } from '@/components/data-table';
import type { Column } from '@/components/data-table';
import { paths } from '@/config/paths';
import { formatNumber } from '@/lib/format';

import { useHouses, useZones } from '../api/houses';
import type { House, HouseSort } from '../api/houses';
import { OCCUPANCIES, PLOT_TYPES, useHousesListState } from '../hooks/use-houses-list-state';
import { formatArea } from '../utils/format';
import { FlagBadge, OccupancyBadge, PlotTypeLabel } from './house-badges';
import { BalanceCell } from './house-details';

type SortField = Exclude<HouseSort, `-${string}`>;

function Filters() {
  const { t } = useTranslation();
  const { query, update } = useHousesListState();
  const zones = useZones();
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
        label={t('houses.search')}
        placeholder={t('houses.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        style={{ flex: '1 1 220px' }}
        type="search"
      />
      <Select
        label={t('houses.fields.zone')}
        placeholder={t('houses.anyZone')}
        data={zones.data ?? (query.zone ? [query.zone] : [])}
        value={query.zone ?? null}
        onChange={(value) => update({ zone: value })}
        clearable
        searchable
        w={{ base: '100%', xs: 120 }}
      />
      <Select
        label={t('houses.fields.occupancy')}
        placeholder={t('houses.anyOccupancy')}
        data={OCCUPANCIES.map((value) => ({ value, label: t(`houses.occupancies.${value}`) }))}
        value={query.occupancy ?? null}
        onChange={(value) => update({ occupancy: value })}
        clearable
        w={{ base: '100%', xs: 175 }}
      />
      <Select
        label={t('houses.fields.plot_type')}
        placeholder={t('houses.anyPlotType')}
        data={PLOT_TYPES.map((value) => ({ value, label: t(`houses.plotTypes.${value}`) }))}
        value={query.plot_type ?? null}
        onChange={(value) => update({ plot_type: value })}
        clearable
        w={{ base: '100%', xs: 170 }}
      />
      <Select
        label={t('houses.archivedFilter')}
        data={[
          { value: 'false', label: t('houses.currentOnly') },
          { value: 'true', label: t('houses.archivedOnly') },
        ]}
        value={query.archived ? 'true' : 'false'}
        onChange={(value) => update({ archived: value === 'true' ? 'true' : null })}
        allowDeselect={false}
        w={{ base: '100%', xs: 165 }}
      />
    </Group>
  );
}

interface HousesTableProps {
  selected?: ReadonlySet<number>;
  onSelect?: (next: Set<number>) => void;
}

export function HousesTable({ selected, onSelect }: HousesTableProps) {
  const { t, i18n } = useTranslation();
  const { query, update, toggleSort, pageSizes } = useHousesListState();
  const houses = useHouses(query);
  const byId = new Map((houses.data?.items ?? []).map((house) => [house.id, house]));

  const columns: Column<House, SortField>[] = [
    {
      key: 'house',
      header: t('houses.fields.house_number'),
      sortField: 'house_number',
      noWrap: true,
      cell: (house) => (
        <Stack gap={0}>
          <Anchor component={Link} to={paths.house(house.id)} fw={600} data-testid="house-number">
            {house.house_number}
          </Anchor>
          {house.plot_number ? (
            <Text size="xs" c="dimmed">
              {t('houses.fields.plot_number')} {house.plot_number}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    { key: 'zone', header: t('houses.fields.zone'), sortField: 'zone', cell: (house) => house.zone ?? '—' },
    { key: 'occupancy', header: t('houses.fields.occupancy'), noWrap: true, cell: (house) => <OccupancyBadge occupancy={house.occupancy} /> },
    { key: 'plot', header: t('houses.fields.plot_type'), noWrap: true, cell: (house) => <PlotTypeLabel plotType={house.plot_type} /> },
    {
      key: 'area',
      header: t('houses.fields.land_area_sq_wah'),
      sortField: 'land_area_sq_wah',
      noWrap: true,
      cell: (house) => formatArea(house.land_area_sq_wah, i18n.language),
    },
    {
      key: 'balance',
      header: t('houses.balance'),
      noWrap: true,
      cell: (house) => <BalanceCell satang={house.balance_satang} />,
    },
    {
      key: 'flags',
      header: '',
      cell: (house) => (
        <Group gap={4} wrap="nowrap">
          {house.archived_at ? <FlagBadge label={t('houses.archived')} /> : null}
          {house.developer_owned ? <FlagBadge label={t('houses.developerOwned')} color="grape" /> : null}
        </Group>
      ),
    },
  ];

  return (
    <Paper withBorder radius="md" p="md">
      <Filters />
      <DataTable
        label={t('houses.tableLabel')}
        testId="houses-table"
        columns={columns}
        rows={houses.data?.items}
        isPending={houses.isPending}
        isFetching={houses.isFetching}
        error={houses.error}
        onRetry={() => void houses.refetch()}
        empty={{ title: t('houses.emptyTitle'), hint: t('houses.emptyHint') }}
        sort={query.sort}
        onSort={toggleSort}
        total={houses.data?.total ?? 0}
        totalLabel={t('houses.total', { count: houses.data?.total ?? 0, formatted: formatNumber(houses.data?.total ?? 0, i18n.language) })}
        page={query.page}
        perPage={query.per_page}
        pageSizes={pageSizes}
        onPage={(page) => update({ page }, false)}
        onPerPage={(perPage) => update({ per_page: perPage })}
        selection={
          selected && onSelect
            ? {
                selected,
                onChange: onSelect,
                rowLabel: (id) => t('houses.selectHouse', { house: byId.get(id)?.house_number ?? id }),
                allLabel: t('houses.selectAll'),
              }
            : undefined
        }
      />
    </Paper>
  );
}
