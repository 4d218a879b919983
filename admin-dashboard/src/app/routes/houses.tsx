import { Button, Group, Text } from '@mantine/core';
import { IconFileImport, IconMail, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { paths } from '@/config/paths';
import { ExportMenu } from '@/features/houses/components/export-menu';
import { HousesTable } from '@/features/houses/components/houses-table';
import { seesEveryHouse } from '@/features/houses/policies';
import { useAuth } from '@/lib/auth/auth-provider';
import { Can, useAuthorization } from '@/lib/authorization';

function Houses() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuthorization();
  // The houses picked for invitation letters; kept across pages and filters until the letters are made.
  const [selected, setSelected] = useState<Set<number>>(new Set());
  return (
    <>
      <PageHeader
        title={t('houses.title')}
        description={t('houses.description')}
        actions={
          <Group gap="xs" wrap="wrap">
            <ExportMenu />
            <Can permission="houses:write">
              <Button component={Link} to={paths.importHouses} variant="default" leftSection={<IconFileImport size={16} />}>
                {t('houses.import')}
              </Button>
              <Button component={Link} to={paths.newHouse} leftSection={<IconPlus size={16} />}>
                {t('houses.new')}
              </Button>
            </Can>
          </Group>
        }
      />
      {can('houses:write') && selected.size > 0 ? (
        <Group mb="sm" gap="sm" data-testid="selection-bar">
          <Text size="sm" fw={500}>
            {t('houses.selected', { count: selected.size })}
          </Text>
          <Button
            size="xs"
            leftSection={<IconMail size={14} />}
            onClick={() => void navigate(paths.letters, { state: { houseIds: [...selected] } })}
          >
            {t('houses.letters')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setSelected(new Set())}>
            {t('common.cancel')}
          </Button>
        </Group>
      ) : null}
      <HousesTable selected={can('houses:write') ? selected : undefined} onSelect={can('houses:write') ? setSelected : undefined} />
    </>
  );
}

export function HousesRoute() {
  const { user } = useAuth();
  // A resident's houses:read reaches their own houses: their page is My home, not the registry.
  if (user && !seesEveryHouse(user)) return <Navigate to={paths.myHome} replace />;
  return (
    <RequirePermission permission="houses:read">
      <Houses />
    </RequirePermission>
  );
}
