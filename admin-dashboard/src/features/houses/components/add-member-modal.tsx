import { Alert, Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DayPickerInput } from '@/components/day-picker-input';
import { applyApiErrors } from '@/lib/form-errors';
import { looksLikeEmail } from '@/lib/identifier';
import { isApiError } from '@/lib/problem';
import { notifySuccess } from '@/lib/notify';
import { formatPhone } from '@/lib/phone';

import { useAddMember, usePeopleSearch } from '../api/members';
import type { MemberAdd, Relation } from '../api/members';
import { registryProblem } from '../utils/problems';
import { RelationSelect } from './relation-select';

type Mode = 'existing' | 'new';

export interface AddMemberValues {
  user_id: string | null;
  full_name: string;
  phone: string;
  email: string;
  relation: string | null;
  is_primary_contact: boolean;
  moved_in_on: string | null;
}

/** The body of POST …/members: an existing person by id, or a new one by name with a phone and/or an email. */
export function toMemberAdd(values: AddMemberValues, mode: Mode): MemberAdd {
  const body: MemberAdd = { relation: values.relation as Relation, is_primary_contact: values.is_primary_contact };
  if (values.moved_in_on) body.moved_in_on = values.moved_in_on;
  if (mode === 'existing') return { ...body, user_id: Number(values.user_id) };
  body.full_name = values.full_name.trim();
  if (values.phone.trim()) body.phone = values.phone.trim();
  if (values.email.trim()) body.email = values.email.trim();
  return body;
}

const FIELDS = ['user_id', 'full_name', 'phone', 'email', 'relation', 'is_primary_contact', 'moved_in_on'];

function PersonSearch({ value, onChange, error }: { value: string | null; onChange: (id: string | null, name: string) => void; error?: React.ReactNode }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const people = usePeopleSearch(debounced);
  const options = (people.data?.items ?? []).map((person) => ({
    value: String(person.id),
    label: [person.full_name, person.phone ? formatPhone(person.phone) : null, person.email].filter(Boolean).join(' · '),
  }));
  return (
    <Select
      label={t('members.findPerson')}
      placeholder={t('members.findPersonPlaceholder')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      // The server searched already (name, phone or email): show what it found.
      filter={({ options: all }) => all}
      value={value}
      onChange={(id, option) => onChange(id, option?.label ?? '')}
      nothingFoundMessage={debounced.trim().length >= 2 && !people.isFetching ? t('members.findPersonNothing') : undefined}
      error={error}
      required
      data-testid="person-search"
    />
  );
}

export function AddMemberModal({ houseId, houseNumber, opened, onClose }: { houseId: number; houseNumber: string; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const add = useAddMember(houseId);
  const [mode, setMode] = useState<Mode>('existing');
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AddMemberValues>({
    mode: 'controlled',
    initialValues: { user_id: null, full_name: '', phone: '', email: '', relation: 'owner', is_primary_contact: false, moved_in_on: null },
    validate: {
      user_id: (value) => (mode === 'existing' && !value ? t('validation.required') : null),
      full_name: (value) => (mode === 'new' && !value.trim() ? t('validation.required') : null),
      phone: (value, values) => (mode === 'new' && !value.trim() && !values.email.trim() ? t('members.identifierNeeded') : null),
      email: (value) => (mode === 'new' && value.trim() && !looksLikeEmail(value) ? t('validation.email') : null),
      relation: (value) => (value ? null : t('validation.required')),
    },
  });

  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const member = await add.mutateAsync(toMemberAdd(values, mode));
      notifySuccess(t('members.added', { name: member.user.full_name, house: houseNumber }));
      close();
    } catch (error) {
      if (isApiError(error) && error.status === 409) setFormError(registryProblem(error, t));
      else setFormError(applyApiErrors(error, FIELDS, form.setFieldError, t, i18n.language));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('members.addTitle', { house: houseNumber })} size="lg">
      <form onSubmit={submit} noValidate aria-label={t('members.add')}>
        <Stack>
          {formError ? (
            <Alert color="red" role="alert" data-testid="member-error">
              {formError}
            </Alert>
          ) : null}
          <SegmentedControl
            value={mode}
            onChange={(value) => {
              setMode(value as Mode);
              form.clearErrors();
              setFormError(null);
            }}
            data={[
              { value: 'existing', label: t('members.existing') },
              { value: 'new', label: t('members.newPerson') },
            ]}
            fullWidth
          />
          {mode === 'existing' ? (
            <PersonSearch value={form.values.user_id} onChange={(id) => form.setFieldValue('user_id', id)} error={form.errors.user_id} />
          ) : (
            <>
              <Text size="xs" c="dimmed">
                {t('members.newPersonHint')}
              </Text>
              <TextInput label={t('fields.fullName')} required autoComplete="off" {...form.getInputProps('full_name')} />
              <Group grow wrap="wrap" align="flex-start">
                <TextInput label={t('fields.phone')} type="tel" autoComplete="off" placeholder="081-234-5678" miw={200} {...form.getInputProps('phone')} />
                <TextInput label={t('fields.email')} type="email" autoComplete="off" miw={200} {...form.getInputProps('email')} />
              </Group>
            </>
          )}
          <Group grow wrap="wrap" align="flex-start">
            <RelationSelect
              label={t('members.relation')}
              value={form.values.relation}
              onChange={(value) => form.setFieldValue('relation', value)}
              error={form.errors.relation}
            />
            <DayPickerInput label={t('members.movedIn')} value={form.values.moved_in_on} onChange={(day) => form.setFieldValue('moved_in_on', day)} />
          </Group>
          <Checkbox
            label={t('members.primaryContact')}
            description={t('members.primaryContactHint')}
            {...form.getInputProps('is_primary_contact', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('members.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
