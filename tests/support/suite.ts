/** One real server per test file, its sockets closed after each test and the server after the file. */
import pg from 'pg';
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

export interface ServerWithSide extends ServerPerFile {
  /** A second connection of the test's own to the server's PostgreSQL database, to hold locks from outside. */
  readonly side: pg.Client;
}

/** `serverPerFile` on PostgreSQL, plus a connection beside the server's pool (PostgreSQL-only suites). */
export function serverWithSideConnection(options: StartOptions): ServerWithSide {
  const ctx = serverPerFile(options);
  let side: pg.Client | undefined;
  beforeAll(async () => {
    side = new pg.Client({ connectionString: ctx.server.databaseUrl });
    await side.connect();
  });
  afterAll(() => side?.end());
  return {
    get server() {
      return ctx.server;
    },
    bag: ctx.bag,
    get side() {
      if (!side) throw new Error('the side connection opens in beforeAll');
      return side;
    },
  };
}
