import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { AppLayout } from '@/components/layouts/app-layout';
import type { Role } from '@/config/constants';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';

import { navigation } from './navigation';

describe('navigation', () => {
  const FINANCE = ['Invoices', 'Record a payment', 'Payments', 'Transfer slips', 'Receipts', 'Credit notes', 'Arrears', 'Collections', 'Certificates', 'Periods', 'Billing runs', 'Fees and rates', 'Finance settings'];
  const ALL = ['Overview', 'Houses', 'Join requests', 'Users', 'My home', 'My bills', 'Service requests', 'Announcements', 'Village', 'Data requests', 'My data', 'Audit log', 'My account', ...FINANCE];
  const cases: [Role, string[]][] = [
    ['super_admin', ['Overview', 'Houses', 'Join requests', 'Users', 'Service requests', 'Announcements', 'Village', 'Data requests', 'My data', 'Audit log', 'My account', ...FINANCE]],
    // The village admin records office payments (the maker) but neither reviews slips nor confirms.
    ['village_admin', ['Overview', 'Houses', 'Join requests', 'Users', 'Service requests', 'Announcements', 'Village', 'Data requests', 'My data', 'My account', ...FINANCE.filter((name) => name !== 'Transfer slips')]],
    ['accounting_admin', ['Overview', 'Houses', 'Users', 'Announcements', 'Village', 'My data', 'My account', ...FINANCE]],
    // A resident's houses:read reaches their own houses only: My home, not the registry.
    // A resident's finance:read is their own bills (My bills), never the office's finance pages.
    ['resident', ['My home', 'My bills', 'Service requests', 'Announcements', 'Village', 'My data', 'My account']],
  ];

  it.each(cases)('a %s sees exactly their menu, in order', (role, visible) => {
    renderWithProviders(<AppLayout navigation={navigation} />, { auth: authValue(makeMe(role)) });
    const nav = screen.getByRole('navigation', { name: 'Main menu' });
    const links = Array.from(nav.querySelectorAll('a')).map((a) => a.textContent);
    expect(links).toEqual(visible);
    expect(ALL.filter((name) => !visible.includes(name)).every((name) => !links.includes(name))).toBe(true);
  });

  it('shows the finance pages under one "Finance" heading', () => {
    renderWithProviders(<AppLayout navigation={navigation} />, { auth: authValue(makeMe('accounting_admin')) });
    expect(screen.getAllByText('Finance')).toHaveLength(1);
  });
});
