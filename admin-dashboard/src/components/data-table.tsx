/**
 * The list pages' table: sortable headers that stay on one line, optional row
 * selection, the total, the page size and the pages — the same everywhere.
 * Loading, errors and "nothing matches" are shown in its place.
 */
import { Checkbox, Group, Pagination, Select, Table, Text, UnstyledButton } from '@mantine/core';
import type { MantineBreakpoint } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState, PageLoader, QueryError } from './page-states';

export interface Column<T, S extends string = string> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  sortField?: S;
  visibleFrom?: MantineBreakpoint;
  noWrap?: boolean;
}

interface Selection {
  selected: ReadonlySet<number>;
  onChange: (next: Set<number>) => void;
  rowLabel: (id: number) => string;
  allLabel: string;
}

interface DataTableProps<T extends { id: number }, S extends string> {
  label: string;
  columns: Column<T, S>[];
  rows: T[] | undefined;
  isPending: boolean;
  isFetching?: boolean;
  error: unknown;
  onRetry: () => void;
  empty: { title: string; hint?: string };
  sort?: string;
  onSort?: (field: S) => void;
  total: number;
  totalLabel: string;
  page: number;
  perPage: number;
  pageSizes: readonly number[];
  onPage: (page: number) => void;
  onPerPage: (perPage: number) => void;
  selection?: Selection;
  minWidth?: number;
  testId?: string;
}

function SortHeader({ label, field, sort, onSort, visibleFrom }: { label: string; field: string; sort?: string; onSort: () => void; visibleFrom?: MantineBreakpoint }) {
  const { t } = useTranslation();
  const direction = sort === field ? 'ascending' : sort === `-${field}` ? 'descending' : 'none';
  const Icon = direction === 'ascending' ? IconArrowUp : direction === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th aria-sort={direction} visibleFrom={visibleFrom}>
      <UnstyledButton onClick={onSort} aria-label={t('common.sortBy', { column: label })}>
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

export function DataTable<T extends { id: number }, S extends string>(props: DataTableProps<T, S>) {
  const { t } = useTranslation();
  const { rows, columns, selection, sort, onSort } = props;
  if (props.isPending) return <PageLoader />;
  if (props.error && !rows) return <QueryError error={props.error} onRetry={props.onRetry} />;
  if (!rows || rows.length === 0) return <EmptyState title={props.empty.title}>{props.empty.hint}</EmptyState>;

  const totalPages = Math.max(1, Math.ceil(props.total / props.perPage));
  const pageIds = rows.map((row) => row.id);
  const allSelected = selection ? pageIds.every((id) => selection.selected.has(id)) : false;
  const someSelected = selection ? pageIds.some((id) => selection.selected.has(id)) : false;
  const toggle = (ids: number[], on: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    ids.forEach((id) => (on ? next.add(id) : next.delete(id)));
    selection.onChange(next);
  };

  return (
    <>
      <Table.ScrollContainer minWidth={props.minWidth ?? 640}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={props.label} aria-busy={props.isFetching} data-testid={props.testId}>
          <Table.Thead>
            <Table.Tr>
              {selection ? (
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={selection.allLabel}
                    checked={allSelected}
                    indeterminate={someSelected && !allSelected}
                    onChange={(event) => toggle(pageIds, event.currentTarget.checked)}
                  />
                </Table.Th>
              ) : null}
              {columns.map((column) =>
                column.sortField && onSort ? (
                  <SortHeader
                    key={column.key}
                    label={column.header}
                    field={column.sortField}
                    sort={sort}
                    onSort={() => onSort(column.sortField as S)}
                    visibleFrom={column.visibleFrom}
                  />
                ) : (
                  <Table.Th key={column.key} visibleFrom={column.visibleFrom} style={{ whiteSpace: 'nowrap' }}>
                    {column.header}
                  </Table.Th>
                ),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                {selection ? (
                  <Table.Td>
                    <Checkbox
                      aria-label={selection.rowLabel(row.id)}
                      checked={selection.selected.has(row.id)}
                      onChange={(event) => toggle([row.id], event.currentTarget.checked)}
                    />
                  </Table.Td>
                ) : null}
                {columns.map((column) => (
                  <Table.Td key={column.key} visibleFrom={column.visibleFrom} style={column.noWrap ? { whiteSpace: 'nowrap' } : undefined}>
                    {column.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" mt="md" wrap="wrap" gap="sm">
        <Text size="sm" c="dimmed" data-testid="list-total">
          {props.totalLabel}
        </Text>
        <Group gap="sm" wrap="wrap">
          <Select
            aria-label={t('common.perPage')}
            data={props.pageSizes.map((size) => ({ value: String(size), label: t('common.perPageOption', { count: size }) }))}
            value={String(props.perPage)}
            onChange={(value) => value && props.onPerPage(Number(value))}
            allowDeselect={false}
            w={130}
            size="xs"
          />
          <Pagination
            total={totalPages}
            value={props.page}
            onChange={props.onPage}
            size="sm"
            getControlProps={(control) => ({
              'aria-label': control === 'next' ? t('common.nextPage') : control === 'previous' ? t('common.previousPage') : undefined,
            })}
          />
        </Group>
      </Group>
    </>
  );
}
