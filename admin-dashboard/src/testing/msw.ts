/**
 * Typed mock API handlers for unit tests (MSW + openapi-msw): a handler's
 * path, parameters and response body are checked against the generated
 * OpenAPI types, so a mock cannot drift from the real API unnoticed.
 *
 *   const server = mockApi(http.get('/api/v1/me/houses', ({ response }) => response(200).json([...])));
 *   server.use(...) // per test
 */
import { setupServer } from 'msw/node';
import type { RequestHandler } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import { afterAll, afterEach, beforeAll } from 'vitest';

import type { paths } from '@/types/api.gen';

/** The API client's origin in jsdom: the page's own (VITE_API_BASE_URL is empty in tests). */
export const http = createOpenApiHttp<paths>({ baseUrl: window.location.origin });

/** Start a mock server for this test file; any request without a handler fails the test. */
export function mockApi(...handlers: RequestHandler[]) {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
