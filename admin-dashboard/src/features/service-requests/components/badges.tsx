import { Badge } from '@mantine/core';
import type { BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Priority, Status } from '../api/service-requests';
import { PRIORITY_COLORS, STATUS_COLORS } from '../policies';

// Always as wide as its words, and as tall as Thai's stacked marks (as components/badges.tsx).
const WHOLE: BadgeProps['styles'] = {
  root: { minWidth: 'max-content', flexShrink: 0, overflow: 'visible', height: 'auto', minHeight: 'var(--badge-height)' },
  label: { overflow: 'visible', textOverflow: 'clip' },
};

export function RequestStatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-testid="request-status" styles={WHOLE}>
      {t(`serviceRequests.statuses.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  if (priority === 'normal') return null;
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant="outline" styles={WHOLE}>
      {t(`serviceRequests.priorities.${priority}`)}
    </Badge>
  );
}
