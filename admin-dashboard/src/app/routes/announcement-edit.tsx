import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { NotFoundPage } from '@/components/errors/status-page';
import { PageHeader } from '@/components/page-header';
import { PageLoader, QueryError } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { paths } from '@/config/paths';
import { useAnnouncement, useUpdateAnnouncement } from '@/features/announcements/api/announcements';
import type { Announcement } from '@/features/announcements/api/announcements';
import { AnnouncementForm, toUpdate } from '@/features/announcements/components/announcement-form';
import { notifySuccess } from '@/lib/notify';
import { isApiError } from '@/lib/problem';

import { useIdParam } from './house-detail';

function EditForm({ announcement }: { announcement: Announcement }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateAnnouncement(announcement.id);
  return (
    <>
      <PageHeader title={t('announcements.editTitle')} />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <AnnouncementForm
          announcement={announcement}
          submitLabel={t('announcements.save')}
          onCancel={() => void navigate(paths.announcement(announcement.id))}
          onSubmit={async (values) => {
            await update.mutateAsync(toUpdate(values, announcement));
            notifySuccess(t('announcements.saved'));
            void navigate(paths.announcement(announcement.id));
          }}
        />
      </Paper>
    </>
  );
}

function EditAnnouncement({ id }: { id: number }) {
  const announcement = useAnnouncement(id);
  if (announcement.isPending) return <PageLoader />;
  if (isApiError(announcement.error) && announcement.error.status === 404) return <NotFoundPage />;
  if (announcement.isError) return <QueryError error={announcement.error} onRetry={() => void announcement.refetch()} />;
  return <EditForm announcement={announcement.data} />;
}

export function EditAnnouncementRoute() {
  const id = useIdParam();
  return <RequirePermission permission="announcements:write">{id ? <EditAnnouncement id={id} /> : <NotFoundPage />}</RequirePermission>;
}
