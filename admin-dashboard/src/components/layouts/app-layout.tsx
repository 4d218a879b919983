import { AppShell, Avatar, Burger, Group, Menu, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconHome, IconLogout, IconUserCircle } from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';

import type { Permission } from '@/config/constants';
import { paths } from '@/config/paths';
import type { Me } from '@/lib/auth/api';
import { useAuth } from '@/lib/auth/auth-provider';
import { useAuthorization } from '@/lib/authorization';
import { formatPhone } from '@/lib/phone';

import { RoleBadge } from '../badges';
import { LanguageSwitch } from '../language-switch';

/** A menu entry; the app defines the menu (app/navigation.ts) and the layout shows what the user may open. */
export interface NavItem {
  to: string;
  labelKey: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Shown only to users holding this permission (the API's name). */
  permission?: Permission;
  /** A further condition on the signed-in user (e.g. whose houses they see). */
  when?: (me: Me) => boolean;
  end?: boolean;
  /** The menu section it belongs to (a label key): consecutive items of one group show under its heading. */
  group?: string;
}

export function visibleItems(items: readonly NavItem[], me: Me | null, can: (permission: Permission) => boolean): NavItem[] {
  return items.filter((item) => (!item.permission || can(item.permission)) && (!item.when || (me !== null && item.when(me))));
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

function UserMenu() {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  if (!user) return null;
  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('nav.userMenu')} data-testid="user-menu">
          <Group gap={6} wrap="nowrap">
            <Avatar size={30} radius="xl" color="blue">
              {initials(user.full_name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate>
              {user.full_name}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="xs" truncate>
            {user.email ?? formatPhone(user.phone)}
          </Text>
        </Menu.Label>
        <Menu.Item component={RouterNavLink} to={paths.account} leftSection={<IconUserCircle size={16} />}>
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** `headerActions`: what the app puts beside the language switch (the notification bell). */
export function AppLayout({ navigation, headerActions }: { navigation: readonly NavItem[]; headerActions?: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { can } = useAuthorization();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const items = visibleItems(navigation, user, can);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggleMenu')} />
            <IconHome size={22} aria-hidden />
            <Text fw={700} size="lg" visibleFrom="xs">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {headerActions}
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.main')}>
        {/* The menu scrolls on its own: finance alone has a dozen links, more than a
            laptop's height leaves under the header. */}
        <AppShell.Section grow component={ScrollArea} type="auto">
          {items.map((item, index) => {
            const Icon = item.icon;
            const active = item.end ? location.pathname === item.to : location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);
            const heading = item.group && item.group !== items[index - 1]?.group ? (
              <Text key={`group-${item.group}`} size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4} role="presentation">
                {t(item.group)}
              </Text>
            ) : null;
            return [
              heading,
              <NavLink
                key={item.to}
                component={RouterNavLink}
                to={item.to}
                end={item.end}
                label={t(item.labelKey)}
                leftSection={<Icon size={18} stroke={1.6} />}
                active={active}
                onClick={close}
              />,
            ];
          })}
        </AppShell.Section>
        {user ? (
          <Group pt="md" gap={6}>
            <Text size="xs" c="dimmed">
              {t('nav.signedInAs')}
            </Text>
            <RoleBadge role={user.role} />
          </Group>
        ) : null}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
