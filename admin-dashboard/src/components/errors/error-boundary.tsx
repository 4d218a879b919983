import { Alert, Button, Center, Stack, Text, Title } from '@mantine/core';
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

import { NotFoundPage } from './status-page';

function CrashMessage({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Center py={64} px="md">
      <Stack align="center" gap="sm" maw={520} ta="center">
        <Title order={1} size="h2">
          {t('errors.crashTitle')}
        </Title>
        <Text c="dimmed">{t('errors.crashMessage')}</Text>
        <Button onClick={onReload}>{t('errors.reload')}</Button>
      </Stack>
    </Center>
  );
}

/** The router's error element: a 404 for unknown routes, a friendly crash page otherwise. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <CrashMessage onReload={() => window.location.reload()} />;
}

interface BoundaryState {
  error: Error | null;
}

/** Catches render errors outside the router (providers, layout). */
export class AppErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Visible to the operator in the browser's console; nothing is sent anywhere.
    console.warn('The dashboard crashed', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <CrashMessage onReload={() => window.location.reload()} />;
    return this.props.children;
  }
}

/** A small inline error panel for a section that failed to render. */
export function SectionError({ message }: { message: string }) {
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}
