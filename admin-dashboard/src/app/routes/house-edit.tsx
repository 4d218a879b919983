import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { NotFoundPage } from '@/components/errors/status-page';
import { PageHeader } from '@/components/page-header';
import { PageLoader, QueryError } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { paths } from '@/config/paths';
import { useHouse, useUpdateHouse } from '@/features/houses/api/houses';
import type { HouseDetail } from '@/features/houses/api/houses';
import { HouseForm, toHouseUpdate } from '@/features/houses/components/house-form';
import { notifySuccess } from '@/lib/notify';
import { isApiError } from '@/lib/problem';

import { useIdParam } from './house-detail';

function EditForm({ house }: { house: HouseDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateHouse(house.id);
  return (
    <>
      <PageHeader title={t('houses.editTitle', { house: house.house_number })} />
      <Paper withBorder radius="md" p="lg">
        <HouseForm
          house={house}
          submitLabel={t('common.save')}
          onCancel={() => void navigate(paths.house(house.id))}
          onSubmit={async (values) => {
            const body = toHouseUpdate(values, house);
            const saved = Object.keys(body).length > 0 ? await update.mutateAsync(body) : house;
            notifySuccess(t('houses.saved', { house: saved.house_number }));
            void navigate(paths.house(house.id));
          }}
        />
      </Paper>
    </>
  );
}

function EditHouse({ id }: { id: number }) {
  const house = useHouse(id);
  if (house.isPending) return <PageLoader />;
  if (isApiError(house.error) && house.error.status === 404) return <NotFoundPage />;
  if (house.isError) return <QueryError error={house.error} onRetry={() => void house.refetch()} />;
  return <EditForm house={house.data} />;
}

export function EditHouseRoute() {
  const id = useIdParam();
  return <RequirePermission permission="houses:write">{id ? <EditHouse id={id} /> : <NotFoundPage />}</RequirePermission>;
}
