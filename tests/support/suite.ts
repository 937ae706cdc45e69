/** One real server per test file, its sockets closed after each test and the server after the file. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ADMIN_ENV } from './clients.js';
import { SocketBag } from './flows.js';
import { startTestServer, type StartOptions, type TestServer } from './test-server.js';

export interface ServerPerFile {
  /** Set once `beforeAll` has run; read it inside tests and hooks. */
  readonly server: TestServer;
  readonly bag: SocketBag;
}

export function serverPerFile(options: StartOptions = { env: ADMIN_ENV }): ServerPerFile {
  let server: TestServer | undefined;
  const bag = new SocketBag();
  beforeAll(async () => {
    server = await startTestServer(options);
  });
  afterEach(() => bag.closeAll());
  afterAll(() => server?.close());
  return {
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    bag,
  };
}
