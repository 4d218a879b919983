import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const ROLE_COLORS: Record<string, string> = {
  super_admin: 'grape',
  village_admin: 'blue',
  accounting_admin: 'orange',
  resident: 'gray',
};

const STATUS_COLORS: Record<string, string> = { active: 'teal', inactive: 'gray', pending: 'yellow' };

export function RoleBadge({ role }: { role: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={ROLE_COLORS[role] ?? 'gray'} variant="light" radius="sm" tt="none" style={{ maxWidth: 'none' }}>
      {t(`roles.${role}`, { defaultValue: role })}
    </Badge>
  );
}

export function StatusBadge({ status, locked }: { status: string; locked?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="dot" radius="sm" tt="none" style={{ maxWidth: 'none' }}>
        {t(`statuses.${status}`, { defaultValue: status })}
      </Badge>
      {locked ? (
        <Badge color="red" variant="light" radius="sm" ml={4} tt="none">
          {t('statuses.locked')}
        </Badge>
      ) : null}
    </>
  );
}
