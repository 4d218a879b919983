import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { NotificationsList } from '@/features/notifications/components/notifications-list';

export function NotificationsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notifications.title')} description={t('notifications.description')} />
      <NotificationsList />
    </>
  );
}
