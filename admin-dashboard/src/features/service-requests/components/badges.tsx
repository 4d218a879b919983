import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Priority, Status } from '../api/service-requests';
import { PRIORITY_COLORS, STATUS_COLORS } from '../policies';

export function RequestStatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-testid="request-status" style={{ flexShrink: 0 }}>
      {t(`serviceRequests.statuses.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  if (priority === 'normal') return null;
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant="outline" style={{ flexShrink: 0 }}>
      {t(`serviceRequests.priorities.${priority}`)}
    </Badge>
  );
}
