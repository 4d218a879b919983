/**
 * "Debt-clearance certificate" on a house's page: issued at once when the
 * house owes nothing; disabled, with what it owes, otherwise (the API also
 * refuses with 409 `has_arrears`). The new certificate's PDF is offered.
 */
import { Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { formatSatangBaht } from '@/components/money';
import { useAuth } from '@/lib/auth/auth-provider';
import { formatIsoDay } from '@/lib/format';
import { notifyFailure } from '@/lib/notify';
import { isApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';

import { useDownloadCertificatePdf, useIssueCertificate } from '../api/certificates';
import type { CertificateRead } from '../api/certificates';
import { canIssueCertificate } from '../policies';

interface House {
  id: number;
  house_number: string;
  balance_satang?: number;
}

function Issued({ certificate }: { certificate: CertificateRead }) {
  const { t, i18n } = useTranslation();
  const pdf = useDownloadCertificatePdf();
  return (
    <Stack gap="xs" data-testid="certificate-issued">
      <Text size="sm">
        {t('certificates.issuedBody', { number: certificate.number, until: formatIsoDay(certificate.valid_until, i18n.language) })}
      </Text>
      <Group>
        <Button size="sm" loading={pdf.isPending} onClick={() => pdf.mutate(certificate, { onError: (e) => notifyFailure(problemMessage(e, t)) })}>
          {t('certificates.pdf')}
        </Button>
      </Group>
    </Stack>
  );
}

export function ClearanceCertificateButton({ house }: { house: House }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const issue = useIssueCertificate(house.id);
  if (!canIssueCertificate(user)) return null;
  const owes = (house.balance_satang ?? 0) > 0;
  const owed = formatSatangBaht(house.balance_satang ?? 0, i18n.language);
  const ask = () =>
    modals.openConfirmModal({
      title: t('certificates.issueTitle', { house: house.house_number }),
      children: <Text size="sm">{t('certificates.issueHint')}</Text>,
      labels: { confirm: t('certificates.issue'), cancel: t('common.cancel') },
      onConfirm: () =>
        issue.mutate(undefined, {
          onSuccess: (certificate) => modals.open({ title: t('certificates.issuedTitle'), children: <Issued certificate={certificate} /> }),
          onError: (e) => notifyFailure(isApiError(e) && e.code === 'has_arrears' ? t('certificates.hasArrears') : problemMessage(e, t)),
        }),
    });
  const button = (
    <Button variant="default" leftSection={<IconCertificate size={16} />} disabled={owes} loading={issue.isPending} onClick={ask} data-testid="clearance-certificate">
      {owes ? t('certificates.owes', { amount: owed }) : t('certificates.action')}
    </Button>
  );
  return owes ? <Tooltip label={t('certificates.owesHint', { amount: owed })}><span>{button}</span></Tooltip> : button;
}
