import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/**
 * Serves a host page for this test file on 127.0.0.1, on a port of its own: another origin than the
 * atlas's, as a slide deck or an intranet page that frames it. `body` is read on every request, so a
 * test may change what the page holds. The address is known once the file's tests run; the server
 * stops after them.
 */
export function serveHostPage(body: () => string | Buffer): { readonly url: string } {
  const host = { url: '' };
  let server: Server | undefined;
  beforeAll(async () => {
    const listening = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(body());
    });
    server = listening;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    host.url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });
  return host;
}
