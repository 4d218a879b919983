import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { CertificatesList } from '@/features/certificates/components/certificates-list';
import { VerifyCertificate } from '@/features/certificates/components/verify-certificate';

import { FinanceGuard } from './finance-guard';

export function CertificatesRoute() {
  const { t } = useTranslation();
  return (
    <FinanceGuard>
      <PageHeader title={t('certificates.title')} description={t('certificates.description')} />
      <Stack gap="md">
        <VerifyCertificate />
        <CertificatesList />
      </Stack>
    </FinanceGuard>
  );
}
