import { Button } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { paths } from '@/config/paths';
import { UsersTable } from '@/features/users/components/users-table';
import { Can } from '@/lib/authorization';

export function UsersRoute() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="users:read">
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          <Can permission="users:write">
            <Button component={Link} to={paths.newUser} leftSection={<IconUserPlus size={16} />}>
              {t('users.new')}
            </Button>
          </Can>
        }
      />
      <UsersTable />
    </RequirePermission>
  );
}
