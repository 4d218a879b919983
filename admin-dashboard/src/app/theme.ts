import { createTheme } from '@mantine/core';

// Thai text uses Noto Sans Thai, shipped with the dashboard (app/global.css,
// from @fontsource-variable/noto-sans-thai, served from our own origin: the CSP
// is font-src 'self'), so Thai never falls back to boxes on a machine without
// Thai fonts. Its @font-face covers only the Thai block, so Latin text keeps
// the system font that follows it in the list.
const THAI = '"Noto Sans Thai"';
const SYSTEM = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Tahoma, sans-serif';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily: `${THAI}, ${SYSTEM}`,
  headings: { fontFamily: `${THAI}, ${SYSTEM}` },
});
