import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { AnnouncementFeed } from '@/features/announcements/components/announcement-feed';
import { AnnouncementsTable } from '@/features/announcements/components/announcements-table';
import { useAuthorization } from '@/lib/authorization';

/** Staff who write announcements get the office's list; everyone else their feed. */
export function AnnouncementsRoute() {
  const { t } = useTranslation();
  const { can } = useAuthorization();
  if (!can('announcements:write')) {
    return (
      <>
        <PageHeader title={t('announcements.feedTitle')} description={t('announcements.feedDescription')} />
        <AnnouncementFeed />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t('announcements.title')}
        description={t('announcements.description')}
        actions={
          <Button component={Link} to={paths.newAnnouncement} leftSection={<IconPlus size={16} aria-hidden />}>
            {t('announcements.new')}
          </Button>
        }
      />
      <AnnouncementsTable />
    </>
  );
}
