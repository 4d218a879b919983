import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { paths } from '@/config/paths';
import { useCreateHouse } from '@/features/houses/api/houses';
import { HouseForm, toHouseCreate } from '@/features/houses/components/house-form';
import { notifySuccess } from '@/lib/notify';

function NewHouse() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateHouse();
  return (
    <>
      <PageHeader title={t('houses.newTitle')} />
      <Paper withBorder radius="md" p="lg">
        <HouseForm
          submitLabel={t('houses.create')}
          onCancel={() => void navigate(paths.houses)}
          onSubmit={async (values) => {
            const house = await create.mutateAsync(toHouseCreate(values));
            notifySuccess(t('houses.created', { house: house.house_number }));
            void navigate(paths.house(house.id));
          }}
        />
      </Paper>
    </>
  );
}

export function NewHouseRoute() {
  return (
    <RequirePermission permission="houses:write">
      <NewHouse />
    </RequirePermission>
  );
}
