import { Alert, Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { paths } from '@/config/paths';
import { useInvitationLetters } from '@/features/houses/api/letters';
import { InvitationLetters } from '@/features/houses/components/invitation-letters';
import { useVillage } from '@/lib/village';

function houseIdsFrom(state: unknown): number[] {
  const ids = (state as { houseIds?: unknown } | null)?.houseIds;
  return Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id) && id > 0) : [];
}

/**
 * Invitation letters for the houses chosen in the list (passed in the
 * navigation state, never the URL: a reload must not silently issue new links).
 */
function Letters() {
  const { t } = useTranslation();
  const location = useLocation();
  const houseIds = houseIdsFrom(location.state);
  const village = useVillage();
  const letters = useInvitationLetters();
  const printable = letters.data?.filter((letter) => letter.invitations.length > 0).length ?? 0;

  return (
    <>
      <Breadcrumbs mb="sm" className="no-print">
        <Anchor component={Link} to={paths.houses} size="sm">
          {t('houses.title')}
        </Anchor>
        <span>{t('letters.title')}</span>
      </Breadcrumbs>
      <div className="no-print">
        <PageHeader
          title={t('letters.title')}
          description={t('letters.description')}
          actions={
            letters.data && printable > 0 ? (
              <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
                {t('letters.print')}
              </Button>
            ) : null
          }
        />
      </div>
      {houseIds.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Stack align="flex-start">
            <Text>{t('letters.noneSelected')}</Text>
            <Button component={Link} to={paths.houses} variant="light">
              {t('letters.backToHouses')}
            </Button>
          </Stack>
        </Paper>
      ) : null}
      {houseIds.length > 0 && !letters.data ? (
        <Paper withBorder p="lg" radius="md" className="no-print">
          <Stack align="flex-start">
            <Text fw={500}>{t('letters.selectedHouses', { count: houseIds.length })}</Text>
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
              {t('letters.warning')}
            </Alert>
            {letters.isError ? <QueryError error={letters.error} /> : null}
            <Group>
              <Button onClick={() => letters.mutate(houseIds)} loading={letters.isPending}>
                {letters.isPending ? t('letters.creating') : t('letters.create')}
              </Button>
              <Button component={Link} to={paths.houses} variant="default">
                {t('letters.backToHouses')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
      {letters.data ? (
        <>
          <Text className="no-print" size="sm" mb="md" data-testid="letters-ready">
            {t('letters.lettersReady', { count: printable })}
          </Text>
          <InvitationLetters letters={letters.data} village={village.data} />
        </>
      ) : null}
    </>
  );
}

export function LettersRoute() {
  return (
    <RequirePermission permission="houses:write">
      <Letters />
    </RequirePermission>
  );
}
