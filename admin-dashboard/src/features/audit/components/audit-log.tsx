import { Group, Pagination, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { formatNumber } from '@/lib/format';

import { useAuditEvents } from '../api/get-audit-events';
import { AUDIT_PER_PAGE, useAuditQueryState } from '../hooks/use-audit-query-state';
import { AuditCard, AuditRow, AuditTableHead } from './audit-event-views';
import { AuditFilters } from './audit-filters';

export function AuditLog() {
  const { t, i18n } = useTranslation();
  const state = useAuditQueryState();
  const events = useAuditEvents(state.query);
  // Six columns do not fit a phone: there each event is a card.
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const totalPages = events.data ? Math.max(1, Math.ceil(events.data.total / AUDIT_PER_PAGE)) : 1;
  const lang = i18n.language;

  return (
    <Paper withBorder radius="md" p="md">
      <AuditFilters state={state} />
      {events.isPending ? <PageLoader /> : null}
      {events.isError ? <QueryError error={events.error} onRetry={() => void events.refetch()} /> : null}
      {events.data && events.data.items.length === 0 ? <EmptyState title={t('audit.empty')}>{t('audit.emptyHint')}</EmptyState> : null}
      {events.data && events.data.items.length > 0 ? (
        <>
          {phone ? (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('audit.tableLabel')}>
              {events.data.items.map((event) => (
                <AuditCard key={event.id} event={event} />
              ))}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table striped verticalSpacing="xs" aria-label={t('audit.tableLabel')} aria-busy={events.isFetching}>
                <AuditTableHead />
                <Table.Tbody>
                  {events.data.items.map((event) => (
                    <AuditRow key={event.id} event={event} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group justify="space-between" mt="md" wrap="wrap">
            <Text size="sm" c="dimmed" data-testid="audit-total">
              {t('audit.total', { count: events.data.total, formatted: formatNumber(events.data.total, lang) })}
            </Text>
            <Pagination
              total={totalPages}
              value={state.query.page ?? 1}
              onChange={(page) => state.update({ page }, false)}
              size="sm"
              getControlProps={(control) => ({
                'aria-label': control === 'next' ? t('common.nextPage') : control === 'previous' ? t('common.previousPage') : undefined,
              })}
            />
          </Group>
        </>
      ) : null}
    </Paper>
  );
}
