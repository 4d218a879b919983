import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/lib/format';
import { isApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';
import { svgDataUrl } from '@/lib/svg';

import type { User } from '../api/get-users';
import { useCreateSetPasswordLink } from '../api/manage-users';

/**
 * "Set-password link" on a user's page: for someone without a password of
 * their own. The link and its QR code are shown once, in this dialog only.
 */
export function SetPasswordLinkButton({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const link = useCreateSetPasswordLink(user.id);
  const name = user.full_name;
  const close = () => {
    setOpened(false);
    link.reset(); // the link leaves memory with the dialog
  };
  const hasPassword = isApiError(link.error) && link.error.status === 409 && link.error.code === 'has_password';

  return (
    <>
      <Button variant="default" leftSection={<IconKey size={16} />} onClick={() => setOpened(true)}>
        {t('setPasswordLink.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('setPasswordLink.title', { name })} size="md">
        <Stack>
          {link.data ? (
            <Stack align="center" gap="sm" data-testid="set-password-link">
              <img src={svgDataUrl(link.data.qr_svg)} alt={t('setPasswordLink.qrAlt', { name })} width={200} height={200} />
              <TextInput value={link.data.url} readOnly w="100%" aria-label={t('setPasswordLink.button')} onFocus={(event) => event.currentTarget.select()} />
              <Group justify="space-between" w="100%">
                <Text size="sm" c="dimmed">
                  {t('setPasswordLink.expires', { date: formatDateTime(link.data.expires_at, i18n.language) })}
                </Text>
                <CopyButton value={link.data.url}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="light" onClick={copy}>
                      {copied ? t('setPasswordLink.copied') : t('setPasswordLink.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          ) : hasPassword ? (
            <Alert color="blue" data-testid="has-password">
              {t('setPasswordLink.hasPassword', { name })}
            </Alert>
          ) : (
            <>
              <Text size="sm">{t('setPasswordLink.intro', { name })}</Text>
              <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
                {t('setPasswordLink.warning')}
              </Alert>
              {link.isError ? <Alert color="red">{problemMessage(link.error, t)}</Alert> : null}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button onClick={() => link.mutate()} loading={link.isPending}>
                  {t('setPasswordLink.create')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
