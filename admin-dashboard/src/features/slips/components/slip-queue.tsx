/**
 * The slip review queue: each slip's image (or PDF) beside what it would pay
 * (the house's open invoices, oldest due first), with accept, needs-fix and
 * reject (a reason code and a note). A possible duplicate is flagged.
 */
import { Alert, Anchor, Badge, Button, Center, Group, Image, Modal, Pagination, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Money } from '@/components/money';
import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { formatDateTime, formatIsoDay } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { problemMessage } from '@/lib/problem-message';

import { useDecideSlip, useHouseOpenInvoices, useSlipFile, useSlips } from '../api/slips';
import type { PaymentSlipRead, SlipReason } from '../api/slips';
import { REASONS } from '../policies';

function SlipFile({ slip }: { slip: PaymentSlipRead }) {
  const { t } = useTranslation();
  const file = useSlipFile(slip);
  if (file.failed) return <Alert color="gray">{t('slips.fileFailed')}</Alert>;
  if (!file.url) return <PageLoader />;
  if (file.type === 'application/pdf') {
    return (
      <Center h={200}>
        <Anchor href={file.url} target="_blank" rel="noreferrer">
          <Group gap={6}><IconFileTypePdf size={20} />{t('slips.openPdf')}</Group>
        </Anchor>
      </Center>
    );
  }
  return (
    <Anchor href={file.url} target="_blank" rel="noreferrer">
      <Image src={file.url} alt={t('slips.imageAlt', { house: slip.house.house_number })} fit="contain" mah={420} radius="sm" />
    </Anchor>
  );
}

function SuggestedMatch({ slip }: { slip: PaymentSlipRead }) {
  const { t, i18n } = useTranslation();
  const open = useHouseOpenInvoices(slip.house.id);
  if (open.isPending) return <PageLoader />;
  if (open.error) return <QueryError error={open.error} />;
  const owed = open.data.reduce((sum, i) => sum + i.outstanding_satang, 0);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>{t('slips.match')}</Text>
      {open.data.length === 0 ? (
        <Text size="sm" c="dimmed">{t('slips.nothingOwed')}</Text>
      ) : (
        <Table verticalSpacing={4} fz="sm">
          <Table.Tbody>
            {open.data.map((invoice) => (
              <Table.Tr key={invoice.id} bg={slip.invoice_ids?.includes(invoice.id) ? 'var(--mantine-color-blue-light)' : undefined}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{invoice.number}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDay(invoice.due_date, i18n.language)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}><Money satang={invoice.outstanding_satang} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{t('slips.owed')}</Text>
        <Money satang={owed} fw={600} />
      </Group>
      {owed > 0 && owed !== slip.amount_satang ? (
        <Text size="xs" c="orange">{slip.amount_satang > owed ? t('slips.moreThanOwed') : t('slips.lessThanOwed')}</Text>
      ) : null}
    </Stack>
  );
}

function ReasonModal({ slip, kind, onClose }: { slip: PaymentSlipRead; kind: 'needs-fix' | 'reject'; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecideSlip(slip.id);
  const [reason, setReason] = useState<SlipReason | null>(slip.possible_duplicate && kind === 'reject' ? 'duplicate' : null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title={kind === 'reject' ? t('slips.rejectTitle') : t('slips.needsFixTitle')}>
      <Stack>
        {error ? <Alert color="red" role="alert">{error}</Alert> : null}
        <Select label={t('slips.reason')} data={REASONS.map((value) => ({ value, label: t(`slips.reasons.${value}`) }))} value={reason} onChange={(value) => setReason(value as SlipReason | null)} required />
        <Textarea label={t('slips.note')} description={t('slips.noteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={500} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            color={kind === 'reject' ? 'red' : 'orange'}
            disabled={!reason}
            loading={decide.isPending}
            onClick={() =>
              reason &&
              decide.mutate(
                { kind, reason_code: reason, note: note.trim() },
                {
                  onSuccess: () => {
                    notifySuccess(kind === 'reject' ? t('slips.rejected') : t('slips.sentBack'));
                    onClose();
                  },
                  onError: (e) => setError(problemMessage(e, t)),
                },
              )
            }
          >
            {kind === 'reject' ? t('slips.reject') : t('slips.needsFix')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function SlipCard({ slip }: { slip: PaymentSlipRead }) {
  const { t, i18n } = useTranslation();
  const decide = useDecideSlip(slip.id);
  const [dialog, setDialog] = useState<'needs-fix' | 'reject' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const accept = () =>
    modals.openConfirmModal({
      title: t('slips.acceptTitle'),
      children: <Text size="sm">{t('slips.acceptHint', { house: slip.house.house_number })} <Money satang={slip.amount_satang} fw={700} /> {t('slips.baht')}</Text>,
      labels: { confirm: t('slips.accept'), cancel: t('common.cancel') },
      onConfirm: () =>
        decide.mutate(
          { kind: 'accept' },
          { onSuccess: () => notifySuccess(t('slips.accepted')), onError: (e) => setError(problemMessage(e, t)) },
        ),
    });
  return (
    <Paper withBorder radius="md" p="md" data-testid="slip">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <SlipFile slip={slip} />
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Title order={3} size="h4">{t('slips.house', { house: slip.house.house_number })}</Title>
              <Text size="sm" c="dimmed">{t('slips.transferredAt', { at: formatDateTime(slip.transferred_at, i18n.language) })}</Text>
              {slip.submitted_by ? <Text size="sm" c="dimmed">{t('slips.submittedBy', { name: slip.submitted_by.full_name })}</Text> : null}
            </Stack>
            <Stack gap={4} align="flex-end">
              <Text fw={700} size="xl"><Money satang={slip.amount_satang} /></Text>
              {slip.possible_duplicate ? (
                <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} />} data-testid="duplicate-badge">
                  {t('slips.duplicate')}
                </Badge>
              ) : null}
            </Stack>
          </Group>
          <SuggestedMatch slip={slip} />
          {error ? <Alert color="red" role="alert">{error}</Alert> : null}
          <Group gap="xs" mt="auto">
            <Button onClick={accept} loading={decide.isPending} color="teal">{t('slips.accept')}</Button>
            <Button variant="light" color="orange" onClick={() => setDialog('needs-fix')}>{t('slips.needsFix')}</Button>
            <Button variant="subtle" color="red" onClick={() => setDialog('reject')}>{t('slips.reject')}</Button>
          </Group>
        </Stack>
      </SimpleGrid>
      {dialog ? <ReasonModal slip={slip} kind={dialog} onClose={() => setDialog(null)} /> : null}
    </Paper>
  );
}

export function SlipQueue() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const slips = useSlips({ page, per_page: 10, status: 'submitted', sort: 'created_at' });
  if (slips.isPending) return <PageLoader />;
  if (slips.error) return <QueryError error={slips.error} onRetry={() => void slips.refetch()} />;
  if (slips.data.items.length === 0) return <EmptyState title={t('slips.queueEmpty')}>{t('slips.queueEmptyHint')}</EmptyState>;
  const pages = Math.max(1, Math.ceil(slips.data.total / slips.data.per_page));
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">{t('slips.waiting', { count: slips.data.total })}</Text>
      {slips.data.items.map((slip) => <SlipCard key={slip.id} slip={slip} />)}
      {pages > 1 ? <Pagination total={pages} value={page} onChange={setPage} /> : null}
    </Stack>
  );
}
