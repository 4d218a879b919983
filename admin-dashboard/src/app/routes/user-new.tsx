import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { paths } from '@/config/paths';
import { useCreateUser } from '@/features/users/api/manage-users';
import { toCreateBody, UserForm } from '@/features/users/components/user-form';
import { notifySuccess } from '@/lib/notify';

function NewUser() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();
  return (
    <>
      <PageHeader title={t('users.newTitle')} />
      <Paper withBorder radius="md" p="lg">
        <UserForm
          submitLabel={t('users.create')}
          onCancel={() => void navigate(paths.users)}
          onSubmit={async (values) => {
            const user = await create.mutateAsync(toCreateBody(values));
            notifySuccess(t('users.created', { name: user.full_name }));
            void navigate(paths.user(user.id));
          }}
        />
      </Paper>
    </>
  );
}

export function NewUserRoute() {
  return (
    <RequirePermission permission="users:write">
      <NewUser />
    </RequirePermission>
  );
}
