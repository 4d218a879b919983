import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { DataRequest } from '../api/privacy';

const STATUS_COLORS = { pending: 'yellow', completed: 'teal', rejected: 'gray' } as const;

export function RequestStatusBadge({ request }: { request: Pick<DataRequest, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  if (request.overdue) {
    return (
      <Badge color="red" variant="filled" tt="none">
        {t('privacy.overdue')}
      </Badge>
    );
  }
  return (
    <Badge color={STATUS_COLORS[request.status]} variant="light" tt="none">
      {t(`privacy.status.${request.status}`)}
    </Badge>
  );
}
