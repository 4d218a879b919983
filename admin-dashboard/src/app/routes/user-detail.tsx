import { Anchor, Breadcrumbs, Button, Group } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { NotFoundPage } from '@/components/errors/status-page';
import { PageHeader } from '@/components/page-header';
import { PageLoader, QueryError } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { paths } from '@/config/paths';
import { EraseUserButton } from '@/features/privacy/components/erase-dialog';
import { useUser } from '@/features/users/api/get-user';
import { UserActions } from '@/features/users/components/user-actions';
import { UserDetails } from '@/features/users/components/user-details';
import { Can } from '@/lib/authorization';
import { isApiError } from '@/lib/problem';

export function useUserIdParam(): number | null {
  const { id } = useParams();
  const value = Number(id);
  return Number.isInteger(value) && value > 0 && value <= 2_147_483_647 ? value : null;
}

function UserDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const user = useUser(id);
  if (user.isPending) return <PageLoader />;
  if (isApiError(user.error) && user.error.status === 404) return <NotFoundPage />;
  if (user.isError) return <QueryError error={user.error} onRetry={() => void user.refetch()} />;
  return (
    <>
      <Breadcrumbs mb="sm">
        <Anchor component={Link} to={paths.users} size="sm">
          {t('users.title')}
        </Anchor>
        <span>{user.data.full_name}</span>
      </Breadcrumbs>
      <PageHeader
        title={user.data.full_name}
        actions={
          <Group gap="xs" wrap="wrap">
            <UserActions user={user.data} />
            <Can permission="privacy:manage">
              <EraseUserButton userId={user.data.id} name={user.data.full_name} />
            </Can>
            {/* "Who changed this?": the audit log, filtered to this person. */}
            <Can permission="audit:read">
              <Button component={Link} to={paths.auditOf(user.data.full_name)} variant="subtle" leftSection={<IconListDetails size={16} />}>
                {t('users.auditHistory')}
              </Button>
            </Can>
          </Group>
        }
      />
      <UserDetails user={user.data} />
    </>
  );
}

export function UserDetailRoute() {
  const id = useUserIdParam();
  return <RequirePermission permission="users:read">{id ? <UserDetail id={id} /> : <NotFoundPage />}</RequirePermission>;
}
