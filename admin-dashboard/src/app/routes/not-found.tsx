import { NotFoundPage } from '@/components/errors/status-page';

export function NotFoundRoute() {
  return <NotFoundPage />;
}
