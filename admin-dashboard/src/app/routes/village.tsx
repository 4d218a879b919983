import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { PageLoader, QueryError } from '@/components/page-states';
import { VillageProfileForm, VillageProfileView } from '@/features/village/components/village-profile';
import { useAuthorization } from '@/lib/authorization';
import { useVillage } from '@/lib/village';

/** The village profile: anyone signed in reads it; `village:write` edits it. */
export function VillageRoute() {
  const { t } = useTranslation();
  const { can } = useAuthorization();
  const village = useVillage();
  return (
    <>
      <PageHeader title={village.data?.name_th ?? t('village.title')} description={t('village.description')} />
      {village.isPending ? <PageLoader /> : null}
      {village.isError ? <QueryError error={village.error} onRetry={() => void village.refetch()} /> : null}
      {village.data ? (
        can('village:write') ? (
          <VillageProfileForm key={village.data.updated_at} village={village.data} />
        ) : (
          <VillageProfileView village={village.data} />
        )
      ) : null}
    </>
  );
}
