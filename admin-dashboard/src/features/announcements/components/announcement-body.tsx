import { Typography } from '@mantine/core';

/**
 * An announcement's body as the server rendered it: `body_html` is markdown-it-py's
 * output cleaned by nh3 on the server (no script, no event handlers, links with
 * rel="noopener nofollow"). This is the only HTML the dashboard inserts, and it
 * never renders Markdown itself.
 */
export function AnnouncementBody({ html, testId }: { html: string; testId?: string }) {
  return (
    <Typography style={{ overflowWrap: 'anywhere' }}>
      <div data-testid={testId ?? 'announcement-body'} dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
