import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { RequirePermission } from '@/components/require-permission';
import type { Role } from '@/config/constants';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';

import { Can } from './authorization';

function as(role: Role) {
  return { auth: authValue(makeMe(role)) };
}

describe('<Can>', () => {
  it('shows children only to users holding the permission', () => {
    renderWithProviders(
      <>
        <Can permission="users:delete">
          <button>Delete</button>
        </Can>
        <Can permission="users:read" fallback={<span>read-only</span>}>
          <span>list</span>
        </Can>
      </>,
      as('village_admin'),
    );
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.getByText('list')).toBeInTheDocument();
  });

  it('uses the fallback for users without it', () => {
    renderWithProviders(
      <Can permission="users:read" fallback={<span>not for you</span>}>
        <span>list</span>
      </Can>,
      as('resident'),
    );
    expect(screen.getByText('not for you')).toBeInTheDocument();
  });
});

describe('<RequirePermission>', () => {
  it('renders a 403 page for users without the permission', () => {
    renderWithProviders(
      <RequirePermission permission="audit:read">
        <span>audit trail</span>
      </RequirePermission>,
      as('village_admin'),
    );
    expect(screen.queryByText('audit trail')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'You do not have access to this page' })).toBeInTheDocument();
  });

  it('renders the page for users with it', () => {
    renderWithProviders(
      <RequirePermission permission="audit:read">
        <span>audit trail</span>
      </RequirePermission>,
      as('super_admin'),
    );
    expect(screen.getByText('audit trail')).toBeInTheDocument();
  });
});
