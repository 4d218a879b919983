/**
 * The slips a person has sent, newest first, with where each stands: waiting
 * (may be withdrawn), sent back for a fix (the office's reason and note, and
 * "Fix and send again"), not accepted (the reason), accepted (its receipt).
 */
import { Alert, Anchor, Button, Group, Image, Modal, Paper, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Money } from '@/components/money';
import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { notifyFailure, notifySuccess } from '@/lib/notify';
import { problemMessage } from '@/lib/problem-message';

import { type Slip, slipFile, useMySlips, useWithdrawSlip } from '../api/my-bills';
import { canFixSlip, canWithdrawSlip } from '../policies';
import { SlipStatusBadge } from './badges';

function SlipFile({ slip }: { slip: Slip }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    let made: string | null = null;
    let alive = true;
    void slipFile(slip.id)
      .then((blob) => {
        if (!alive) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      })
      .catch((error: unknown) => notifyFailure(problemMessage(error, t)));
    return () => {
      alive = false;
      if (made) URL.revokeObjectURL(made);
      setUrl(null);
    };
  }, [open, slip.id, t]);
  const pdf = slip.file.mime === 'application/pdf';
  return (
    <>
      <Anchor component="button" type="button" size="sm" onClick={() => setOpen(true)}>
        {t('myBills.slips.viewFile')}
      </Anchor>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('myBills.slips.viewFile')} size="lg">
        {url ? (
          pdf ? (
            <Anchor href={url} target="_blank" rel="noopener">
              {slip.file.filename}
            </Anchor>
          ) : (
            <Image src={url} alt={t('myBills.slip.previewAlt')} fit="contain" mah="70vh" />
          )
        ) : (
          <PageLoader />
        )}
      </Modal>
    </>
  );
}

function SlipCard({ slip }: { slip: Slip }) {
  const { t, i18n } = useTranslation();
  const withdraw = useWithdrawSlip();
  const decided = slip.status === 'needs_fix' || slip.status === 'rejected';
  const confirmWithdraw = () =>
    modals.openConfirmModal({
      title: t('myBills.slips.withdrawTitle'),
      children: <Text size="sm">{t('myBills.slips.withdrawText')}</Text>,
      labels: { confirm: t('myBills.slips.withdraw'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        withdraw.mutate(slip.id, {
          onSuccess: () => notifySuccess(t('myBills.slips.withdrawn')),
          onError: (error) => notifyFailure(problemMessage(error, t)),
        }),
    });
  return (
    <Paper withBorder radius="md" p="md" data-testid="slip-card">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Money currency satang={slip.amount_satang} fw={700} fz="lg" />
            <Text size="sm" c="dimmed">
              {t('myBills.slips.house', { house: slip.house.house_number })}
            </Text>
          </Stack>
          <SlipStatusBadge status={slip.status} />
        </Group>
        <Text size="xs" c="dimmed">
          {t('myBills.slips.transferred', { date: formatDateTime(slip.transferred_at, i18n.language) })} · {t('myBills.slips.sentOn', { date: formatDateTime(slip.created_at, i18n.language) })}
        </Text>
        {decided ? (
          <Alert color={slip.status === 'rejected' ? 'red' : 'orange'} icon={<IconAlertTriangle size={18} />} title={slip.reason_code ? t(`myBills.slipReason.${slip.reason_code}`) : undefined} data-testid="slip-reason">
            {slip.review_note ? (
              <Text size="sm">
                {t('myBills.slips.note')}: {slip.review_note}
              </Text>
            ) : null}
          </Alert>
        ) : null}
        {slip.receipt ? (
          <Anchor component={Link} to={paths.myReceipts} size="sm">
            {t('myBills.slips.receipt', { number: slip.receipt.number })}
          </Anchor>
        ) : null}
        <Group justify="space-between" wrap="wrap" gap="xs">
          <SlipFile slip={slip} />
          <Group gap="xs">
            {canWithdrawSlip(slip.status) ? (
              <Button variant="subtle" color="red" size="sm" onClick={confirmWithdraw} loading={withdraw.isPending} data-testid="slip-withdraw">
                {t('myBills.slips.withdraw')}
              </Button>
            ) : null}
            {canFixSlip(slip.status) ? (
              <Button component={Link} to={paths.fixSlip(slip.id)} size="sm" leftSection={<IconPencil size={16} />} data-testid="slip-fix">
                {t('myBills.slips.fix')}
              </Button>
            ) : null}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}

/** GET /api/v1/me/payment-slips */
export function MySlips() {
  const { t } = useTranslation();
  const slips = useMySlips();
  if (slips.isPending) return <PageLoader />;
  if (slips.isError) return <QueryError error={slips.error} onRetry={() => void slips.refetch()} />;
  if (slips.data.items.length === 0) {
    return (
      <Paper withBorder radius="md" p="lg" maw={720}>
        <EmptyState title={t('myBills.slips.none')}>
          <Anchor component={Link} to={paths.payBills()}>
            {t('myBills.iPaid')}
          </Anchor>
        </EmptyState>
      </Paper>
    );
  }
  return (
    <Stack gap="xs" maw={720}>
      {slips.data.items.map((slip) => (
        <SlipCard key={slip.id} slip={slip} />
      ))}
    </Stack>
  );
}
