import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';
import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';

import { NoticeAcceptance } from './notice-acceptance';

const accepted: number[] = [];

mockApi(
  http.get('/api/v1/privacy-notice', ({ response }) =>
    response(200).json({
      version: 3,
      text_th: 'ประกาศความเป็นส่วนตัว ฉบับทดสอบ',
      text_en: 'Privacy notice, test version',
      published_at: '2026-11-28T03:00:00Z',
      accepted_at: null,
    }),
  ),
  http.post('/api/v1/privacy-notice/accept', async ({ request, response }) => {
    const body = await request.json();
    accepted.push(body.version);
    return response(200).json({
      version: 3,
      text_th: 'ประกาศความเป็นส่วนตัว ฉบับทดสอบ',
      text_en: 'Privacy notice, test version',
      published_at: '2026-11-28T03:00:00Z',
      accepted_at: '2026-11-30T03:00:00Z',
    });
  }),
);

describe('the privacy notice at sign-in', () => {
  it('shows the current version and accepts it only once read', async () => {
    renderWithProviders(<NoticeAcceptance />, { auth: authValue(makeMe('resident', { privacy_notice_pending: true })) });
    expect(await screen.findByText('Privacy notice, test version')).toBeInTheDocument();
    const accept = screen.getByRole('button', { name: 'Accept and continue' });
    expect(accept).toBeDisabled();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'I have read the privacy notice' }));
    await user.click(accept);
    await waitFor(() => expect(accepted).toEqual([3]));
  });

  it('reads in Thai when the screen is in Thai', async () => {
    await i18n.changeLanguage('th');
    try {
      renderWithProviders(<NoticeAcceptance />, { auth: authValue(makeMe('resident', { privacy_notice_pending: true })) });
      expect(await screen.findByText('ประกาศความเป็นส่วนตัว ฉบับทดสอบ')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'ยอมรับและดำเนินการต่อ' })).toBeDisabled();
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
