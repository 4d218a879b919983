import { Badge } from '@mantine/core';
import type { BadgeProps } from '@mantine/core';
import { IconStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { Occupancy, PlotType } from '../api/houses';
import type { Relation } from '../api/members';

// Whole words, never an ellipsis; Thai vowels above and below the line are not clipped.
const WHOLE: BadgeProps['styles'] = {
  root: { minWidth: 'max-content', flexShrink: 0, overflow: 'visible', height: 'auto', minHeight: 'var(--badge-height)' },
  label: { overflow: 'visible', textOverflow: 'clip' },
};

const OCCUPANCY_COLORS: Record<Occupancy, string> = { occupied: 'teal', vacant: 'gray', under_construction: 'yellow' };

export function OccupancyBadge({ occupancy }: { occupancy: Occupancy }) {
  const { t } = useTranslation();
  return (
    <Badge color={OCCUPANCY_COLORS[occupancy]} variant="dot" radius="sm" tt="none" styles={WHOLE}>
      {t(`houses.occupancies.${occupancy}`)}
    </Badge>
  );
}

export function PlotTypeLabel({ plotType }: { plotType: PlotType }) {
  const { t } = useTranslation();
  return <>{t(`houses.plotTypes.${plotType}`)}</>;
}

export function RelationBadge({ relation }: { relation: Relation }) {
  const { t } = useTranslation();
  return (
    <Badge color={relation === 'owner' || relation === 'co_owner' ? 'blue' : 'gray'} variant="light" radius="sm" tt="none" styles={WHOLE}>
      {t(`members.relations.${relation}`)}
    </Badge>
  );
}

export function FlagBadge({ label, color = 'gray', testId }: { label: string; color?: string; testId?: string }) {
  return (
    <Badge color={color} variant="outline" radius="sm" tt="none" styles={WHOLE} data-testid={testId}>
      {label}
    </Badge>
  );
}

/** The bill-to person of a house (one per house). */
export function PrimaryContactBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="yellow" variant="light" radius="sm" tt="none" styles={WHOLE} leftSection={<IconStar size={12} />} data-testid="primary-contact">
      {t('members.primaryContact')}
    </Badge>
  );
}
