import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';

import { ImportReportView } from './import-report';

describe('the import report', () => {
  it('shows the three counts and says when nothing is wrong', () => {
    renderWithProviders(<ImportReportView report={{ dry_run: true, created: 1200, updated: 3, unchanged: 0, errors: [] }} />);
    expect(screen.getByTestId('import-created')).toHaveTextContent('1,200');
    expect(screen.getByTestId('import-updated')).toHaveTextContent('3');
    expect(screen.getByTestId('import-unchanged')).toHaveTextContent('0');
    expect(screen.getByText('No problems found.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists every row problem in a table, in row order, and warns that nothing will be saved', () => {
    renderWithProviders(
      <ImportReportView
        report={{
          dry_run: true,
          created: 1,
          updated: 0,
          unchanged: 0,
          errors: [
            { row: 7, field: 'owner_phone', message: 'Not a Thai mobile number.' },
            { row: 3, field: 'land_area_sq_wah', message: 'A number of square wah above 0, two decimals at most.' },
          ],
        }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('2 problems to fix');
    expect(screen.getByRole('alert')).toHaveTextContent('An import with any problem saves nothing.');
    const rows = within(screen.getByTestId('import-errors')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['3', 'land_area_sq_wah', 'A number of square wah above 0, two decimals at most.'],
      ['7', 'owner_phone', 'Not a Thai mobile number.'],
    ]);
  });

  it('speaks Thai', async () => {
    await i18n.changeLanguage('th');
    try {
      renderWithProviders(<ImportReportView report={{ dry_run: true, created: 0, updated: 0, unchanged: 2, errors: [{ row: 2, field: 'zone', message: 'x' }] }} />);
      expect(screen.getByRole('alert')).toHaveTextContent('มีปัญหาที่ต้องแก้ 1 รายการ');
      expect(screen.getByRole('columnheader', { name: 'แถว' })).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
