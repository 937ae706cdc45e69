import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SocketBag } from '../../support/flows.js';
import { serverPerFile } from '../../support/suite.js';
import { CALLERS, type Caller } from './callers.js';
import { runHttpCell, runSocketCell, type CellContext } from './cells.js';
import { boundEvents, registeredRoutes, rowRouteOf, type RegisteredRoute } from './inventory.js';
import { MATRIX, rowId, type Row } from './matrix.js';
import { grants, type Outcome } from './outcomes.js';
import { buildWorld, connectAs, makeFixture, type FixtureHandle, type World } from './world.js';

describe('the authorisation matrix: every route and event × every kind of caller', () => {
  const ctx = serverPerFile();
  const worldBag = new SocketBag();
  let world: World;
  let routes: RegisteredRoute[];
  beforeAll(async () => {
    world = await buildWorld(ctx.server, worldBag);
    routes = registeredRoutes(ctx.server);
  });
  afterAll(() => worldBag.closeAll());

  const cx = (): CellContext => ({ server: ctx.server, bag: ctx.bag, world });
  const fixtureFor = async (row: Row): Promise<FixtureHandle> => makeFixture(ctx.server, ctx.bag, world, row.fixture ?? 'active');

  it('should have a row for every route the server registers and no row for a route it does not', () => {
    expect(routes.filter((r) => r.url.startsWith('/api/')).length, 'the route tree was read').toBeGreaterThan(40);
    const rowsHave = new Set(MATRIX.filter((r) => r.kind === 'http').map(rowId));
    const registered = new Set(routes.map((r) => `${r.method} ${rowRouteOf(r.url)}`));
    expect([...registered].filter((r) => !rowsHave.has(r)), 'routes without a row').toEqual([]);
    expect([...rowsHave].filter((r) => !registered.has(r) && r !== 'GET /*'), 'rows for no route').toEqual([]);
  });

  it('should have a row for every event either namespace binds and no row for an event it does not', async () => {
    for (const ns of ['visitor', 'staff'] as const) {
      const cookie = world.live.supervisor.cookie;
      const opened = await connectAs(ctx.server, ctx.bag, ns, ns === 'staff' ? { cookie } : {}, {});
      if ('refused' in opened) throw new Error(`could not open /${ns}: ${opened.refused}`);
      const bound = boundEvents(ctx.server, `/${ns}`, opened.socket.id!);
      const rowsHave = MATRIX.filter((r) => r.kind === 'socket' && r.ns === ns).map((r) => (r.kind === 'socket' ? r.event : '')).sort();
      expect([ns, rowsHave], 'one row per bound event').toEqual([ns, bound]);
    }
  });

  for (const row of MATRIX) {
    it(`should answer ${rowId(row)} exactly as the matrix says for each caller`, async ({ skip }) => {
      const statics = routes.filter((r) => rowRouteOf(r.url) === '/*');
      if (row.kind === 'http' && row.route === '/*' && statics.length === 0) skip('the web app is not built');
      const shared = await fixtureFor(row);
      const seen = {} as Record<Caller, Outcome>;
      try {
        for (const caller of CALLERS) {
          const fresh = row.mutates && grants(row.expect[caller]);
          const h = fresh ? await fixtureFor(row) : shared;
          try {
            seen[caller] = row.kind === 'socket'
              ? await runSocketCell(cx(), row, caller, h)
              : await runHttpCell(cx(), row, caller, h, (statics.find((r) => r.url === '/') ?? statics[0])?.url);
          } finally {
            if (fresh) await h.close();
          }
        }
      } finally {
        await shared.close();
      }
      expect(seen).toEqual(row.expect);
    });
  }
});
