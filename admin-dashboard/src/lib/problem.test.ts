import { describe, expect, it } from 'vitest';

import { errorFromResponse, parseRetryAfter, toProblem } from './problem';

describe('toProblem', () => {
  it('reads every member of an RFC 9457 body', () => {
    const problem = toProblem(
      {
        type: 'urn:village:problem:validation-error',
        title: 'Validation failed',
        status: 422,
        detail: 'Invalid value for: email.',
        errors: [{ field: 'email', message: 'Enter a valid email address.', code: 'invalid_email' }, { nonsense: true }],
      },
      422,
    );
    expect(problem.type).toBe('urn:village:problem:validation-error');
    expect(problem.errors).toEqual([{ field: 'email', message: 'Enter a valid email address.', code: 'invalid_email' }]);
  });

  it('fills the gaps of a body that is not a problem (HTML from a proxy, empty body)', () => {
    expect(toProblem('<html>Bad gateway</html>', 502, 'Bad Gateway')).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      detail: 'Bad Gateway',
    });
    expect(toProblem(null, 500).title).toBe('HTTP 500');
  });

  it('keeps the request id of a 500 for the user to quote', () => {
    expect(toProblem({ status: 500, title: 'x', detail: 'y', request_id: 'abc' }, 500).request_id).toBe('abc');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('30')).toBe(30);
    const now = Date.parse('2026-11-28T10:00:00Z');
    expect(parseRetryAfter('Sat, 28 Nov 2026 10:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('errorFromResponse', () => {
  it('builds an ApiError from a 429 with Retry-After', async () => {
    const response = new Response(JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'slow down' }), {
      status: 429,
      headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '42' },
    });
    const error = await errorFromResponse(response);
    expect(error.status).toBe(429);
    expect(error.retryAfter).toBe(42);
    expect(error.message).toBe('slow down');
  });
});
