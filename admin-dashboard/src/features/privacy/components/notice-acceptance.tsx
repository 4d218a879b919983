import { Alert, Button, Checkbox, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { PageLoader, QueryError } from '@/components/page-states';
import { useAuth } from '@/lib/auth/auth-provider';
import { formatDate } from '@/lib/format';

import { useAcceptNotice, useNotice } from '../api/privacy';
import { privacyProblem } from '../utils/problems';
import { NoticeText } from './notice-text';

/**
 * At sign-in, while /auth/me says `privacy_notice_pending`: the current privacy
 * notice in the person's language, and nothing else of the app until they accept
 * it (like the forced password change). Accepting is logged by the API.
 */
export function NoticeAcceptance() {
  const { t, i18n } = useTranslation();
  const { user, signOut } = useAuth();
  const notice = useNotice();
  const accept = useAcceptNotice();
  const [read, setRead] = useState(false);
  const thai = i18n.language === 'th';

  return (
    <AuthLayout
      title={t('privacy.notice.title')}
      subtitle={user?.full_name}
      width={640}
      footer={
        <Button variant="subtle" onClick={() => void signOut()} mx="auto">
          {t('nav.signOut')}
        </Button>
      }
    >
      {notice.isPending ? <PageLoader /> : null}
      {notice.isError ? <QueryError error={notice.error} onRetry={() => void notice.refetch()} /> : null}
      {notice.data ? (
        <Stack>
          <Text size="sm">{t('privacy.notice.intro')}</Text>
          <Text size="xs" c="dimmed">
            {t('privacy.notice.version', { version: notice.data.version, date: formatDate(notice.data.published_at, i18n.language) })}
          </Text>
          <ScrollArea.Autosize mah="50vh" type="auto" offsetScrollbars>
            <section aria-label={t('privacy.notice.title')} lang={thai ? 'th' : 'en'}>
              <NoticeText text={thai ? notice.data.text_th : notice.data.text_en} />
            </section>
          </ScrollArea.Autosize>
          {accept.isError ? (
            <Alert color="red" role="alert">
              {privacyProblem(accept.error, t)}
            </Alert>
          ) : null}
          <Checkbox label={t('privacy.notice.readIt')} checked={read} onChange={(event) => setRead(event.currentTarget.checked)} />
          <Button fullWidth disabled={!read} loading={accept.isPending} onClick={() => accept.mutate(notice.data.version)}>
            {t('privacy.notice.accept')}
          </Button>
        </Stack>
      ) : null}
    </AuthLayout>
  );
}
