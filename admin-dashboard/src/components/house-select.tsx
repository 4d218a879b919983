/**
 * Pick houses by number or owner (the houses list's `q`), for the finance
 * pages: one house (record a payment) or several (bill only some houses).
 */
import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

function useHouseOptions(search: string) {
  const [q] = useDebouncedValue(search.trim(), 250);
  const query = { page: 1, per_page: 50, sort: 'house_number' as const, ...(q ? { q } : {}) };
  const houses = useQuery({
    queryKey: queryKeys.houses.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/houses', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  return {
    options: (houses.data?.items ?? []).map((house) => ({ value: String(house.id), label: house.house_number })),
    loading: houses.isFetching,
  };
}

interface HouseSelectProps {
  label: string;
  placeholder?: string;
  value: number | null;
  onChange: (houseId: number | null, houseNumber: string | null) => void;
  error?: string | null;
  required?: boolean;
}

export function HouseSelect({ label, placeholder, value, onChange, error, required }: HouseSelectProps) {
  const [search, setSearch] = useState('');
  const { options } = useHouseOptions(search);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={data}
      value={value === null ? null : String(value)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      onChange={(next, option) => {
        setChosen(option ?? null);
        onChange(next === null ? null : Number(next), option?.label ?? null);
      }}
      nothingFoundMessage="—"
      error={error}
      required={required}
      clearable
      data-testid="house-select"
    />
  );
}

export function HouseMultiSelect({ label, description, placeholder, value, onChange }: { label: string; description?: string; placeholder?: string; value: number[]; onChange: (ids: number[]) => void }) {
  const [search, setSearch] = useState('');
  const { options } = useHouseOptions(search);
  const [known, setKnown] = useState<Record<string, string>>({});
  const selected = value.map(String);
  const data = [...selected.filter((id) => !options.some((o) => o.value === id)).map((id) => ({ value: id, label: known[id] ?? id })), ...options];
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={placeholder}
      data={data}
      value={selected}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      onChange={(ids) => {
        setKnown((prev) => ({ ...prev, ...Object.fromEntries(options.map((o) => [o.value, o.label])) }));
        onChange(ids.map(Number));
      }}
      clearable
      data-testid="house-multiselect"
    />
  );
}
