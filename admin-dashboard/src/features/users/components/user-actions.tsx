import { Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconEdit, IconLockOpen, IconLogout, IconTrash, IconUserOff, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth/auth-provider';
import { useAuthorization } from '@/lib/authorization';
import { notifyFailure, notifySuccess } from '@/lib/notify';
import { isApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';

import type { User } from '../api/get-users';
import { useDeleteUser, useRevokeUserSessions, useUnlockUser, useUpdateUser } from '../api/manage-users';
import { userActions } from '../policies';
import { SetPasswordLinkButton } from './set-password-link';

/** What the signed-in user may do to `target`: the API's permissions and role rules, mirrored (../policies.ts). */
export function useUserPermissions(target: User) {
  const { user: me } = useAuth();
  const { can, assignableRoles } = useAuthorization();
  return userActions(
    {
      id: me?.id ?? 0,
      canWrite: can('users:write'),
      canDelete: can('users:delete'),
      canRevokeSessions: can('sessions:revoke_any'),
      assignableRoles,
    },
    target,
  );
}

export function UserActions({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const allowed = useUserPermissions(user);
  const update = useUpdateUser(user.id);
  const unlock = useUnlockUser();
  const endSessions = useRevokeUserSessions();
  const remove = useDeleteUser();
  const name = user.full_name;

  const confirm = (options: { title: string; body: string; label: string; danger?: boolean; onConfirm: () => Promise<unknown>; done: string }) =>
    modals.openConfirmModal({
      title: options.title,
      children: <Text size="sm">{options.body}</Text>,
      labels: { confirm: options.label, cancel: t('common.cancel') },
      confirmProps: { color: options.danger ? 'red' : 'blue' },
      onConfirm: () => {
        options.onConfirm().then(
          () => notifySuccess(options.done),
          (error: unknown) => notifyFailure(isApiError(error) || !(error instanceof Error) ? problemMessage(error, t) : error.message),
        );
      },
    });

  const active = user.status === 'active';
  return (
    <Group gap="xs" wrap="wrap">
      {allowed.edit ? (
        <Button component={Link} to={paths.editUser(user.id)} leftSection={<IconEdit size={16} />} variant="light">
          {t('users.edit')}
        </Button>
      ) : null}
      {allowed.changeStatus ? (
        <Button
          variant="default"
          leftSection={active ? <IconUserOff size={16} /> : <IconUserCheck size={16} />}
          onClick={() =>
            confirm({
              title: active ? t('users.deactivateTitle') : t('users.activateTitle'),
              body: active ? t('users.deactivateBody', { name }) : t('users.activateBody', { name }),
              label: active ? t('users.deactivate') : t('users.activate'),
              danger: active,
              onConfirm: () => update.mutateAsync({ status: active ? 'inactive' : 'active' }),
              done: active ? t('users.deactivated', { name }) : t('users.activated', { name }),
            })
          }
        >
          {active ? t('users.deactivate') : t('users.activate')}
        </Button>
      ) : null}
      {allowed.unlock ? (
        <Button
          variant="default"
          leftSection={<IconLockOpen size={16} />}
          onClick={() =>
            confirm({
              title: t('users.unlockTitle'),
              body: t('users.unlockBody', { name }),
              label: t('users.unlock'),
              onConfirm: () => unlock.mutateAsync(user.id),
              done: t('users.unlocked', { name }),
            })
          }
        >
          {t('users.unlock')}
        </Button>
      ) : null}
      {allowed.endSessions ? (
        <Button
          variant="default"
          leftSection={<IconLogout size={16} />}
          onClick={() =>
            confirm({
              title: t('users.endSessionsTitle'),
              body: t('users.endSessionsBody', { name }),
              label: t('users.endSessions'),
              danger: true,
              onConfirm: () => endSessions.mutateAsync(user.id),
              done: t('users.sessionsEnded', { name }),
            })
          }
        >
          {t('users.endSessions')}
        </Button>
      ) : null}
      {allowed.setPasswordLink ? <SetPasswordLinkButton user={user} /> : null}
      {allowed.remove ? (
        <Button
          color="red"
          variant="light"
          leftSection={<IconTrash size={16} />}
          onClick={() =>
            confirm({
              title: t('users.deleteTitle'),
              body: t('users.deleteBody', { name }),
              label: t('users.delete'),
              danger: true,
              onConfirm: async () => {
                try {
                  await remove.mutateAsync(user.id);
                } catch (error) {
                  // A house's history keeps its members: explain, and suggest deactivating instead.
                  if (isApiError(error) && error.code === 'has_memberships') throw new Error(t('users.hasMemberships', { name }), { cause: error });
                  throw error;
                }
                await navigate(paths.users); // its cached detail expires unused
              },
              done: t('users.deleted', { name }),
            })
          }
        >
          {t('users.delete')}
        </Button>
      ) : null}
    </Group>
  );
}
