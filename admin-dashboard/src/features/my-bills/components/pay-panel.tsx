/**
 * How to pay one bill: the Thai QR (PromptPay) for what is still owed, large
 * enough to scan from another phone or a screenshot, with the amount under it;
 * the village's bank account with a copy button; and the way to say "I paid".
 */
import { Alert, Button, Center, CopyButton, Group, Image, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatSatangBaht, Money } from '@/components/money';
import { PageLoader } from '@/components/page-states';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/problem';
import { svgDataUrl } from '@/lib/svg';

import { type Invoice, type PromptPay, usePromptPay } from '../api/my-bills';

/** A Thai bank's 10-digit account number as printed on a passbook: 123-4-56789-0. */
export function formatAccountNumber(digits: string): string {
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)}-${digits.slice(3, 4)}-${digits.slice(4, 9)}-${digits.slice(9)}` : digits;
}

function AccountLine({ label, value, copy }: { label: string; value: string; copy?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed" fw={600}>
          {label}
        </Text>
        <Text fw={600} fz={copy ? 'lg' : 'md'} style={{ overflowWrap: 'anywhere', fontVariantNumeric: 'tabular-nums' }} data-testid={copy ? 'bank-account-number' : undefined}>
          {value}
        </Text>
      </Stack>
      {copy ? (
        <CopyButton value={value.replace(/[\s-]/g, '')} timeout={2000}>
          {({ copied, copy: doCopy }) => (
            <Tooltip label={copied ? t('myBills.pay.copied') : t('myBills.pay.copyNumber')} withArrow>
              <Button
                variant={copied ? 'filled' : 'light'}
                color={copied ? 'teal' : 'blue'}
                size="sm"
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                onClick={doCopy}
                aria-label={t('myBills.pay.copyNumber')}
                style={{ flex: 'none' }}
              >
                {copied ? t('myBills.pay.copied') : t('myBills.pay.copy')}
              </Button>
            </Tooltip>
          )}
        </CopyButton>
      ) : null}
    </Group>
  );
}

function BankAccount({ pay }: { pay: Pick<PromptPay, 'bank_name' | 'bank_account_name' | 'bank_account_number'> }) {
  const { t } = useTranslation();
  if (!pay.bank_account_number) return null;
  return (
    <Stack gap="xs" data-testid="bank-account">
      <Text fw={600} size="sm">
        {t('myBills.pay.orTransfer')}
      </Text>
      {pay.bank_name ? <AccountLine label={t('myBills.pay.bank')} value={pay.bank_name} /> : null}
      {pay.bank_account_name ? <AccountLine label={t('myBills.pay.accountName')} value={pay.bank_account_name} /> : null}
      <AccountLine label={t('myBills.pay.accountNumber')} value={formatAccountNumber(pay.bank_account_number)} copy />
    </Stack>
  );
}

export function PayPanel({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  const promptpay = usePromptPay(invoice.id, true);
  const notConfigured = isApiError(promptpay.error) && promptpay.error.status === 409;
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="pay-title" data-testid="pay-panel">
      <Stack gap="md">
        <Title order={2} size="h4" id="pay-title">
          {t('myBills.pay.title')}
        </Title>
        {promptpay.isPending ? <PageLoader /> : null}
        {promptpay.data && promptpay.data.svg ? (
          <Stack gap={4} align="center">
            <Text size="sm" c="dimmed" ta="center">
              {t('myBills.pay.qr')}
            </Text>
            <Center bg="white" p="xs" style={{ borderRadius: 8 }}>
              <Image
                src={svgDataUrl(promptpay.data.svg)}
                alt={t('myBills.pay.qrAlt', { amount: formatSatangBaht(promptpay.data.amount_satang, i18n.language) })}
                w={260}
                h={260}
                fit="contain"
                style={{ imageRendering: 'pixelated' }}
                data-testid="promptpay-qr"
              />
            </Center>
            <Text size="sm" c="dimmed">
              {t('myBills.pay.amount')}
            </Text>
            <Money currency satang={promptpay.data.amount_satang} fz={28} fw={800} data-testid="promptpay-amount" />
          </Stack>
        ) : null}
        {notConfigured || (promptpay.data && !promptpay.data.svg) ? (
          <Alert color="blue" icon={<IconInfoCircle size={18} />}>
            {promptpay.data?.bank_account_number ? t('myBills.pay.noQr') : t('myBills.pay.noAccount')}
          </Alert>
        ) : null}
        {promptpay.data ? <BankAccount pay={promptpay.data} /> : null}
        <Stack gap={4}>
          <Button component={Link} to={paths.payBills([invoice.id])} size="md" fullWidth data-testid="i-paid">
            {t('myBills.iPaid')}
          </Button>
          <Text size="xs" c="dimmed" ta="center">
            {t('myBills.pay.afterPaying')}
          </Text>
        </Stack>
      </Stack>
    </Paper>
  );
}
