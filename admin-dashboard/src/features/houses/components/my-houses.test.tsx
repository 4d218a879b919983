import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';
import type { components } from '@/types/api.gen';

import { MyHouses } from './my-houses';

type MyHouse = components['schemas']['MyHouse'];

const me = makeMe('resident', { id: 9, full_name: 'Pranee Owner' });
const house: MyHouse = {
  id: 1, house_number: '55/1', plot_number: 'P-101', title_deed_number: null, zone: 'B', land_area_sq_wah: 50.25, usable_area_sqm: null,
  plot_type: 'residential', occupancy: 'occupied', developer_owned: false, billable_from: null, notes: null, archived_at: null,
  created_at: '2026-11-28T03:00:00Z', updated_at: '2026-11-28T03:00:00Z', balance_satang: 160000,
  members: [
    { id: 2, relation: 'family', is_primary_contact: false, moved_in_on: null, moved_out_on: null, user: { id: 10, full_name: 'Dao Family', phone: null, email: 'dao@example.com', has_password: false } },
    { id: 1, relation: 'owner', is_primary_contact: true, moved_in_on: '2026-01-15', moved_out_on: null, user: { id: 9, full_name: 'Pranee Owner', phone: '+66815550199', email: null, has_password: true } },
  ],
};

const server = mockApi(http.get('/api/v1/me/houses', ({ response }) => response(200).json([house])));

describe('My home', () => {
  it("shows the resident's house, what it owes and who lives there, the primary contact first", async () => {
    renderWithProviders(<MyHouses />, { auth: authValue(me) });
    expect(await screen.findByTestId('my-house')).toHaveTextContent('House 55/1');
    expect(screen.getByTestId('house-balance')).toHaveTextContent('฿1,600.00');
    const members = screen.getAllByTestId('my-house-member');
    expect(members.map((m) => m.querySelector('[data-testid="member-name"]')?.textContent)).toEqual(['Pranee Owner', 'Dao Family']);
    expect(members[0]).toHaveTextContent('081-555-0199');
    expect(members[0]).toHaveTextContent('Primary contact');
    expect(members[0]).toHaveTextContent('(You)');
    expect(members[1]).not.toHaveTextContent('(You)');
  });

  it('says when no house is linked yet', async () => {
    server.use(http.get('/api/v1/me/houses', ({ response }) => response(200).json([])));
    renderWithProviders(<MyHouses />, { auth: authValue(me) });
    expect(await screen.findByTestId('my-house-none')).toHaveTextContent('No house is linked to your account yet.');
  });
});
