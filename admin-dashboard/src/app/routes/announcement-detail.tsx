import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { NotFoundPage } from '@/components/errors/status-page';
import { PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { useAnnouncement } from '@/features/announcements/api/announcements';
import { AnnouncementView } from '@/features/announcements/components/announcement-view';
import { isApiError } from '@/lib/problem';

import { useIdParam } from './house-detail';

function AnnouncementDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const announcement = useAnnouncement(id);
  if (announcement.isPending) return <PageLoader />;
  if (isApiError(announcement.error) && announcement.error.status === 404) return <NotFoundPage />;
  if (announcement.isError) return <QueryError error={announcement.error} onRetry={() => void announcement.refetch()} />;
  return (
    <Stack>
      <Anchor component={Link} to={paths.announcements} size="sm">
        ← {t('announcements.back')}
      </Anchor>
      <AnnouncementView announcement={announcement.data} />
    </Stack>
  );
}

export function AnnouncementDetailRoute() {
  const id = useIdParam();
  return id ? <AnnouncementDetail id={id} /> : <NotFoundPage />;
}
