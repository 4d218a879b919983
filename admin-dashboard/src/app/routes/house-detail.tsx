import { Anchor, Breadcrumbs, Grid, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { NotFoundPage } from '@/components/errors/status-page';
import { PageHeader } from '@/components/page-header';
import { PageLoader, QueryError } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { paths } from '@/config/paths';
import { ClearanceCertificateButton } from '@/features/certificates/components/clearance-certificate';
import { useHouse } from '@/features/houses/api/houses';
import { HouseActions } from '@/features/houses/components/house-actions';
import { HouseDetails } from '@/features/houses/components/house-details';
import { MembersPanel } from '@/features/houses/components/members-panel';
import { isApiError } from '@/lib/problem';

export function useIdParam(): number | null {
  const { id } = useParams();
  const value = Number(id);
  return Number.isInteger(value) && value > 0 && value <= 2_147_483_647 ? value : null;
}

function HouseDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const house = useHouse(id);
  if (house.isPending) return <PageLoader />;
  if (isApiError(house.error) && house.error.status === 404) return <NotFoundPage />;
  if (house.isError) return <QueryError error={house.error} onRetry={() => void house.refetch()} />;
  const title = t('houses.house', { house: house.data.house_number });
  return (
    <>
      <Breadcrumbs mb="sm">
        <Anchor component={Link} to={paths.houses} size="sm">
          {t('houses.title')}
        </Anchor>
        <span>{title}</span>
      </Breadcrumbs>
      <PageHeader
        title={title}
        actions={
          <Group gap="xs" wrap="wrap">
            {house.data.archived_at ? null : <ClearanceCertificateButton house={house.data} />}
            <HouseActions house={house.data} />
          </Group>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <HouseDetails house={house.data} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <MembersPanel houseId={id} houseNumber={house.data.house_number} archived={Boolean(house.data.archived_at)} />
        </Grid.Col>
      </Grid>
    </>
  );
}

export function HouseDetailRoute() {
  const id = useIdParam();
  return <RequirePermission permission="houses:read">{id ? <HouseDetail id={id} /> : <NotFoundPage />}</RequirePermission>;
}
