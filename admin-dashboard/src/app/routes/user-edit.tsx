import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ForbiddenPage, NotFoundPage } from '@/components/errors/status-page';
import { PageHeader } from '@/components/page-header';
import { PageLoader, QueryError } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { paths } from '@/config/paths';
import { useUser } from '@/features/users/api/get-user';
import { useUpdateUser } from '@/features/users/api/manage-users';
import { useUserPermissions } from '@/features/users/components/user-actions';
import { toUpdateBody, UserForm } from '@/features/users/components/user-form';
import type { User } from '@/features/users/api/get-users';
import { notifySuccess } from '@/lib/notify';
import { isApiError } from '@/lib/problem';

import { useUserIdParam } from './user-detail';

function EditForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateUser(user.id);
  const allowed = useUserPermissions(user);
  if (!allowed.edit) return <ForbiddenPage />;
  return (
    <>
      <PageHeader title={t('users.editTitle', { name: user.full_name })} />
      <Paper withBorder radius="md" p="lg">
        <UserForm
          user={user}
          submitLabel={t('common.save')}
          onCancel={() => void navigate(paths.user(user.id))}
          onSubmit={async (values) => {
            const body = toUpdateBody(values, user);
            if (Object.keys(body).length > 0) await update.mutateAsync(body);
            notifySuccess(t('users.saved', { name: values.full_name.trim() }));
            void navigate(paths.user(user.id));
          }}
        />
      </Paper>
    </>
  );
}

function EditUser({ id }: { id: number }) {
  const user = useUser(id);
  if (user.isPending) return <PageLoader />;
  if (isApiError(user.error) && user.error.status === 404) return <NotFoundPage />;
  if (user.isError) return <QueryError error={user.error} onRetry={() => void user.refetch()} />;
  return <EditForm user={user.data} />;
}

export function EditUserRoute() {
  const id = useUserIdParam();
  return <RequirePermission permission="users:write">{id ? <EditUser id={id} /> : <NotFoundPage />}</RequirePermission>;
}
