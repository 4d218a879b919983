/** The request bodies the houses pages send: only what was filled in or changed, typed as the API's. */
import { describe, expect, it } from 'vitest';

import type { HouseDetail } from '../api/houses';
import { toMemberAdd } from '../components/add-member-modal';
import { initialHouseValues, toArea, toHouseCreate, toHouseUpdate } from '../components/house-form';
import { parseHousesQuery } from '../hooks/use-houses-list-state';

const house: HouseDetail = {
  id: 4, house_number: '99/1', plot_number: 'P-1', title_deed_number: null, zone: 'A', land_area_sq_wah: 50.25, usable_area_sqm: null,
  plot_type: 'residential', occupancy: 'occupied', developer_owned: false, billable_from: null, notes: null, archived_at: null,
  created_at: '2026-11-28T03:00:00Z', updated_at: '2026-11-28T03:00:00Z', balance_satang: 0, members: [],
};

describe('house bodies', () => {
  it('creates with what was filled in', () => {
    expect(toHouseCreate({ ...initialHouseValues(), house_number: ' 99/2 ', zone: 'B', land_area_sq_wah: 62 })).toEqual({
      house_number: '99/2',
      zone: 'B',
      land_area_sq_wah: 62,
      plot_type: 'residential',
      occupancy: 'occupied',
      developer_owned: false,
    });
  });

  it('patches only what changed; an emptied field becomes null', () => {
    expect(toHouseUpdate(initialHouseValues(house), house)).toEqual({});
    expect(toHouseUpdate({ ...initialHouseValues(house), zone: '', occupancy: 'vacant', billable_from: '2027-01' }, house)).toEqual({
      zone: null,
      occupancy: 'vacant',
      billable_from: '2027-01',
    });
  });

  it('keeps areas to two decimals, and empty as null', () => {
    expect(toArea('')).toBeNull();
    expect(toArea(50.25)).toBe(50.25);
    expect(toArea('0.1')).toBe(0.1);
    expect(toArea(10.005)).toBe(10.01);
  });
});

describe('member bodies', () => {
  const values = { user_id: '12', full_name: 'Pranee Owner', phone: ' 081-555-0199 ', email: '', relation: 'owner', is_primary_contact: true, moved_in_on: null };

  it('links an existing person by id, nothing else about them', () => {
    expect(toMemberAdd(values, 'existing')).toEqual({ user_id: 12, relation: 'owner', is_primary_contact: true });
  });

  it('adds a new person by name and phone (and/or email)', () => {
    expect(toMemberAdd({ ...values, moved_in_on: '2026-11-01' }, 'new')).toEqual({
      full_name: 'Pranee Owner',
      phone: '081-555-0199',
      relation: 'owner',
      is_primary_contact: true,
      moved_in_on: '2026-11-01',
    });
  });
});

describe('the houses list in the URL', () => {
  it('reads filters and drops what the API would refuse', () => {
    expect(parseHousesQuery(new URLSearchParams('q=%2055/%20&zone=B&occupancy=vacant&plot_type=castle&archived=true&sort=-zone&page=2'))).toEqual({
      page: 2,
      per_page: 20,
      sort: '-zone',
      q: '55/',
      zone: 'B',
      occupancy: 'vacant',
      archived: true,
    });
    expect(parseHousesQuery(new URLSearchParams('sort=password&per_page=7&archived=maybe'))).toEqual({ page: 1, per_page: 20, sort: 'house_number' });
  });
});
