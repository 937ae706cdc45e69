import type { AuditEntry, SurveyQuestion, SurveyQuestionAdmin } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { adminSession, createStaff, http, ok } from '../support/clients.js';
import { startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

type List = { questions: SurveyQuestionAdmin[] };
type One = { question: SurveyQuestionAdmin };

describe('admins editing the survey questions', () => {
  const ctx = serverPerFile();
  const admin = () => adminSession(ctx.server);
  const list = async () => (await http<List>(ctx.server, 'GET', '/api/survey/questions', { cookie: await admin() })).body.questions;

  async function visitorQuestions(): Promise<string[]> {
    const v = await startVisitor(ctx.server, ctx.bag);
    await ok(v.socket, 'consultation:leave');
    return (await ok(v.socket, 'survey:get')).questions.map((q: SurveyQuestion) => q.id);
  }

  async function auditFor(subject: string): Promise<AuditEntry[]> {
    const res = await http<{ entries: AuditEntry[] }>(ctx.server, 'GET', '/api/audit?limit=100', { cookie: await admin() });
    return res.body.entries.filter((e) => e.subject === subject);
  }

  it('should list the default questions in order, none retired', async () => {
    const questions = await list();
    expect(questions.slice(0, 4).map((q) => [q.id, q.kind, q.retired, q.position])).toEqual([
      ['helpful', 'scale', false, 1], ['safe', 'yesno', false, 2], ['again', 'yesno', false, 3], ['comment', 'text', false, 4],
    ]);
  });

  it('should refuse every route to counselors and supervisors with 403 and to strangers with 401', async () => {
    for (const roles of [['counselor'], ['supervisor']] as const) {
      const { cookie } = await createStaff(ctx.server, { roles: [...roles] });
      const calls: [string, string, unknown?][] = [
        ['GET', '/api/survey/questions'],
        ['POST', '/api/survey/questions', { kind: 'yesno', text: { ja: 'はい', en: 'Yes' } }],
        ['PATCH', '/api/survey/questions/helpful', { retired: true }],
        ['PUT', '/api/survey/questions/order', { ids: ['comment', 'again', 'safe', 'helpful'] }],
      ];
      for (const [method, path, body] of calls) {
        const res = await http<{ error: { code: string } }>(ctx.server, method, path, { cookie, ...(body ? { body } : {}) });
        expect([method, path, res.status, res.body.error.code]).toEqual([method, path, 403, 'FORBIDDEN']);
      }
    }
    expect((await http(ctx.server, 'GET', '/api/survey/questions')).status).toBe(401);
    expect((await list()).find((q) => q.id === 'helpful')?.retired).toBe(false);
  });

  it('should add a question with a slug id at the end, offer it to visitors and audit it', async () => {
    const res = await http<One>(ctx.server, 'POST', '/api/survey/questions', {
      cookie: await admin(), body: { kind: 'scale', text: { ja: ' 待ち時間はどうでしたか？ ', en: 'How was the wait?' } },
    });
    expect(res.status).toBe(201);
    expect(res.body.question).toMatchObject({ id: 'how-was-the-wait', kind: 'scale', text: { ja: '待ち時間はどうでしたか？', en: 'How was the wait?' }, retired: false });
    const again = await http<One>(ctx.server, 'POST', '/api/survey/questions', {
      cookie: await admin(), body: { kind: 'yesno', text: { ja: '同じ質問', en: 'How was the wait?' } },
    });
    expect(again.body.question.id).toBe('how-was-the-wait-2');
    const ids = (await list()).map((q) => q.id);
    expect(ids.slice(-2)).toEqual(['how-was-the-wait', 'how-was-the-wait-2']);
    expect((await visitorQuestions()).slice(-2)).toEqual(['how-was-the-wait', 'how-was-the-wait-2']);
    expect(await auditFor('survey-question:how-was-the-wait')).toMatchObject([{ action: 'survey.question_created', data: { kind: 'scale' } }]);
  });

  it('should refuse a bad question with INVALID_PAYLOAD naming the field', async () => {
    const bad = await http<{ error: { code: string; field: string } }>(ctx.server, 'POST', '/api/survey/questions', {
      cookie: await admin(), body: { kind: 'stars', text: { ja: 'x', en: 'x' } },
    });
    expect([bad.status, bad.body.error.code, bad.body.error.field]).toEqual([400, 'INVALID_PAYLOAD', 'kind']);
    const empty = await http<{ error: { field: string } }>(ctx.server, 'POST', '/api/survey/questions', {
      cookie: await admin(), body: { kind: 'text', text: { ja: '  ', en: 'Fine' } },
    });
    expect([empty.status, empty.body.error.field]).toEqual([400, 'text.ja']);
  });

  it('should edit texts, retire and restore a question, auditing each change', async () => {
    const created = (await http<One>(ctx.server, 'POST', '/api/survey/questions', {
      cookie: await admin(), body: { kind: 'yesno', text: { ja: '話しやすかったですか？', en: 'Was it easy to talk?' } },
    })).body.question;
    const edited = await http<One>(ctx.server, 'PATCH', `/api/survey/questions/${created.id}`, {
      cookie: await admin(), body: { text: { en: 'Was it easy to talk to us?' } },
    });
    expect(edited.body.question.text).toEqual({ ja: '話しやすかったですか？', en: 'Was it easy to talk to us?' });

    const retired = await http<One>(ctx.server, 'PATCH', `/api/survey/questions/${created.id}`, { cookie: await admin(), body: { retired: true } });
    expect(retired.body.question).toMatchObject({ retired: true });
    expect(retired.body.question.retiredAt).not.toBeNull();
    expect((await list()).find((q) => q.id === created.id)?.retired).toBe(true);
    expect(await visitorQuestions()).not.toContain(created.id);

    await http(ctx.server, 'PATCH', `/api/survey/questions/${created.id}`, { cookie: await admin(), body: { retired: false } });
    expect(await visitorQuestions()).toContain(created.id);

    const trail = await auditFor(`survey-question:${created.id}`);
    expect(trail.map((e) => e.action)).toEqual(['survey.question_updated', 'survey.question_updated', 'survey.question_updated', 'survey.question_created']);
    expect(trail[2]!.data).toEqual({ changes: { textEn: { from: 'Was it easy to talk?', to: 'Was it easy to talk to us?' } } });
    expect(trail[1]!.data).toEqual({ changes: { retired: { from: false, to: true } } });
  });

  it('should change the kind only while nobody has answered the question', async () => {
    const q = (await http<One>(ctx.server, 'POST', '/api/survey/questions', {
      cookie: await admin(), body: { kind: 'yesno', text: { ja: 'また来ますか？', en: 'Will you come back?' } },
    })).body.question;
    const changed = await http<One>(ctx.server, 'PATCH', `/api/survey/questions/${q.id}`, { cookie: await admin(), body: { kind: 'scale' } });
    expect(changed.body.question.kind).toBe('scale');

    const v = await startVisitor(ctx.server, ctx.bag);
    await ok(v.socket, 'consultation:leave');
    await ok(v.socket, 'survey:submit', { answers: { [q.id]: 3 } });
    expect((await list()).find((x) => x.id === q.id)?.answered).toBe(true);
    const refused = await http<{ error: { code: string } }>(ctx.server, 'PATCH', `/api/survey/questions/${q.id}`, { cookie: await admin(), body: { kind: 'text' } });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'CONFLICT']);
    expect((await list()).find((x) => x.id === q.id)?.kind).toBe('scale');
  });

  it('should answer 404 for an unknown question and 400 for an empty change', async () => {
    expect((await http(ctx.server, 'PATCH', '/api/survey/questions/no-such-question', { cookie: await admin(), body: { retired: true } })).status).toBe(404);
    expect((await http(ctx.server, 'PATCH', '/api/survey/questions/helpful', { cookie: await admin(), body: {} })).status).toBe(400);
  });

  it('should reorder the questions for new surveys, audit it, and refuse an order that leaves an active question out', async () => {
    const current = (await list()).filter((q) => !q.retired).map((q) => q.id);
    const reversed = [...current].reverse();
    const res = await http<List>(ctx.server, 'PUT', '/api/survey/questions/order', { cookie: await admin(), body: { ids: reversed } });
    expect(res.status).toBe(200);
    expect(res.body.questions.filter((q) => !q.retired).map((q) => q.id)).toEqual(reversed);
    expect(await visitorQuestions()).toEqual(reversed);
    expect((await auditFor('survey-questions'))[0]).toMatchObject({ action: 'survey.questions_reordered', data: { order: expect.arrayContaining(reversed) } });

    const partial = await http<{ error: { code: string; field: string } }>(ctx.server, 'PUT', '/api/survey/questions/order', {
      cookie: await admin(), body: { ids: reversed.slice(1) },
    });
    expect([partial.status, partial.body.error.code, partial.body.error.field]).toEqual([400, 'INVALID_PAYLOAD', 'ids']);
    expect(await visitorQuestions()).toEqual(reversed);
  });
});
