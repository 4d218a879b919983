/** Every debt-clearance certificate issued, newest first, searchable, each with its PDF. */
import { Anchor, Badge, Button, Paper, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataTable } from '@/components/data-table';
import type { Column } from '@/components/data-table';
import { paths } from '@/config/paths';
import { formatIsoDay, formatNumber } from '@/lib/format';
import { notifyFailure } from '@/lib/notify';
import { problemMessage } from '@/lib/problem-message';

import { useCertificates, useDownloadCertificatePdf } from '../api/certificates';
import type { CertificateRead } from '../api/certificates';

type Row = CertificateRead & { id: number };

function PdfButton({ certificate }: { certificate: CertificateRead }) {
  const { t } = useTranslation();
  const pdf = useDownloadCertificatePdf();
  return (
    <Button size="xs" variant="subtle" loading={pdf.isPending} onClick={() => pdf.mutate(certificate, { onError: (e) => notifyFailure(problemMessage(e, t)) })}>
      PDF
    </Button>
  );
}

export function CertificatesList() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 350);
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(20);
  const list = useCertificates({ page, per_page: perPage, ...(q ? { q } : {}) });
  const lang = i18n.language;
  // The table keys rows by id; a certificate's id is its place in this page.
  const rows: Row[] | undefined = list.data?.items.map((c, index) => ({ ...c, id: (page - 1) * perPage + index + 1 }));
  const columns: Column<Row>[] = [
    { key: 'number', header: t('certificates.number'), noWrap: true, cell: (c) => <b data-testid="certificate-number">{c.number}</b> },
    { key: 'house', header: t('certificates.house'), noWrap: true, cell: (c) => <Anchor component={Link} to={paths.house(c.house.id)} size="sm">{c.house.house_number}</Anchor> },
    { key: 'issued', header: t('certificates.issueDate'), noWrap: true, visibleFrom: 'sm', cell: (c) => formatIsoDay(c.issue_date, lang) },
    {
      key: 'until',
      header: t('certificates.validUntil'),
      noWrap: true,
      cell: (c) => (c.valid ? formatIsoDay(c.valid_until, lang) : <Badge color="gray" variant="light">{t('certificates.expired')}</Badge>),
    },
    { key: 'by', header: t('certificates.issuedByShort'), visibleFrom: 'md', cell: (c) => c.issued_by?.full_name ?? '—' },
    { key: 'pdf', header: '', cell: (c) => <PdfButton certificate={c} /> },
  ];
  const total = list.data?.total ?? 0;
  return (
    <Paper withBorder radius="md" p="md">
      <TextInput
        label={t('certificates.search')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setPage(1);
        }}
        type="search"
        mb="md"
        maw={360}
      />
      <DataTable
        label={t('certificates.title')}
        testId="certificates-table"
        columns={columns}
        rows={rows}
        isPending={list.isPending}
        isFetching={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={{ title: t('certificates.empty'), hint: t('certificates.emptyHint') }}
        total={total}
        totalLabel={t('certificates.total', { count: total, formatted: formatNumber(total, lang) })}
        page={page}
        perPage={perPage}
        pageSizes={[10, 20, 50, 100]}
        onPage={setPage}
        onPerPage={(n) => {
          setPerPage(n);
          setPage(1);
        }}
        minWidth={560}
      />
    </Paper>
  );
}
