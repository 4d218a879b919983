/**
 * "Credit note" on an invoice's page: an amount up to what is outstanding and
 * a reason. It waits for someone else's approval before it credits anything.
 */
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconReceiptRefund } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { BahtInput, Money } from '@/components/money';
import { useAuth } from '@/lib/auth/auth-provider';
import { notifySuccess } from '@/lib/notify';
import type { InvoiceRead } from '@/types/finance';

import { useCreateCreditNote } from '../api/credit-notes';
import { canCreateCreditNote } from '../policies';
import { creditNoteProblem } from './credit-note-problem';

type Invoice = Pick<InvoiceRead, 'id' | 'number' | 'status' | 'outstanding_satang'>;

function CreditNoteModal({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateCreditNote();
  const [amount, setAmount] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const tooMuch = amount !== null && amount > invoice.outstanding_satang;
  const ok = amount !== null && amount > 0 && !tooMuch && reason.trim().length > 0;
  return (
    <Modal opened onClose={onClose} title={t('creditNotes.newTitle', { number: invoice.number })}>
      <Stack>
        <Text size="sm">
          {t('creditNotes.newHint')} {t('creditNotes.outstandingNow')} <Money satang={invoice.outstanding_satang} fw={700} /> {t('creditNotes.baht')}
        </Text>
        {error ? <Alert color="red" role="alert">{error}</Alert> : null}
        <BahtInput
          label={t('creditNotes.amount')}
          value={amount}
          onChange={setAmount}
          invalidMessage={t('finance.money.invalid')}
          error={tooMuch ? t('creditNotes.errors.exceedsOutstanding') : undefined}
          required
          data-testid="credit-amount"
        />
        <Textarea label={t('creditNotes.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={500} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            disabled={!ok}
            loading={create.isPending}
            data-testid="credit-submit"
            onClick={() =>
              amount !== null &&
              create.mutate(
                { invoice_id: invoice.id, amount_satang: amount, reason: reason.trim() },
                {
                  onSuccess: () => {
                    notifySuccess(t('creditNotes.created'));
                    onClose();
                  },
                  onError: (e) => setError(creditNoteProblem(e, t)),
                },
              )
            }
          >
            {t('creditNotes.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function NewCreditNoteButton({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [open, setOpen] = useState(false);
  if (!canCreateCreditNote(user, invoice)) return null;
  return (
    <>
      <Button variant="default" leftSection={<IconReceiptRefund size={16} />} onClick={() => setOpen(true)} data-testid="new-credit-note">
        {t('creditNotes.new')}
      </Button>
      {open ? <CreditNoteModal invoice={invoice} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
