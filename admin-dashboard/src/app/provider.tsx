import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { AppErrorBoundary } from '@/components/errors/error-boundary';
import { AuthProvider } from '@/lib/auth/auth-provider';
import { i18n } from '@/lib/i18n';

import { theme } from './theme';

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} forceColorScheme="light">
        <AppErrorBoundary>
          <QueryClientProvider client={queryClient}>
            <ModalsProvider>
              {/* At the bottom: at the top they covered the header's language switch and account menu. */}
              <Notifications position="bottom-right" />
              <AuthProvider>{children}</AuthProvider>
            </ModalsProvider>
          </QueryClientProvider>
        </AppErrorBoundary>
      </MantineProvider>
    </I18nextProvider>
  );
}
