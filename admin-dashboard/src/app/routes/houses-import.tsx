import { Anchor, Breadcrumbs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { paths } from '@/config/paths';
import { ImportWizard } from '@/features/houses/components/import-wizard';

export function ImportHousesRoute() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="houses:write">
      <Breadcrumbs mb="sm">
        <Anchor component={Link} to={paths.houses} size="sm">
          {t('houses.title')}
        </Anchor>
        <span>{t('imports.title')}</span>
      </Breadcrumbs>
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      <ImportWizard />
    </RequirePermission>
  );
}
