import { createTheme } from '@mantine/core';

// System fonts only: nothing is fetched from a font CDN (the CSP is font-src 'self').
export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans Thai", "Noto Sans", Tahoma, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans Thai", sans-serif' },
});
