import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from 'react-router';

import { DayPickerInput } from '@/components/day-picker-input';

import type { useAuditQueryState } from '../hooks/use-audit-query-state';
import { actionsInGroup, AUDIT_ACTION_GROUPS } from '../utils/audit-actions';

type QueryState = ReturnType<typeof useAuditQueryState>;

export function AuditFilters({ state }: { state: QueryState }) {
  const { t } = useTranslation();
  const { query, since, until, update } = state;
  // The person is typed freely and searched once typing settles.
  const [person, setPerson] = useState(state.person);
  const [debouncedPerson] = useDebouncedValue(person, 400);

  const navigation = useNavigation();
  useEffect(() => {
    // Not while leaving the page: a late search would cancel the navigation away.
    if (navigation.state !== 'idle') return;
    if (debouncedPerson.trim() !== state.person.trim()) update({ q: debouncedPerson.trim() || null });
    // only when the typed text settles
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedPerson]);

  const actionOptions = AUDIT_ACTION_GROUPS.map((group) => ({
    group: t(`audit.groups.${group}`),
    items: actionsInGroup(group).map((action) => ({ value: action, label: t(`audit.actions.${action}`) })),
  }));

  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        label={t('audit.person')}
        placeholder={t('audit.personPlaceholder')}
        title={t('audit.personHint')}
        leftSection={<IconSearch size={16} />}
        type="search"
        value={person}
        onChange={(event) => setPerson(event.currentTarget.value)}
        maxLength={100}
        style={{ flex: '1 1 180px' }}
      />
      <Select
        label={t('audit.action')}
        placeholder={t('audit.anyAction')}
        data={actionOptions}
        value={query.action ?? null}
        onChange={(value) => update({ action: value })}
        clearable
        searchable
        nothingFoundMessage={t('audit.empty')}
        maxDropdownHeight={360}
        w={{ base: '100%', xs: 210 }}
      />
      <Select
        label={t('audit.targetType')}
        placeholder={t('audit.anyTarget')}
        data={[
          { value: 'user', label: t('audit.targetUser') },
          { value: 'house', label: t('audit.targetHouse') },
          { value: 'session', label: t('audit.targetSession') },
          { value: 'jwt_key', label: t('audit.targetJwtKey') },
        ]}
        value={query.target_type ?? null}
        onChange={(value) => update({ target_type: value })}
        clearable
        w={{ base: '100%', xs: 170 }}
      />
      <DayPickerInput
        label={t('audit.since')}
        value={since}
        maxDate={until ?? undefined}
        onChange={(day) => update({ since: day })}
        w={{ base: '100%', xs: 160 }}
      />
      <DayPickerInput
        label={t('audit.until')}
        value={until}
        minDate={since ?? undefined}
        onChange={(day) => update({ until: day })}
        w={{ base: '100%', xs: 160 }}
      />
      {state.filtered ? (
        <Button
          variant="subtle"
          leftSection={<IconX size={16} />}
          onClick={() => {
            setPerson('');
            state.clear();
          }}
        >
          {t('audit.clearFilters')}
        </Button>
      ) : null}
    </Group>
  );
}
