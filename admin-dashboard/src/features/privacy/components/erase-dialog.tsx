import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { notifySuccess } from '@/lib/notify';

import { useEraseUser } from '../api/privacy';
import { privacyProblem } from '../utils/problems';

/**
 * Confirm an erasure: it cannot be undone, so the person's name must be typed.
 * With `requestId`, the person's erasure request is completed with `note`.
 */
export function EraseDialog({
  userId,
  name,
  requestId,
  note,
  onClose,
  onErased,
}: {
  userId: number;
  name: string;
  requestId?: number;
  note?: string;
  onClose: () => void;
  onErased?: () => void;
}) {
  const { t } = useTranslation();
  const erase = useEraseUser();
  const [typed, setTyped] = useState('');
  const matches = typed.trim() === name.trim();
  return (
    <Modal opened onClose={onClose} title={t('privacy.erase.title', { name })}>
      <Stack>
        <Text size="sm">{t('privacy.erase.body')}</Text>
        <Text size="sm" c="dimmed">
          {t('privacy.erase.keeps')}
        </Text>
        {erase.isError ? (
          <Alert color="red" role="alert">
            {privacyProblem(erase.error, t)}
          </Alert>
        ) : null}
        <TextInput label={t('privacy.erase.typeName', { name })} value={typed} onChange={(event) => setTyped(event.currentTarget.value)} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!matches}
            loading={erase.isPending}
            onClick={() =>
              erase.mutate(
                { userId, requestId, note },
                {
                  onSuccess: () => {
                    notifySuccess(t('privacy.erase.done'));
                    onErased?.();
                    onClose();
                  },
                },
              )
            }
          >
            {t('privacy.erase.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** "Erase personal data…" on a user's page (privacy:manage). */
export function EraseUserButton({ userId, name }: { userId: number; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setOpen(true)}>
        {t('privacy.erase.button')}
      </Button>
      {open ? <EraseDialog userId={userId} name={name} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
