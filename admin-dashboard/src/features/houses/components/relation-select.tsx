import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { RELATIONS } from '../api/members';

/** A select of the relations, in the user's language. */
export function RelationSelect(props: { value: string | null; onChange: (value: string | null) => void; label: string; error?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Select
      label={props.label}
      data={RELATIONS.map((relation) => ({ value: relation, label: t(`members.relations.${relation}`) }))}
      value={props.value}
      onChange={props.onChange}
      allowDeselect={false}
      error={props.error}
      required
    />
  );
}
