/** Verify a certificate by its number: who it is for, when it was issued, and whether it is valid today. */
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatIsoDay } from '@/lib/format';
import { isApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';

import { useVerifyCertificate } from '../api/certificates';
import { normalizeCertificateNumber } from '../policies';

export function VerifyCertificate() {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [number, setNumber] = useState<string | null>(null);
  const [malformed, setMalformed] = useState(false);
  const verify = useVerifyCertificate(number);
  const lang = i18n.language;
  const submit = () => {
    const value = normalizeCertificateNumber(text);
    setMalformed(!value);
    setNumber(value);
  };
  const c = verify.data;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h5" mb="sm">{t('certificates.verifyTitle')}</Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('certificates.number')}
            placeholder="CERT2570-000001"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={malformed ? t('certificates.malformed') : undefined}
            style={{ flex: '1 1 220px' }}
            data-testid="verify-number"
          />
          <Button type="submit" leftSection={<IconShieldCheck size={16} />} loading={verify.isFetching}>
            {t('certificates.verify')}
          </Button>
        </Group>
      </form>
      {number && verify.isError ? (
        <Alert color="red" mt="md" role="alert" data-testid="verify-result">
          {isApiError(verify.error) && verify.error.status === 404 ? t('certificates.notFound', { number }) : problemMessage(verify.error, t)}
        </Alert>
      ) : null}
      {c ? (
        <Alert color={c.valid ? 'teal' : 'orange'} mt="md" data-testid="verify-result" title={c.valid ? t('certificates.valid') : t('certificates.notValid')}>
          <Stack gap={2}>
            <Text size="sm">{t('certificates.verifyLine', { number: c.number, house: c.house.house_number })}</Text>
            {c.owner_names.length ? <Text size="sm">{t('certificates.owners', { names: c.owner_names.join(', ') })}</Text> : null}
            <Text size="sm">{t('certificates.dates', { issued: formatIsoDay(c.issue_date, lang), until: formatIsoDay(c.valid_until, lang) })}</Text>
            {c.issued_by ? <Text size="sm" c="dimmed">{t('certificates.issuedBy', { name: c.issued_by.full_name })}</Text> : null}
          </Stack>
        </Alert>
      ) : null}
    </Paper>
  );
}
