import { Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHome } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { useAuth } from '@/lib/auth/auth-provider';

import { useMyHouses } from '../api/my-houses';
import type { MyHouse } from '../api/my-houses';
import { sortMembers } from '../policies';
import { formatArea } from '../utils/format';
import { Balance } from './house-details';
import { OccupancyBadge, PrimaryContactBadge, RelationBadge } from './house-badges';
import { PersonLine } from './members-panel';

function HouseCard({ house, myId }: { house: MyHouse; myId: number | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={t('myHome.house', { house: house.house_number })} data-testid="my-house-card">
      <Stack gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start" justify="space-between">
          <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
            <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
              <IconHome size={24} />
            </ThemeIcon>
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Title order={2} fz={22} lh={1.3} data-testid="my-house">
                {t('myHome.house', { house: house.house_number })}
              </Title>
              <Group gap={6} wrap="wrap">
                {house.zone ? (
                  <Text size="sm" c="dimmed">
                    {t('houses.fields.zone')} {house.zone}
                  </Text>
                ) : null}
                <OccupancyBadge occupancy={house.occupancy} />
              </Group>
            </Stack>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2 }} spacing="sm">
          <Balance satang={house.balance_satang} />
          <Stack gap={0}>
            <Text size="xs" c="dimmed" fw={600}>
              {t('houses.fields.land_area_sq_wah')}
            </Text>
            <Text fw={600}>{house.land_area_sq_wah === null ? '—' : t('houses.areaSqWah', { value: formatArea(house.land_area_sq_wah, i18n.language) })}</Text>
            {house.plot_number ? (
              <Text size="xs" c="dimmed">
                {t('houses.fields.plot_number')} {house.plot_number}
              </Text>
            ) : null}
          </Stack>
        </SimpleGrid>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('myHome.members')}
          </Text>
          {sortMembers(house.members).map((member) => (
            <Paper key={member.id} withBorder radius="sm" p="sm" data-testid="my-house-member">
              <Stack gap={6}>
                <PersonLine member={member} linkToUser={false} />
                <Group gap={6} wrap="wrap">
                  <RelationBadge relation={member.relation} />
                  {member.is_primary_contact ? <PrimaryContactBadge /> : null}
                  {member.user.id === myId ? (
                    <Text size="xs" c="dimmed">
                      ({t('myHome.you')})
                    </Text>
                  ) : null}
                </Group>
              </Stack>
            </Paper>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

/** A resident's houses (GET /api/v1/me/houses), made for a 375 px phone first. */
export function MyHouses() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const houses = useMyHouses();
  if (houses.isPending) return <PageLoader />;
  if (houses.isError) return <QueryError error={houses.error} onRetry={() => void houses.refetch()} />;
  if (houses.data.length === 0) {
    return (
      <Paper withBorder radius="md" p="lg" data-testid="my-house-none">
        <EmptyState title={t('myHome.title')}>{t('myHome.none')}</EmptyState>
      </Paper>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, md: houses.data.length > 1 ? 2 : 1 }} spacing="md" maw={houses.data.length > 1 ? undefined : 720}>
      {houses.data.map((house) => (
        <HouseCard key={house.id} house={house} myId={user?.id} />
      ))}
    </SimpleGrid>
  );
}
