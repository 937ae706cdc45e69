import { REPORT_NAMES, ReportOverviewSchema, ReportQuerySchema, ReportTableSchema, type ReportName, type ReportQuery } from '@hidamari/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../http/auth.guard.js';
import type { ReportsService } from '../reports/reports.service.js';
import type { Services } from '../services.js';

/**
 * Admins and supervisors: `GET /api/reports/<name>?from=&to=` (the overview's own shape, or a table) and the same as CSV,
 * `GET /api/reports/<name>.csv?from=&to=` or `?format=csv`.
 */
export function reportsRoutes(deps: { services: Pick<Services, 'auth' | 'reports'> }): FastifyPluginAsyncZod {
  const { auth, reports } = deps.services;
  const guard = requireStaff(auth, ['supervisor', 'admin']);
  return async (app) => {
    for (const name of REPORT_NAMES) {
      const response = name === 'overview' ? ReportOverviewSchema : ReportTableSchema;
      app.get(
        `/api/reports/${name}`,
        { preValidation: guard, schema: { querystring: ReportQuerySchema } },
        async (request, reply) => {
          const q = request.query;
          if (q.format === 'csv') return sendCsv(reply, reports, name, q);
          const range = rangeOf(q);
          // The answer is checked against its schema here rather than by a response schema, since `?format=csv` answers text.
          return name === 'overview' ? response.parse(await reports.overview(range)) : response.parse(await reports.table(name, range));
        },
      );
      app.get(
        `/api/reports/${name}.csv`,
        { preValidation: guard, schema: { querystring: ReportQuerySchema } },
        async (request, reply) => sendCsv(reply, reports, name, request.query),
      );
    }
  };
}

const rangeOf = (q: ReportQuery) => ({ from: new Date(q.from), to: new Date(q.to) });

async function sendCsv(reply: FastifyReply, reports: ReportsService, name: ReportName, q: ReportQuery): Promise<string> {
  const csv = await reports.csv(name, rangeOf(q));
  const day = (iso: string) => iso.slice(0, 10);
  void reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="hidamari-${name}-${day(q.from)}-${day(q.to)}.csv"`)
    .header('cache-control', 'no-store');
  return csv;
}
