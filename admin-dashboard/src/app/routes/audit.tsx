import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { AuditLog } from '@/features/audit/components/audit-log';

export function AuditRoute() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="audit:read">
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <AuditLog />
    </RequirePermission>
  );
}
