import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { Balance, BalanceCell } from './house-details';

describe("a house's balance", () => {
  it('shows what is owed in red and says so', () => {
    renderWithProviders(<Balance satang={160050} />);
    expect(screen.getByTestId('house-balance')).toHaveTextContent('฿1,600.50');
    expect(screen.getByText('Owes ฿1,600.50')).toBeInTheDocument();
  });

  it('shows a credit in green, in words too', () => {
    renderWithProviders(<Balance satang={-50000} />);
    expect(screen.getByTestId('house-balance')).toHaveTextContent('฿500.00');
    expect(screen.getByText('In credit ฿500.00 (taken off the next bill)')).toBeInTheDocument();
  });

  it('reads as a credit in the houses table', () => {
    renderWithProviders(<BalanceCell satang={-50000} />);
    expect(screen.getByTestId('house-balance-cell')).toHaveTextContent('฿500.00 credit');
  });
});
