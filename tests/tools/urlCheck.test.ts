import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URL_CHECK_OPTIONS, checkUrls, verdictOf } from '../../tools/lib/urlCheck.ts';

/** A network failure as fetch reports it: "fetch failed", with the system's error as its cause. */
const fetchFailed = (code: string) =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(`getaddrinfo ${code} x.example`), { code }) });

describe('verdictOf', () => {
  it('calls an address live when linkinator found it, whatever the final status', () => {
    expect(verdictOf({ state: LinkState.OK, status: 200 })).toEqual({ state: 'live', reason: '200 OK' });
  });

  it('calls 404, 410, a host that does not exist and a refused connection dead', () => {
    expect(verdictOf({ state: LinkState.BROKEN, status: 404 })).toEqual({ state: 'dead', reason: '404 Not Found' });
    expect(verdictOf({ state: LinkState.BROKEN, status: 410 })).toEqual({ state: 'dead', reason: '410 Gone' });
    expect(verdictOf({ state: LinkState.BROKEN, status: 0, failureDetails: [fetchFailed('ENOTFOUND')] })).toEqual({
      state: 'dead',
      reason: 'no such host',
    });
    expect(verdictOf({ state: LinkState.BROKEN, status: 0, failureDetails: [fetchFailed('ECONNREFUSED')] })).toEqual({
      state: 'dead',
      reason: 'connection refused',
    });
  });

  it('cannot tell whether a page exists behind a refusal, an outage, a passing DNS failure or a bot wall', () => {
    for (const status of [401, 403, 429, 500, 503, 999]) {
      expect(verdictOf({ state: LinkState.BROKEN, status }).state, String(status)).toBe('unverified');
    }
    expect(verdictOf({ state: LinkState.SKIPPED, status: 403 })).toEqual({
      state: 'unverified',
      reason: '403 Forbidden',
    });
    expect(verdictOf({ state: LinkState.BROKEN, status: 0, failureDetails: [fetchFailed('EAI_AGAIN')] })).toEqual({
      state: 'unverified',
      reason: 'EAI_AGAIN',
    });
    expect(
      verdictOf({ state: LinkState.BROKEN, status: 0, failureDetails: [new TypeError('redirect count exceeded')] }),
    ).toEqual({
      state: 'unverified',
      reason: 'redirect count exceeded',
    });
  });
});

describe('checkUrls', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    // /slow never answers; everything else is a 503.
    server = createServer((request, response) => {
      if (request.url !== '/slow') response.writeHead(503).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('gives a server that does not answer in time the benefit of the doubt', async () => {
    expect(await checkUrls([{ url: `${base}/slow` }], { timeout: 300, retries: 0, concurrency: 1 })).toEqual([
      { url: `${base}/slow`, verdict: { state: 'unverified', reason: 'timed out' } },
    ]);
  });

  it('gives a server that is down the benefit of the doubt', async () => {
    // The default timeout: on a busy machine even a quick 503 may take longer than the short one above.
    expect(await checkUrls([{ url: `${base}/down` }], { ...URL_CHECK_OPTIONS, retries: 0 })).toEqual([
      { url: `${base}/down`, verdict: { state: 'unverified', reason: '503 Service Unavailable' } },
    ]);
  });

  it('checks nothing when there is nothing to check', async () => {
    expect(await checkUrls([])).toEqual([]);
  });
});
