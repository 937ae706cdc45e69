import type { SurveyQuestion } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminSession, call, callRaw, http, ok, visitorSocket } from '../support/clients.js';
import { claimedChat, startVisitor, type StartedVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

describe('the visitor survey after a consultation', () => {
  const ctx = serverPerFile();
  const query = async <T>(q: ReturnType<typeof sql>): Promise<T[]> =>
    ((await ctx.server.hidamari.database.db.execute(q)) as unknown as { rows: T[] }).rows;

  async function closedVisitor(): Promise<StartedVisitor> {
    const v = await startVisitor(ctx.server, ctx.bag, { message: 'きいてほしいことがあります' });
    await ok(v.socket, 'consultation:leave');
    return v;
  }

  const submissions = async (consultationId: string) =>
    (await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM survey_submissions WHERE consultation_id = ${consultationId}`))[0]!.n;

  it('should refuse the survey with CONFLICT while the consultation is still open', async () => {
    const chat = await claimedChat(ctx.server, ctx.bag);
    const socket = chat.visitor.socket;
    expect(await call(socket, 'survey:get')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(socket, 'survey:submit', { answers: { helpful: 5 } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await submissions(chat.consultationId)).toBe(0);

    await ok(chat.counselor.socket, 'consultation:close', { consultationId: chat.consultationId });
    const form = await ok(socket, 'survey:get');
    expect(form.answered).toBe(false);
  });

  it('should refuse with NOT_BOUND when the socket has no consultation', async () => {
    const socket = ctx.bag.add(await visitorSocket(ctx.server));
    expect(await call(socket, 'survey:get')).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } });
  });

  it('should offer the four default questions in order in both languages when the consultation has closed', async () => {
    const v = await closedVisitor();
    const form = await ok(v.socket, 'survey:get');
    expect(form.questions.map((q: SurveyQuestion) => [q.id, q.kind])).toEqual([
      ['helpful', 'scale'], ['safe', 'yesno'], ['again', 'yesno'], ['comment', 'text'],
    ]);
    for (const q of form.questions) {
      expect(q.text.ja.length).toBeGreaterThan(0);
      expect(q.text.en.length).toBeGreaterThan(0);
    }
    expect(form.answered).toBe(false);
  });

  it('should store one anonymous response with the day only and answer ALREADY_ANSWERED to a second submission', async () => {
    const v = await closedVisitor();
    const comment = `  とても話しやすかったです ${Math.random()}  `;
    expect(await call(v.socket, 'survey:submit', { answers: { helpful: 4, safe: true, again: false, comment } })).toEqual({ ok: true });
    expect((await ok(v.socket, 'survey:get')).answered).toBe(true);
    expect(await call(v.socket, 'survey:submit', { answers: { helpful: 1 } })).toMatchObject({ ok: false, error: { code: 'ALREADY_ANSWERED' } });
    // From another device with the same consultation: still one survey per consultation.
    const again = ctx.bag.add(await visitorSocket(ctx.server, v.started.token));
    expect(await call(again, 'survey:submit', { answers: {} })).toMatchObject({ ok: false, error: { code: 'ALREADY_ANSWERED' } });

    expect(await submissions(v.started.consultationId)).toBe(1);
    const stored = await query<{ question_id: string; value_number: number | null; value_bool: boolean | null; value_text: string | null; day: string }>(sql`
      SELECT a.question_id, a.value_number, a.value_bool, a.value_text, r.submitted_on::text AS day
      FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
      WHERE a.response_id IN (SELECT response_id FROM survey_answers WHERE question_id = 'helpful' AND value_number = 4)
      ORDER BY a.question_id`);
    // Only this test answers helpful = 4: its one response holds all four answers, each in the column of its kind.
    expect(stored.map((r) => [r.question_id, r.value_number, r.value_bool])).toEqual([
      ['again', null, false], ['comment', null, null], ['helpful', 4, null], ['safe', null, true],
    ]);
    const mine = stored.filter((r) => r.question_id === 'comment');
    // The comment is sealed at rest: the plain words are nowhere in the table.
    const plain = await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM survey_answers WHERE value_text LIKE ${'%とても話しやすかった%'}`);
    expect(plain[0]!.n).toBe(0);
    expect(mine.every((r) => r.value_text!.startsWith('hm1:'))).toBe(true);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
    expect(stored.every((r) => r.day === today)).toBe(true);
    // No column of the response or its answers refers to a consultation or a time finer than the day.
    const columns = await query<{ table_name: string; column_name: string }>(sql`
      SELECT table_name, column_name FROM information_schema.columns WHERE table_name IN ('survey_responses', 'survey_answers') ORDER BY 1, 2`);
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      'survey_answers.question_id', 'survey_answers.response_id', 'survey_answers.value_bool', 'survey_answers.value_number', 'survey_answers.value_text',
      'survey_responses.id', 'survey_responses.submitted_on',
    ]);
  });

  it('should keep the comment readable through the crypto module and trimmed as the shared schema does', async () => {
    const v = await closedVisitor();
    const marker = `marker-${Math.random().toString(36).slice(2)}`;
    await ok(v.socket, 'survey:submit', { answers: { comment: `  ${marker}  ` } });
    const { open } = await import('../../server/src/crypto/index.js');
    const all = await query<{ value_text: string }>(sql`SELECT value_text FROM survey_answers WHERE question_id = 'comment'`);
    expect(all.map((r) => open(r.value_text))).toContain(marker);
  });

  it('should mark a submission that skipped every question without adding a response', async () => {
    const v = await closedVisitor();
    const before = (await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM survey_responses`))[0]!.n;
    await ok(v.socket, 'survey:submit', { answers: { helpful: null, comment: '   ' } });
    expect(await submissions(v.started.consultationId)).toBe(1);
    expect((await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM survey_responses`))[0]!.n).toBe(before);
  });

  it.each([
    ['helpful', '0', 0], ['helpful', '6', 6], ['helpful', '3.5', 3.5], ['helpful', 'a string', 'five'], ['helpful', 'a boolean', true],
    ['safe', 'a number', 1], ['safe', 'a string', 'yes'], ['again', 'a number', 0], ['comment', 'a number', 42],
    ['comment', '1,001 characters', 'あ'.repeat(1001)], ['unknown-question', 'any value', 1],
  ])('should refuse %s = %s with INVALID_PAYLOAD naming answers.<id> and write nothing', async (id, _label, value) => {
    const v = await closedVisitor();
    const res = await callRaw(v.socket, 'survey:submit', { answers: { helpful: 3, [id]: value } });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: `answers.${id}` } });
    expect(await submissions(v.started.consultationId)).toBe(0);
    // The refusal left the survey open: a good submission still goes through.
    await ok(v.socket, 'survey:submit', { answers: { helpful: 3 } });
  });

  it('should refuse a payload without answers', async () => {
    const v = await closedVisitor();
    expect(await callRaw(v.socket, 'survey:submit', { answers: 'all good' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'answers' } });
    expect(await callRaw(v.socket, 'survey:submit', {})).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'answers' } });
  });

  it('should answer exactly one ok and one ALREADY_ANSWERED when two sockets of a consultation submit at once', async () => {
    const visitors = await Promise.all(Array.from({ length: 6 }, () => closedVisitor()));
    const pairs = await Promise.all(
      visitors.map(async (v) => [v.socket, ctx.bag.add(await visitorSocket(ctx.server, v.started.token))] as const),
    );
    const acks = await Promise.all(pairs.flatMap(([a, b]) => [a, b].map((s) => call(s, 'survey:submit', { answers: { helpful: 5, safe: true } }))));
    for (let i = 0; i < visitors.length; i++) {
      const pair = [acks[2 * i]!, acks[2 * i + 1]!];
      expect(pair.filter((a) => a.ok)).toHaveLength(1);
      expect(pair.find((a) => !a.ok)).toMatchObject({ error: { code: 'ALREADY_ANSWERED' } });
      expect(await submissions(visitors[i]!.started.consultationId)).toBe(1);
    }
  });

  it('should refuse a retired question, stop offering it, and still count its old answers', async () => {
    const admin = await adminSession(ctx.server);
    const created = await http<{ question: { id: string } }>(ctx.server, 'POST', '/api/survey/questions', {
      cookie: admin, body: { kind: 'yesno', text: { ja: '待ち時間は大丈夫でしたか？', en: 'Was the wait all right?' } },
    });
    expect(created.status).toBe(201);
    const id = created.body.question.id;
    const early = await closedVisitor();
    await ok(early.socket, 'survey:submit', { answers: { [id]: true } });

    expect((await http(ctx.server, 'PATCH', `/api/survey/questions/${id}`, { cookie: admin, body: { retired: true } })).status).toBe(200);
    const late = await closedVisitor();
    expect((await ok(late.socket, 'survey:get')).questions.map((q: SurveyQuestion) => q.id)).not.toContain(id);
    expect(await call(late.socket, 'survey:submit', { answers: { [id]: true } })).toMatchObject({
      ok: false, error: { code: 'INVALID_PAYLOAD', field: `answers.${id}` },
    });
    const counted = await query<{ yes: number }>(sql`SELECT count(*) FILTER (WHERE value_bool)::int AS yes FROM survey_answers WHERE question_id = ${id}`);
    expect(counted[0]!.yes).toBe(1);
  });
});
