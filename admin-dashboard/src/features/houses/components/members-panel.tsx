import { ActionIcon, Anchor, Button, Group, Menu, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconDots, IconDoorExit, IconStar, IconTrash, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DayPickerInput } from '@/components/day-picker-input';
import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { useAuthorization } from '@/lib/authorization';
import { formatIsoDay } from '@/lib/format';
import { notifyFailure, notifySuccess } from '@/lib/notify';
import { formatPhone, phoneHref } from '@/lib/phone';

import { RELATIONS, useMembers, useRemoveMember, useUpdateMember } from '../api/members';
import type { Member, Relation } from '../api/members';
import { isCurrent, memberActions, sortMembers } from '../policies';
import { registryProblem } from '../utils/problems';
import { AddMemberModal } from './add-member-modal';
import { FlagBadge, PrimaryContactBadge, RelationBadge } from './house-badges';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Who a member is: name (a link for those who read users), phone and email. */
export function PersonLine({ member, linkToUser }: { member: Pick<Member, 'user'>; linkToUser: boolean }) {
  const { user } = member;
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      {linkToUser ? (
        <Anchor component={Link} to={paths.user(user.id)} fw={600} data-testid="member-name">
          {user.full_name}
        </Anchor>
      ) : (
        <Text fw={600} data-testid="member-name">
          {user.full_name}
        </Text>
      )}
      <Group gap="xs" wrap="wrap">
        {user.phone ? (
          <Anchor href={phoneHref(user.phone)} size="xs" c="dimmed">
            {formatPhone(user.phone)}
          </Anchor>
        ) : null}
        {user.email ? (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {user.email}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}

function EndMembershipBody({ member, onEnd }: { member: Member; onEnd: (day: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [day, setDay] = useState<string | null>(today());
  const [busy, setBusy] = useState(false);
  return (
    <Stack>
      <Text size="sm">{t('members.endBody')}</Text>
      <DayPickerInput label={t('members.movedOut')} value={day} onChange={setDay} minDate={member.moved_in_on ?? undefined} />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => modals.closeAll()}>
          {t('common.cancel')}
        </Button>
        <Button
          color="red"
          disabled={!day}
          loading={busy}
          onClick={() => {
            if (!day) return;
            setBusy(true);
            void onEnd(day).finally(() => setBusy(false));
          }}
        >
          {t('members.endConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}

function MemberRow({ member, houseId, canWrite, linkToUser }: { member: Member; houseId: number; canWrite: boolean; linkToUser: boolean }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateMember(houseId);
  const remove = useRemoveMember(houseId);
  const allowed = memberActions(member, canWrite);
  const name = member.user.full_name;
  const lang = i18n.language;
  const current = isCurrent(member);

  const patch = (body: Parameters<typeof update.mutateAsync>[0]['body'], done: string) =>
    update.mutateAsync({ memberId: member.id, body }).then(
      () => notifySuccess(done),
      (error: unknown) => notifyFailure(registryProblem(error, t)),
    );

  const openEnd = () =>
    modals.open({
      title: t('members.endTitle', { name }),
      children: (
        <EndMembershipBody
          member={member}
          onEnd={(day) => patch({ moved_out_on: day }, t('members.ended', { name })).then(() => modals.closeAll())}
        />
      ),
    });

  const openRemove = () =>
    modals.openConfirmModal({
      title: t('members.removeTitle', { name }),
      children: <Text size="sm">{t('members.removeBody')}</Text>,
      labels: { confirm: t('members.remove'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(member.id, {
          onSuccess: () => notifySuccess(t('members.removed', { name })),
          onError: (error) => notifyFailure(registryProblem(error, t)),
        }),
    });

  return (
    <Paper withBorder radius="sm" p="sm" data-testid="member-row" data-current={current} bg={current ? undefined : 'gray.0'}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <PersonLine member={member} linkToUser={linkToUser} />
          <Group gap={6} wrap="wrap">
            <RelationBadge relation={member.relation} />
            {member.is_primary_contact ? <PrimaryContactBadge /> : null}
            {!member.user.has_password && current ? <FlagBadge label={t('members.noPassword')} /> : null}
          </Group>
          <Text size="xs" c="dimmed">
            {current
              ? member.moved_in_on
                ? t('members.since', { date: formatIsoDay(member.moved_in_on, lang) })
                : null
              : t('members.period', { from: formatIsoDay(member.moved_in_on, lang), to: formatIsoDay(member.moved_out_on, lang) })}
          </Text>
        </Stack>
        {allowed.end ? (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('members.actions', { name })} loading={update.isPending || remove.isPending}>
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {allowed.makePrimary ? (
                <Menu.Item leftSection={<IconStar size={16} />} onClick={() => void patch({ is_primary_contact: true }, t('members.madePrimary', { name }))}>
                  {t('members.makePrimary')}
                </Menu.Item>
              ) : null}
              <Menu.Label>{t('members.changeRelation')}</Menu.Label>
              {RELATIONS.filter((relation) => relation !== member.relation).map((relation: Relation) => (
                <Menu.Item key={relation} pl="lg" onClick={() => void patch({ relation }, t('members.relationChanged'))}>
                  {t(`members.relations.${relation}`)}
                </Menu.Item>
              ))}
              <Menu.Divider />
              <Menu.Item leftSection={<IconDoorExit size={16} />} onClick={openEnd}>
                {t('members.end')}
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={openRemove}>
                {t('members.remove')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
    </Paper>
  );
}

export function MembersPanel({ houseId, houseNumber, archived }: { houseId: number; houseNumber: string; archived: boolean }) {
  const { t } = useTranslation();
  const { can } = useAuthorization();
  const [showPast, setShowPast] = useState(false);
  const [adding, setAdding] = useState(false);
  const members = useMembers(houseId, showPast);
  const canWrite = can('houses:write');
  const list = sortMembers(members.data ?? []);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={t('members.title')}>
      <Group justify="space-between" mb="md" wrap="wrap" gap="sm">
        <Group gap="xs">
          <IconUsers size={20} aria-hidden />
          <Title order={2} size="h4">
            {t('members.title')}
          </Title>
        </Group>
        <Group gap="sm" wrap="wrap">
          <Switch label={t('members.showPast')} checked={showPast} onChange={(event) => setShowPast(event.currentTarget.checked)} />
          {canWrite && !archived ? (
            <Button size="xs" leftSection={<IconUserPlus size={14} />} onClick={() => setAdding(true)}>
              {t('members.add')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {members.isPending ? <PageLoader /> : null}
      {members.isError ? <QueryError error={members.error} onRetry={() => void members.refetch()} /> : null}
      {members.data && list.length === 0 ? <EmptyState title={t('members.none')} /> : null}
      <Stack gap="xs">
        {list.map((member) => (
          <MemberRow key={member.id} member={member} houseId={houseId} canWrite={canWrite} linkToUser={can('users:read')} />
        ))}
      </Stack>
      {canWrite ? <AddMemberModal houseId={houseId} houseNumber={houseNumber} opened={adding} onClose={() => setAdding(false)} /> : null}
    </Paper>
  );
}
