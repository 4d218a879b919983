import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { paths } from '@/config/paths';
import { useCreateAnnouncement } from '@/features/announcements/api/announcements';
import { AnnouncementForm, toCreate } from '@/features/announcements/components/announcement-form';
import { notifySuccess } from '@/lib/notify';

function NewAnnouncement() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAnnouncement();
  return (
    <>
      <PageHeader title={t('announcements.new')} />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <AnnouncementForm
          submitLabel={t('announcements.create')}
          onCancel={() => void navigate(paths.announcements)}
          onSubmit={async (values) => {
            const created = await create.mutateAsync(toCreate(values));
            notifySuccess(t(created.status === 'published' ? 'announcements.published' : 'announcements.saved'));
            void navigate(paths.announcement(created.id));
          }}
        />
      </Paper>
    </>
  );
}

export function NewAnnouncementRoute() {
  return (
    <RequirePermission permission="announcements:write">
      <NewAnnouncement />
    </RequirePermission>
  );
}
