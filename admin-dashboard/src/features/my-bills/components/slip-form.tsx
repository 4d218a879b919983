/**
 * "I paid": a resident tells the office about a transfer with its slip. The
 * amount starts as what the chosen bills still owe (typed baht are parsed
 * exactly to satang), the time as now; the slip comes from the camera or the
 * gallery (an image or a PDF), previewed, and checked for type and size before
 * upload. A slip the office sent back (needs_fix) opens here to be corrected
 * and sent again, keeping its file unless another is chosen.
 */
import { Alert, Button, Checkbox, CloseButton, FileButton, Group, Image, Paper, Select, SimpleGrid, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { IconCamera, IconCircleCheck, IconFileAlert, IconFileTypePdf, IconPhoto } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DayPickerInput } from '@/components/day-picker-input';
import { formatSatangBaht, Money } from '@/components/money';
import { PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { applyApiErrors } from '@/lib/form-errors';
import { formatMonth } from '@/lib/format';
import { parseBaht, satangToInput } from '@/lib/money';
import { isApiError } from '@/lib/problem';
import { useInvalidateDomain } from '@/lib/query-keys';

import { type Invoice, type MyHome, resubmitSlip, type Slip, submitSlip, useMyHomes, useMyInvoices } from '../api/my-bills';
import { isOpen } from '../policies';
import { billedMonths, outstandingOf } from '../utils/totals';
import { fileProblem, type SlipErrors, type SlipValues, transferInstant, validateSlip, villageNow } from '../utils/slip-form';

const SERVER_FIELDS = ['house_id', 'amount_satang', 'transferred_at', 'invoice_ids', 'file'];
const TO_FORM: Record<string, keyof SlipErrors> = { house_id: 'houseId', amount_satang: 'amount', transferred_at: 'day', invoice_ids: 'houseId', file: 'file' };

function SlipPreview({ file, onRemove }: { file: File; onRemove: () => void }) {
  const { t } = useTranslation();
  const problem = fileProblem(file);
  const url = useMemo(() => (!problem && file.type.startsWith('image/') ? URL.createObjectURL(file) : null), [file, problem]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return (
    <Paper withBorder radius="sm" p="xs" pos="relative" data-testid="slip-preview" style={problem ? { borderColor: 'var(--mantine-color-error)' } : undefined}>
      {url ? (
        <Image src={url} alt={t('myBills.slip.previewAlt')} mah={320} fit="contain" radius="sm" />
      ) : (
        <Group gap="xs" wrap="nowrap" pr={32}>
          {problem ? <IconFileAlert size={28} color="var(--mantine-color-error)" aria-hidden /> : <IconFileTypePdf size={28} aria-hidden />}
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {problem ? file.name : t('myBills.slip.pdf', { name: file.name })}
          </Text>
        </Group>
      )}
      <CloseButton aria-label={t('myBills.slip.remove')} onClick={onRemove} variant="filled" size="md" pos="absolute" top={6} right={6} />
    </Paper>
  );
}

function Sent({ slip }: { slip: Slip }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" maw={560} data-testid="slip-sent" role="status">
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={56} radius="xl" color="teal" variant="light" aria-hidden>
          <IconCircleCheck size={36} />
        </ThemeIcon>
        <Title order={2} size="h3">
          {t('myBills.slip.sent')}
        </Title>
        <Text>{t('myBills.slip.sentText', { amount: formatSatangBaht(slip.amount_satang, i18n.language), house: slip.house.house_number })}</Text>
        <Stack gap="xs" w="100%">
          <Button component={Link} to={paths.mySlips} fullWidth>
            {t('myBills.slip.toSlips')}
          </Button>
          <Button component={Link} to={paths.myBills} variant="default" fullWidth>
            {t('myBills.slip.toBills')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}

function invoiceLabel(invoice: Invoice, t: ReturnType<typeof useTranslation>['t'], language: string): string {
  const months = billedMonths(invoice.lines).map((m) => formatMonth(m, language));
  return t('myBills.slip.invoiceOption', {
    number: invoice.number,
    months: months.length > 1 ? `${months[0]} – ${months[months.length - 1]}` : (months[0] ?? invoice.lines[0]?.description ?? ''),
    amount: formatSatangBaht(invoice.outstanding_satang, language),
  });
}

interface FormProps {
  homes: MyHome[];
  invoices: Invoice[];
  initialInvoiceIds: number[];
  slip?: Slip;
}

function initialValues({ homes, invoices, initialInvoiceIds, slip }: FormProps): SlipValues {
  const now = villageNow();
  if (slip) {
    const at = villageNow(new Date(slip.transferred_at));
    return { houseId: String(slip.house.id), amount: satangToInput(slip.amount_satang), day: at.day, time: at.time, invoiceIds: slip.invoice_ids, file: null };
  }
  const open = invoices.filter(isOpen);
  const named = open.filter((invoice) => initialInvoiceIds.includes(invoice.id));
  const houseId = named[0]?.house.id ?? (homes.length === 1 ? homes[0]?.id : undefined) ?? open[0]?.house.id;
  const chosen = named.length > 0 ? named : open.filter((invoice) => invoice.house.id === houseId);
  const ids = chosen.filter((invoice) => invoice.house.id === houseId).map((invoice) => invoice.id);
  return { houseId: houseId ? String(houseId) : '', amount: ids.length ? satangToInput(outstandingOf(invoices, ids)) : '', day: now.day, time: now.time, invoiceIds: ids, file: null };
}

function SlipFormBody(props: FormProps) {
  const { t, i18n } = useTranslation();
  const { homes, invoices, slip } = props;
  const fixing = slip !== undefined;
  const [values, setValues] = useState<SlipValues>(() => initialValues(props));
  const [amountTouched, setAmountTouched] = useState(fixing);
  const [errors, setErrors] = useState<SlipErrors>({});
  const [serverErrors, setServerErrors] = useState<Partial<Record<keyof SlipErrors, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<Slip | null>(null);
  const invalidate = useInvalidateDomain('myBills');

  const houseOpen = invoices.filter((invoice) => isOpen(invoice) && String(invoice.house.id) === values.houseId);
  // A slip being fixed may name invoices since paid: keep them listed so they can be unticked.
  const listed = fixing ? [...houseOpen, ...invoices.filter((i) => values.invoiceIds.includes(i.id) && !houseOpen.includes(i))] : houseOpen;

  function update(patch: Partial<SlipValues>) {
    setValues((current) => {
      const next = { ...current, ...patch };
      if (!amountTouched && (patch.invoiceIds || patch.houseId !== undefined)) {
        const owed = outstandingOf(invoices, next.invoiceIds);
        next.amount = owed > 0 ? satangToInput(owed) : '';
      }
      return next;
    });
    const changed = Object.keys(patch).map((key) => (key === 'invoiceIds' ? 'houseId' : key) as keyof SlipErrors);
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !changed.includes(key as keyof SlipErrors))));
    setServerErrors({});
  }

  function chooseHouse(houseId: string | null) {
    const ids = invoices.filter((invoice) => isOpen(invoice) && String(invoice.house.id) === houseId).map((invoice) => invoice.id);
    update({ houseId: houseId ?? '', invoiceIds: ids });
  }

  function chooseFile(file: File | null) {
    if (!file) return;
    update({ file });
    const problem = fileProblem(file);
    if (problem) setErrors((current) => ({ ...current, file: `myBills.errors.${problem}` }));
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setAlert(null);
    const found = validateSlip(values, { fileRequired: !fixing });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const amount = parseBaht(values.amount);
    const instant = transferInstant(values.day, values.time);
    if (!amount.ok || !instant) return;
    setSending(true);
    try {
      const fields = { amount_satang: amount.satang, transferred_at: instant, invoice_ids: values.invoiceIds };
      const done = slip
        ? await resubmitSlip(slip.id, fields, values.file, values.file?.name ?? 'slip')
        : await submitSlip({ ...fields, house_id: Number(values.houseId) }, values.file as File, (values.file as File).name);
      await invalidate();
      setSent(done);
      window.scrollTo({ top: 0 });
    } catch (error) {
      if (isApiError(error) && (error.status === 413 || error.status === 415)) {
        setServerErrors({ file: error.status === 413 ? t('myBills.errors.fileTooLarge') : t('myBills.errors.fileType') });
      } else {
        const mapped: Partial<Record<keyof SlipErrors, string>> = {};
        const rest = applyApiErrors(error, SERVER_FIELDS, (field, message) => {
          const name = TO_FORM[field];
          if (name) mapped[name] = message;
        }, t, i18n.language);
        setServerErrors(mapped);
        setAlert(rest);
      }
    } finally {
      setSending(false);
    }
  }

  if (sent) return <Sent slip={sent} />;

  const error = (field: keyof SlipErrors) => serverErrors[field] ?? (errors[field] ? t(errors[field] as string) : undefined);
  const house = homes.find((home) => String(home.id) === values.houseId);
  const typed = parseBaht(values.amount);

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} maw={560}>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="slip-form">
        <Stack gap="md">
          {alert ? (
            <Alert color="red" role="alert">
              {alert}
            </Alert>
          ) : null}
          {slip?.review_note || slip?.reason_code ? (
            <Alert color="orange" title={slip.reason_code ? t(`myBills.slipReason.${slip.reason_code}`) : undefined}>
              {slip.review_note}
            </Alert>
          ) : null}
          <Select
            label={t('myBills.slip.house')}
            data={homes.map((home) => ({ value: String(home.id), label: home.house_number }))}
            value={values.houseId || null}
            onChange={chooseHouse}
            allowDeselect={false}
            disabled={fixing || homes.length === 1}
            error={error('houseId')}
            required
          />
          {values.houseId ? (
            listed.length > 0 ? (
              <Checkbox.Group
                label={t('myBills.slip.invoices')}
                description={t('myBills.slip.invoicesHint')}
                value={values.invoiceIds.map(String)}
                onChange={(ids) => update({ invoiceIds: listed.filter((invoice) => ids.includes(String(invoice.id))).map((invoice) => invoice.id) })}
              >
                <Stack gap="xs" mt="xs">
                  {listed.map((invoice) => (
                    <Checkbox key={invoice.id} value={String(invoice.id)} label={invoiceLabel(invoice, t, i18n.language)} color={invoice.overdue ? 'red' : undefined} data-testid="slip-invoice" />
                  ))}
                </Stack>
              </Checkbox.Group>
            ) : (
              <Alert color="blue">{t('myBills.slip.noOpen')}</Alert>
            )
          ) : null}
          <TextInput
            label={t('myBills.slip.amount')}
            description={t('myBills.slip.amountHint')}
            inputMode="decimal"
            autoComplete="off"
            value={values.amount}
            onChange={(event) => {
              setAmountTouched(true);
              update({ amount: event.currentTarget.value });
            }}
            leftSection="฿"
            error={error('amount')}
            required
            size="md"
            data-testid="slip-amount"
          />
          <SimpleGrid cols={2} spacing="sm">
            <DayPickerInput label={t('myBills.slip.day')} value={values.day} onChange={(day) => update({ day })} maxDate={villageNow().day} />
            <TextInput label={t('myBills.slip.time')} type="time" value={values.time} onChange={(event) => update({ time: event.currentTarget.value })} error={error('time')} required data-testid="slip-time" />
          </SimpleGrid>
          {error('day') ? (
            <Text size="sm" c="red.7" role="alert" mt={-8}>
              {error('day')}
            </Text>
          ) : null}
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t('myBills.slip.file')} {fixing ? null : <span style={{ color: 'var(--mantine-color-error)' }}>*</span>}
            </Text>
            <Text size="xs" c="dimmed">
              {t('myBills.slip.fileHint')}
            </Text>
            {values.file ? (
              <SlipPreview file={values.file} onRemove={() => update({ file: null })} />
            ) : (
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                <FileButton accept="image/*" capture="environment" onChange={chooseFile}>
                  {(props) => (
                    <Button {...props} variant="light" size="md" leftSection={<IconCamera size={18} />} data-testid="slip-camera">
                      {t('myBills.slip.takePhoto')}
                    </Button>
                  )}
                </FileButton>
                <FileButton accept="image/*,application/pdf" onChange={chooseFile}>
                  {(props) => (
                    <Button {...props} variant="default" size="md" leftSection={<IconPhoto size={18} />} data-testid="slip-choose">
                      {t('myBills.slip.chooseFile')}
                    </Button>
                  )}
                </FileButton>
              </SimpleGrid>
            )}
            {fixing && !values.file ? (
              <Text size="xs" c="dimmed">
                {t('myBills.slip.keepOld')}
              </Text>
            ) : null}
            {error('file') ? (
              <Text size="sm" c="red.7" role="alert" data-testid="slip-file-error">
                {error('file')}
              </Text>
            ) : null}
          </Stack>
          {house && typed.ok ? (
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {t('myBills.summary.house', { house: house.house_number })}
              </Text>
              <Money currency satang={typed.satang} fw={700} fz="lg" />
            </Group>
          ) : null}
          <Button type="submit" size="md" loading={sending} fullWidth data-testid="slip-submit">
            {fixing ? t('myBills.slip.resubmit') : t('myBills.slip.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** A new slip; `invoiceIds` (from the bill's "I paid") are ticked to start with. */
export function SlipForm({ invoiceIds, slip }: { invoiceIds?: number[]; slip?: Slip }) {
  const homes = useMyHomes();
  const invoices = useMyInvoices();
  if (homes.isPending || invoices.isPending) return <PageLoader />;
  if (homes.isError) return <QueryError error={homes.error} onRetry={() => void homes.refetch()} />;
  if (invoices.isError) return <QueryError error={invoices.error} onRetry={() => void invoices.refetch()} />;
  return <SlipFormBody homes={homes.data} invoices={invoices.data.items} initialInvoiceIds={invoiceIds ?? []} slip={slip} />;
}
