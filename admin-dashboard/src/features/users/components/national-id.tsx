import { Button, Group, Text } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { notifyFailure } from '@/lib/notify';
import { isApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';

import type { User } from '../api/get-users';
import { useRevealNationalId } from '../api/reveal-national-id';
import { formatNationalId } from '../utils/national-id';

/**
 * The masked number the API sends ("*********0708"), and for someone who may
 * edit the account a Show button that fetches the full one (audited).
 */
export function NationalId({ user, canReveal }: { user: Pick<User, 'id' | 'national_id'>; canReveal: boolean }) {
  const { t } = useTranslation();
  const reveal = useRevealNationalId(user.id);
  const [full, setFull] = useState<string | null>(null);
  const [none, setNone] = useState(false);
  if (!user.national_id || none) return <Text c="dimmed">{none ? t('users.nationalIdNone') : '—'}</Text>;

  const show = () =>
    reveal.mutate(undefined, {
      onSuccess: setFull,
      onError: (error) => {
        if (isApiError(error) && error.status === 404) setNone(true);
        else notifyFailure(problemMessage(error, t));
      },
    });

  return (
    <Group gap="xs" wrap="nowrap">
      <Text ff="monospace" size="sm" data-testid="national-id" style={{ whiteSpace: 'nowrap' }}>
        {full ? formatNationalId(full) : user.national_id}
      </Text>
      {canReveal ? (
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={full ? <IconEyeOff size={14} /> : <IconEye size={14} />}
          loading={reveal.isPending}
          aria-label={full ? t('users.nationalIdHideLabel') : t('users.nationalIdShowLabel')}
          title={full ? undefined : t('users.nationalIdAudited')}
          onClick={() => (full ? setFull(null) : show())}
        >
          {full ? t('users.nationalIdHide') : t('users.nationalIdShow')}
        </Button>
      ) : null}
    </Group>
  );
}
