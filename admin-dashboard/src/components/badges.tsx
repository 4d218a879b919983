import { Badge } from '@mantine/core';
import type { BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const ROLE_COLORS: Record<string, string> = {
  super_admin: 'grape',
  village_admin: 'blue',
  accounting_admin: 'orange',
  resident: 'gray',
};

const STATUS_COLORS: Record<string, string> = { active: 'teal', inactive: 'gray', pending: 'yellow' };

// Mantine's badge lets a table squeeze it to an ellipsis ("ใช้…"): a badge
// here is always as wide as its words. Thai vowels and tone marks stack above
// and below the line, so it also grows in height rather than clip them.
const WHOLE: BadgeProps['styles'] = {
  root: { minWidth: 'max-content', flexShrink: 0, overflow: 'visible', height: 'auto', minHeight: 'var(--badge-height)' },
  label: { overflow: 'visible', textOverflow: 'clip' },
};

export function RoleBadge({ role }: { role: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={ROLE_COLORS[role] ?? 'gray'} variant="light" radius="sm" tt="none" styles={WHOLE}>
      {t(`roles.${role}`, { defaultValue: role })}
    </Badge>
  );
}

export function StatusBadge({ status, locked }: { status: string; locked?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="dot" radius="sm" tt="none" styles={WHOLE}>
        {t(`statuses.${status}`, { defaultValue: status })}
      </Badge>
      {locked ? (
        <Badge color="red" variant="light" radius="sm" ml={4} tt="none" styles={WHOLE}>
          {t('statuses.locked')}
        </Badge>
      ) : null}
    </>
  );
}
