/**
 * The village's finance settings: how residents pay (PromptPay, bank
 * account), when bills fall due, who signs receipts, whether office payments
 * need a second person, the late fee (off unless a regulation sets it), and
 * the arrears thresholds. Read-only without `finance:write`.
 */
import { Alert, Button, Fieldset, Grid, Group, NumberInput, Paper, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { BahtInput } from '@/components/money';
import { PageLoader, QueryError } from '@/components/page-states';
import { useAuth } from '@/lib/auth/auth-provider';
import { applyApiErrors } from '@/lib/form-errors';
import { notifySuccess } from '@/lib/notify';
import type { PromptPayMode, SurchargeMethod } from '@/types/finance';

import { useFinanceSettings, useUpdateFinanceSettings } from '../api/finance';
import type { FinanceSettingsRead, FinanceSettingsUpdate } from '../api/finance';
import { isBillerId, isPromptPayId, managesFinance, PROMPTPAY_MODES, SURCHARGE_MAX_BASIS_POINTS, SURCHARGE_METHODS } from '../policies';

interface Values {
  promptpay_mode: PromptPayMode;
  promptpay_id: string;
  biller_id: string;
  bank_name: string;
  bank_account_name: string;
  bank_account_number: string;
  due_days: number | string;
  receipt_signatory: string;
  require_payment_confirmation: boolean;
  surcharge_method: SurchargeMethod;
  surcharge_rate_basis_points: number | string;
  surcharge_fixed_satang: number | null;
  surcharge_grace_days: number | string;
  surcharge_legal_reference: string;
  arrears_suspension_months: number | string;
  arrears_land_office_months: number | string;
  certificate_valid_days: number | string;
}

const FIELDS = [
  'promptpay_mode', 'promptpay_id', 'biller_id', 'bank_name', 'bank_account_name', 'bank_account_number', 'due_days',
  'receipt_signatory', 'require_payment_confirmation', 'surcharge_method', 'surcharge_rate_basis_points', 'surcharge_fixed_satang',
  'surcharge_grace_days', 'surcharge_legal_reference', 'arrears_suspension_months', 'arrears_land_office_months', 'certificate_valid_days',
];

function initial(s: FinanceSettingsRead): Values {
  return {
    promptpay_mode: s.promptpay_mode,
    promptpay_id: s.promptpay_id ?? '',
    biller_id: s.biller_id ?? '',
    bank_name: s.bank_name ?? '',
    bank_account_name: s.bank_account_name ?? '',
    bank_account_number: s.bank_account_number ?? '',
    due_days: s.due_days,
    receipt_signatory: s.receipt_signatory ?? '',
    require_payment_confirmation: s.require_payment_confirmation,
    surcharge_method: s.surcharge.method,
    surcharge_rate_basis_points: s.surcharge.rate_basis_points,
    surcharge_fixed_satang: s.surcharge.fixed_satang,
    surcharge_grace_days: s.surcharge.grace_days,
    surcharge_legal_reference: s.surcharge.legal_reference ?? '',
    arrears_suspension_months: s.arrears_suspension_months,
    arrears_land_office_months: s.arrears_land_office_months,
    certificate_valid_days: s.certificate_valid_days,
  };
}

const text = (value: string) => value.trim() || null;
const int = (value: number | string) => (value === '' ? 0 : Math.trunc(Number(value)));

export function toSettingsUpdate(v: Values): FinanceSettingsUpdate {
  return {
    promptpay_mode: v.promptpay_mode,
    promptpay_id: text(v.promptpay_id),
    biller_id: v.promptpay_mode === 'bill_payment' ? text(v.biller_id) : null,
    bank_name: text(v.bank_name),
    bank_account_name: text(v.bank_account_name),
    bank_account_number: text(v.bank_account_number),
    due_days: int(v.due_days),
    receipt_signatory: text(v.receipt_signatory),
    require_payment_confirmation: v.require_payment_confirmation,
    surcharge: {
      method: v.surcharge_method,
      rate_basis_points: v.surcharge_method === 'percent_per_month' ? int(v.surcharge_rate_basis_points) : 0,
      fixed_satang: v.surcharge_method === 'fixed_per_month' ? (v.surcharge_fixed_satang ?? 0) : 0,
      grace_days: int(v.surcharge_grace_days),
      legal_reference: text(v.surcharge_legal_reference),
    },
    arrears_suspension_months: int(v.arrears_suspension_months),
    arrears_land_office_months: int(v.arrears_land_office_months),
    certificate_valid_days: int(v.certificate_valid_days),
  };
}

function SettingsForm({ settings, editable }: { settings: FinanceSettingsRead; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateFinanceSettings();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: initial(settings),
    validate: {
      promptpay_id: (value, v) =>
        v.promptpay_mode !== 'none' && !isPromptPayId(value.trim()) ? t('finance.settings.errors.promptpayId') : null,
      biller_id: (value, v) => (v.promptpay_mode === 'bill_payment' && !isBillerId(value.trim()) ? t('finance.settings.errors.billerId') : null),
      surcharge_rate_basis_points: (value, v) =>
        v.surcharge_method === 'percent_per_month' && (int(value) <= 0 || int(value) > SURCHARGE_MAX_BASIS_POINTS)
          ? t('finance.settings.errors.rateCap', { max: SURCHARGE_MAX_BASIS_POINTS })
          : null,
      surcharge_fixed_satang: (value, v) => (v.surcharge_method === 'fixed_per_month' && !value ? t('finance.settings.errors.fixedAmount') : null),
      surcharge_legal_reference: (value, v) => (v.surcharge_method !== 'none' && !value.trim() ? t('finance.settings.errors.legalReference') : null),
    },
  });
  const v = form.values;

  const submit = form.onSubmit((values) => {
    setFormError(null);
    update.mutate(toSettingsUpdate(values), {
      onSuccess: (saved) => {
        form.setInitialValues(initial(saved));
        form.reset();
        notifySuccess(t('finance.settings.saved'));
      },
      onError: (error) => setFormError(applyApiErrors(error, FIELDS, form.setFieldError, t, i18n.language)),
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="finance-settings">
      <Stack gap="md">
        {!editable ? <Alert color="gray">{t('finance.settings.readOnly')}</Alert> : null}
        {formError ? <Alert color="red" role="alert">{formError}</Alert> : null}
        <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="md">
            <Fieldset legend={t('finance.settings.payingTitle')}>
              <Grid>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <Select
                    label={t('finance.settings.promptpayMode')}
                    data={PROMPTPAY_MODES.map((value) => ({ value, label: t(`finance.promptpayModes.${value}`) }))}
                    allowDeselect={false}
                    {...form.getInputProps('promptpay_mode')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput
                    label={t('finance.settings.promptpayId')}
                    description={t('finance.settings.promptpayIdHint')}
                    inputMode="numeric"
                    disabled={v.promptpay_mode === 'none'}
                    {...form.getInputProps('promptpay_id')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput
                    label={t('finance.settings.billerId')}
                    description={t('finance.settings.billerIdHint')}
                    inputMode="numeric"
                    disabled={v.promptpay_mode !== 'bill_payment'}
                    {...form.getInputProps('biller_id')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput label={t('finance.settings.bankName')} {...form.getInputProps('bank_name')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput label={t('finance.settings.bankAccountName')} {...form.getInputProps('bank_account_name')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput label={t('finance.settings.bankAccountNumber')} {...form.getInputProps('bank_account_number')} />
                </Grid.Col>
              </Grid>
            </Fieldset>

            <Fieldset legend={t('finance.settings.billsTitle')}>
              <Grid>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <NumberInput label={t('finance.settings.dueDays')} description={t('finance.settings.dueDaysHint')} min={0} max={365} allowDecimal={false} {...form.getInputProps('due_days')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 8 }}>
                  <TextInput label={t('finance.settings.signatory')} description={t('finance.settings.signatoryHint')} {...form.getInputProps('receipt_signatory')} />
                </Grid.Col>
                <Grid.Col span={12}>
                  <Switch
                    label={t('finance.settings.requireConfirmation')}
                    description={t('finance.settings.requireConfirmationHint')}
                    {...form.getInputProps('require_payment_confirmation', { type: 'checkbox' })}
                  />
                </Grid.Col>
              </Grid>
            </Fieldset>

            <Fieldset legend={t('finance.settings.surchargeTitle')}>
              <Grid>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <Select
                    label={t('finance.settings.surchargeMethod')}
                    description={t('finance.settings.surchargeMethodHint')}
                    data={SURCHARGE_METHODS.map((value) => ({ value, label: t(`finance.surchargeMethods.${value}`) }))}
                    allowDeselect={false}
                    {...form.getInputProps('surcharge_method')}
                  />
                </Grid.Col>
                {v.surcharge_method === 'percent_per_month' ? (
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <NumberInput
                      label={t('finance.settings.rateBasisPoints')}
                      description={t('finance.settings.rateBasisPointsHint')}
                      min={1}
                      max={SURCHARGE_MAX_BASIS_POINTS}
                      allowDecimal={false}
                      {...form.getInputProps('surcharge_rate_basis_points')}
                    />
                  </Grid.Col>
                ) : null}
                {v.surcharge_method === 'fixed_per_month' ? (
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <BahtInput
                      label={t('finance.settings.fixedAmount')}
                      invalidMessage={t('finance.money.invalid')}
                      value={v.surcharge_fixed_satang}
                      onChange={(satang) => form.setFieldValue('surcharge_fixed_satang', satang)}
                      error={form.errors.surcharge_fixed_satang}
                    />
                  </Grid.Col>
                ) : null}
                {v.surcharge_method !== 'none' ? (
                  <>
                    <Grid.Col span={{ base: 12, sm: 4 }}>
                      <NumberInput label={t('finance.settings.graceDays')} min={0} allowDecimal={false} {...form.getInputProps('surcharge_grace_days')} />
                    </Grid.Col>
                    <Grid.Col span={12}>
                      <TextInput
                        label={t('finance.settings.legalReference')}
                        description={t('finance.settings.legalReferenceHint')}
                        {...form.getInputProps('surcharge_legal_reference')}
                      />
                    </Grid.Col>
                  </>
                ) : null}
              </Grid>
            </Fieldset>

            <Fieldset legend={t('finance.settings.arrearsTitle')}>
              <Grid>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <NumberInput label={t('finance.settings.suspensionMonths')} min={1} allowDecimal={false} {...form.getInputProps('arrears_suspension_months')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <NumberInput label={t('finance.settings.landOfficeMonths')} min={1} allowDecimal={false} {...form.getInputProps('arrears_land_office_months')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <NumberInput label={t('finance.settings.certificateDays')} min={1} allowDecimal={false} {...form.getInputProps('certificate_valid_days')} />
                </Grid.Col>
              </Grid>
            </Fieldset>
          </Stack>
        </fieldset>
        {editable ? (
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              {t('finance.settings.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

export function FinanceSettings() {
  const { user } = useAuth();
  const settings = useFinanceSettings();
  if (settings.isPending) return <PageLoader />;
  if (settings.error) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <Paper withBorder radius="md" p="md">
      <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} editable={managesFinance(user)} />
    </Paper>
  );
}
