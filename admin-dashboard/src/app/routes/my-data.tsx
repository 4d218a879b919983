import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { MyData } from '@/features/privacy/components/my-data';

export function MyDataRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('privacy.myDataTitle')} description={t('privacy.myDataDescription')} />
      <MyData />
    </>
  );
}
