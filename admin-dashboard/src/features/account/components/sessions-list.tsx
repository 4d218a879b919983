import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconDeviceDesktop, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { PageLoader, QueryError } from '@/components/page-states';
import { useAuth } from '@/lib/auth/auth-provider';
import { formatDateTime } from '@/lib/format';
import { notifyFailure, notifySuccess } from '@/lib/notify';
import { problemMessage } from '@/lib/problem-message';

import { useEndOtherSessions, useEndSession, useSessions } from '../api/sessions';
import type { Session } from '../api/sessions';

/** "Chrome on Linux" from a user-agent string; enough to recognise a device. */
export function describeDevice(userAgent: string | null | undefined): string {
  if (!userAgent) return '—';
  const browser =
    /Edg\//.test(userAgent) ? 'Edge'
    : /Firefox\//.test(userAgent) ? 'Firefox'
    : /Chrom(e|ium)\//.test(userAgent) ? 'Chrome'
    : /Safari\//.test(userAgent) ? 'Safari'
    : /curl\//.test(userAgent) ? 'curl'
    : null;
  const os =
    /Android/.test(userAgent) ? 'Android'
    : /iPhone|iPad/.test(userAgent) ? 'iOS'
    : /Windows/.test(userAgent) ? 'Windows'
    : /Mac OS X/.test(userAgent) ? 'macOS'
    : /Linux/.test(userAgent) ? 'Linux'
    : null;
  if (browser && os) return `${browser} · ${os}`;
  return browser ?? os ?? userAgent.slice(0, 40);
}

function SessionRow({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const { signOut } = useAuth();
  const end = useEndSession();
  const lang = i18n.language;
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="session-row">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconDeviceDesktop size={20} aria-hidden />
          <Stack gap={0}>
            <Group gap={6}>
              <Text fw={500}>{describeDevice(session.user_agent)}</Text>
              {session.current ? <Badge size="sm" color="teal">{t('account.thisDevice')}</Badge> : null}
            </Group>
            <Text size="xs" c="dimmed">
              {t('account.sessionMeta', {
                ip: session.ip_address ?? '—',
                since: formatDateTime(session.created_at, lang),
                last: formatDateTime(session.last_used_at, lang),
              })}
            </Text>
          </Stack>
        </Group>
        {session.current ? (
          <Button size="xs" variant="light" color="red" leftSection={<IconLogout size={14} />} onClick={() => void signOut()}>
            {t('account.signOutThisDevice')}
          </Button>
        ) : (
          <Button
            size="xs"
            variant="default"
            loading={end.isPending}
            onClick={() =>
              end.mutate(session.id, {
                onSuccess: () => notifySuccess(t('account.deviceSignedOut')),
                onError: (error) => notifyFailure(problemMessage(error, t)),
              })
            }
          >
            {t('account.signOutDevice')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

export function SessionsList() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const endOthers = useEndOtherSessions();
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;

  const confirmEndOthers = () =>
    modals.openConfirmModal({
      title: t('account.signOutOthersTitle'),
      children: <Text size="sm">{t('account.signOutOthersBody', { count: others })}</Text>,
      labels: { confirm: t('account.signOutOthers'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        endOthers.mutate(undefined, {
          onSuccess: (result) => notifySuccess(t('account.othersSignedOut', { count: result.ended })),
          onError: (error) => notifyFailure(problemMessage(error, t)),
        }),
    });

  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" mb="md" wrap="wrap">
        <Title order={2} size="h4">
          {t('account.sessions')}
        </Title>
        <Button size="xs" variant="light" color="red" disabled={others === 0} onClick={confirmEndOthers}>
          {t('account.signOutOthers')}
        </Button>
      </Group>
      {sessions.isPending ? <PageLoader /> : null}
      {sessions.isError ? <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} /> : null}
      <Stack gap="xs">
        {sessions.data?.map((session) => <SessionRow key={session.id} session={session} />)}
      </Stack>
    </Paper>
  );
}
