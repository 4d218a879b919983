import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { AppLayout } from '@/components/layouts/app-layout';
import type { Role } from '@/config/constants';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';

import { navigation } from './navigation';

describe('navigation', () => {
  const ALL = ['Overview', 'Houses', 'Join requests', 'Users', 'My home', 'My bills', 'Service requests', 'Announcements', 'Village', 'Data requests', 'My data', 'Audit log', 'My account'];
  const cases: [Role, string[]][] = [
    ['super_admin', ['Overview', 'Houses', 'Join requests', 'Users', 'Service requests', 'Announcements', 'Village', 'Data requests', 'My data', 'Audit log', 'My account']],
    ['village_admin', ['Overview', 'Houses', 'Join requests', 'Users', 'Service requests', 'Announcements', 'Village', 'Data requests', 'My data', 'My account']],
    ['accounting_admin', ['Overview', 'Houses', 'Users', 'Announcements', 'Village', 'My data', 'My account']],
    // A resident's houses:read reaches their own houses only: My home, not the registry.
    ['resident', ['My home', 'My bills', 'Service requests', 'Announcements', 'Village', 'My data', 'My account']],
  ];

  it.each(cases)('a %s sees exactly their menu, in order', (role, visible) => {
    renderWithProviders(<AppLayout navigation={navigation} />, { auth: authValue(makeMe(role)) });
    const nav = screen.getByRole('navigation', { name: 'Main menu' });
    const links = Array.from(nav.querySelectorAll('a')).map((a) => a.textContent);
    expect(links).toEqual(visible);
    expect(ALL.filter((name) => !visible.includes(name)).every((name) => !links.includes(name))).toBe(true);
  });
});
