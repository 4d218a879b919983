import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconArchiveOff, IconEdit, IconMail, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { useAuthorization } from '@/lib/authorization';
import { notifyFailure, notifySuccess } from '@/lib/notify';
import { isApiError } from '@/lib/problem';

import { useArchiveHouse, useDeleteHouse, useRestoreHouse } from '../api/houses';
import type { House } from '../api/houses';
import { registryProblem } from '../utils/problems';

export function HouseActions({ house }: { house: House }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuthorization();
  const archive = useArchiveHouse(house.id);
  const restore = useRestoreHouse(house.id);
  const remove = useDeleteHouse(house.id);
  if (!can('houses:write')) return null;
  const number = house.house_number;

  const doArchive = () =>
    archive.mutate(undefined, {
      onSuccess: () => notifySuccess(t('houses.archivedDone', { house: number })),
      onError: (error) => notifyFailure(registryProblem(error, t)),
    });

  const confirmArchive = () =>
    modals.openConfirmModal({
      title: t('houses.archiveTitle', { house: number }),
      children: <Text size="sm">{t('houses.archiveBody')}</Text>,
      labels: { confirm: t('houses.archive'), cancel: t('common.cancel') },
      onConfirm: doArchive,
    });

  // 409 has_history: a house with members or history is kept; say why and offer to archive it.
  const explainHistory = () =>
    modals.openConfirmModal({
      title: t('houses.hasHistoryTitle', { house: number }),
      children: (
        <Stack gap="xs" data-testid="has-history">
          <Text size="sm">{t('houses.hasHistoryBody')}</Text>
        </Stack>
      ),
      labels: { confirm: t('houses.archive'), cancel: t('common.cancel') },
      onConfirm: doArchive,
    });

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('houses.deleteTitle', { house: number }),
      children: <Text size="sm">{t('houses.deleteBody')}</Text>,
      labels: { confirm: t('houses.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(undefined, {
          onSuccess: () => {
            notifySuccess(t('houses.deleted', { house: number }));
            void navigate(paths.houses);
          },
          onError: (error) => {
            if (isApiError(error) && error.status === 409 && error.code === 'has_history') explainHistory();
            else notifyFailure(registryProblem(error, t));
          },
        }),
    });

  return (
    <Group gap="xs" wrap="wrap">
      <Button component={Link} to={paths.editHouse(house.id)} variant="light" leftSection={<IconEdit size={16} />}>
        {t('common.edit')}
      </Button>
      {house.archived_at ? null : (
        <Button variant="default" leftSection={<IconMail size={16} />} onClick={() => void navigate(paths.letters, { state: { houseIds: [house.id] } })}>
          {t('houses.letters')}
        </Button>
      )}
      {house.archived_at ? (
        <Button
          variant="default"
          leftSection={<IconArchiveOff size={16} />}
          loading={restore.isPending}
          onClick={() =>
            restore.mutate(undefined, {
              onSuccess: () => notifySuccess(t('houses.restoredDone', { house: number })),
              onError: (error) => notifyFailure(registryProblem(error, t)),
            })
          }
        >
          {t('houses.restore')}
        </Button>
      ) : (
        <Button variant="default" leftSection={<IconArchive size={16} />} loading={archive.isPending} onClick={confirmArchive}>
          {t('houses.archive')}
        </Button>
      )}
      <Button color="red" variant="light" leftSection={<IconTrash size={16} />} loading={remove.isPending} onClick={confirmDelete}>
        {t('houses.delete')}
      </Button>
    </Group>
  );
}
