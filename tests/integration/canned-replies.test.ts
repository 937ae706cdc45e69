/** Canned replies: the center's list (admins edit, everyone reads) and each staff member's own, merged for the caller. */
import type { CannedReply } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { adminSession, createStaff, http } from '../support/clients.js';
import { serverPerFile } from '../support/suite.js';

type Err = { error: { code: string; field?: string } };
type One = { reply: CannedReply } & Err;

describe('canned replies', () => {
  const ctx = serverPerFile();
  const list = async (cookie: string) => (await http<{ replies: CannedReply[] }>(ctx.server, 'GET', '/api/canned-replies', { cookie })).body.replies;

  it('should merge the center list with the caller\'s own, and keep each person\'s list to themselves', async () => {
    const admin = await adminSession(ctx.server);
    const a = await createStaff(ctx.server);
    const b = await createStaff(ctx.server);
    const center = await http<One>(ctx.server, 'POST', '/api/canned-replies', {
      cookie: admin, body: { scope: 'center', title: 'はじめのあいさつ', shortcut: 'hello', body: { ja: 'ご相談ありがとうございます。', en: 'Thank you for reaching out.' } },
    });
    expect(center.status).toBe(201);
    const mine = await http<One>(ctx.server, 'POST', '/api/canned-replies', {
      cookie: a.cookie, body: { scope: 'personal', title: '  自分用  ', body: { ja: 'ゆっくりで大丈夫ですよ。', en: '' } },
    });
    expect(mine.status).toBe(201);
    expect(mine.body.reply).toMatchObject({ scope: 'personal', title: '自分用', shortcut: '', editable: true });

    const forA = await list(a.cookie);
    expect(forA.map((r) => [r.title, r.editable])).toEqual([['はじめのあいさつ', false], ['自分用', true]]);
    expect((await list(b.cookie)).map((r) => r.title)).toEqual(['はじめのあいさつ']);
    expect((await list(admin)).find((r) => r.id === center.body.reply.id)?.editable).toBe(true);

    // Someone else's personal reply does not exist for them; the center's is the admins' to change.
    expect((await http<Err>(ctx.server, 'PATCH', `/api/canned-replies/${mine.body.reply.id}`, { cookie: b.cookie, body: { title: 'x' } })).status).toBe(404);
    expect((await http<Err>(ctx.server, 'DELETE', `/api/canned-replies/${mine.body.reply.id}`, { cookie: admin })).status).toBe(404);
    expect((await http<Err>(ctx.server, 'PATCH', `/api/canned-replies/${center.body.reply.id}`, { cookie: a.cookie, body: { title: 'x' } })).body.error.code)
      .toBe('FORBIDDEN');
    const ownCenter = await http<Err>(ctx.server, 'POST', '/api/canned-replies', { cookie: a.cookie, body: { scope: 'center', title: 't', body: { ja: 'x', en: 'x' } } });
    expect([ownCenter.status, ownCenter.body.error.code]).toEqual([403, 'FORBIDDEN']);

    const edited = await http<One>(ctx.server, 'PATCH', `/api/canned-replies/${mine.body.reply.id}`, { cookie: a.cookie, body: { shortcut: 'slow' } });
    expect(edited.body.reply).toMatchObject({ title: '自分用', shortcut: 'slow', body: { ja: 'ゆっくりで大丈夫ですよ。', en: '' } });
    expect((await http(ctx.server, 'DELETE', `/api/canned-replies/${mine.body.reply.id}`, { cookie: a.cookie })).status).toBe(204);
    expect((await list(a.cookie)).map((r) => r.title)).toEqual(['はじめのあいさつ']);
  });

  it.each([
    ['no text in either language', { scope: 'personal', title: 't', body: { ja: ' ', en: '' } }, 'body.ja'],
    ['a shortcut with a space', { scope: 'personal', title: 't', shortcut: 'a b', body: { ja: 'x', en: '' } }, 'shortcut'],
    ['an unknown scope', { scope: 'team', title: 't', body: { ja: 'x', en: '' } }, 'scope'],
    ['an empty title', { scope: 'personal', title: '', body: { ja: 'x', en: '' } }, 'title'],
  ])('should refuse %s naming the field', async (_case, body, field) => {
    const a = await createStaff(ctx.server);
    const res = await http<Err>(ctx.server, 'POST', '/api/canned-replies', { cookie: a.cookie, body });
    expect([res.status, res.body.error]).toMatchObject([400, { code: 'INVALID_PAYLOAD', field }]);
    expect(await list(a.cookie)).toEqual(expect.not.arrayContaining([expect.objectContaining({ scope: 'personal' })]));
  });

  it('should answer only signed-in staff', async () => {
    expect((await http<Err>(ctx.server, 'GET', '/api/canned-replies')).status).toBe(401);
  });
});
