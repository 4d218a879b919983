import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { translateRule, usePasswordPolicy } from '@/lib/password-policy';

/** The password rules, shown before the user types (GET /auth/password-policy). */
export function PasswordPolicyHint({ id }: { id?: string }) {
  const { t, i18n } = useTranslation();
  const policy = usePasswordPolicy();
  if (!policy.data) return null;
  return (
    <div id={id} data-testid="password-policy">
      <Text size="xs" fw={600} c="dimmed">
        {t('policy.title')}
      </Text>
      <List size="xs" c="dimmed" spacing={0}>
        {policy.data.rules.map((rule) => (
          <List.Item key={rule}>{translateRule(rule, t, i18n.language)}</List.Item>
        ))}
      </List>
    </div>
  );
}
