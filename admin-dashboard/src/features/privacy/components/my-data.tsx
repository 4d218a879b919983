import { Alert, Button, Group, Pagination, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconDownload, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { formatDate, formatIsoDay } from '@/lib/format';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { REQUEST_TYPES, useExportMyData, useFileDataRequest, useMyDataRequests, useNotice } from '../api/privacy';
import type { DataRequestType } from '../api/privacy';
import { downloadJson, exportFilename } from '../utils/download';
import { privacyProblem } from '../utils/problems';
import { NoticeText } from './notice-text';
import { RequestStatusBadge } from './request-badges';

const PER_PAGE = 10;

function DownloadCard() {
  const { t } = useTranslation();
  const exporter = useExportMyData();
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('privacy.download.title')}
        </Title>
        <Text size="sm">{t('privacy.download.body')}</Text>
        <Button
          leftSection={<IconDownload size={16} />}
          loading={exporter.isPending}
          style={{ alignSelf: 'flex-start' }}
          onClick={() =>
            exporter.mutate(undefined, {
              onSuccess: (data) => {
                downloadJson(data, exportFilename(data.generated_at));
                notifySuccess(t('privacy.download.done'));
              },
              onError: (error) => notifyFailure(privacyProblem(error, t)),
            })
          }
        >
          {t('privacy.download.button')}
        </Button>
      </Stack>
    </Paper>
  );
}

function RequestForm() {
  const { t } = useTranslation();
  const file = useFileDataRequest();
  const [type, setType] = useState<DataRequestType | null>(null);
  const [details, setDetails] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Paper withBorder radius="md" p="md">
      <form
        aria-label={t('privacy.file.title')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!type) {
            setError(t('validation.required'));
            return;
          }
          setError(null);
          file.mutate(
            { type, details: details.trim() || null },
            {
              onSuccess: () => {
                notifySuccess(t('privacy.file.done'));
                setType(null);
                setDetails('');
              },
              onError: (caught) => setError(privacyProblem(caught, t)),
            },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('privacy.file.title')}
          </Title>
          <Text size="sm">{t('privacy.file.body')}</Text>
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Select
            label={t('privacy.file.type')}
            placeholder={t('privacy.file.typePlaceholder')}
            data={REQUEST_TYPES.map((value) => ({ value, label: t(`privacy.types.${value}`) }))}
            value={type}
            onChange={(value) => setType(REQUEST_TYPES.find((known) => known === value) ?? null)}
            required
            allowDeselect={false}
          />
          {type ? (
            <Text size="xs" c="dimmed">
              {t(`privacy.typeHints.${type}`)}
            </Text>
          ) : null}
          <Textarea
            label={t('privacy.file.details')}
            description={t('privacy.file.detailsHint')}
            value={details}
            onChange={(event) => setDetails(event.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={2}
          />
          <Button type="submit" leftSection={<IconSend size={16} />} loading={file.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('privacy.file.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function MyRequests() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const requests = useMyDataRequests({ page, per_page: PER_PAGE });
  const total = requests.data?.total ?? 0;
  const lang = i18n.language;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('privacy.mine.title')}
      </Title>
      {requests.isPending ? <PageLoader /> : null}
      {requests.isError ? <QueryError error={requests.error} onRetry={() => void requests.refetch()} /> : null}
      {requests.data && requests.data.items.length === 0 ? <EmptyState title={t('privacy.mine.empty')} /> : null}
      {requests.data?.items.map((request) => (
        <Paper key={request.id} withBorder radius="md" p="sm" data-testid="my-data-request">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={600}>{t(`privacy.types.${request.type}`)}</Text>
            <RequestStatusBadge request={request} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('privacy.filedOn', { date: formatDate(request.created_at, lang) })} · {t('privacy.dueOn', { date: formatIsoDay(request.due_on, lang) })}
          </Text>
          {request.details ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {request.details}
            </Text>
          ) : null}
          {request.decision_note ? (
            <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
              {t('privacy.answer')}: {request.decision_note}
            </Text>
          ) : null}
        </Paper>
      ))}
      {total > PER_PAGE ? <Pagination total={Math.ceil(total / PER_PAGE)} value={page} onChange={setPage} size="sm" /> : null}
    </Stack>
  );
}

function NoticeCard() {
  const { t, i18n } = useTranslation();
  const notice = useNotice();
  const [open, setOpen] = useState(false);
  if (!notice.data) return null;
  const lang = i18n.language;
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {t('privacy.notice.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('privacy.notice.version', { version: notice.data.version, date: formatDate(notice.data.published_at, lang) })}
            {notice.data.accepted_at ? ` · ${t('privacy.notice.acceptedOn', { date: formatDate(notice.data.accepted_at, lang) })}` : ''}
          </Text>
        </Stack>
        <Button variant="light" size="xs" onClick={() => setOpen((value) => !value)}>
          {open ? t('privacy.notice.hide') : t('privacy.notice.show')}
        </Button>
      </Group>
      {open ? (
        <Stack mt="sm" lang={lang === 'th' ? 'th' : 'en'}>
          <NoticeText text={lang === 'th' ? notice.data.text_th : notice.data.text_en} />
        </Stack>
      ) : null}
    </Paper>
  );
}

/** "My data": download everything held about me, file a data request, see mine. */
export function MyData() {
  return (
    <Stack>
      <DownloadCard />
      <RequestForm />
      <MyRequests />
      <NoticeCard />
    </Stack>
  );
}
