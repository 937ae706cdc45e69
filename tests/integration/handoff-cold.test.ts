import type { HandoffCompleted, VisitorConsultationUpdate, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { call, callRaw, next, ok } from '../support/clients.js';
import { claimedChat, counselor, startVisitor, teamMember } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

let teamSeq = 0;
/** A team name no other test uses: members stay on duty in the database after a test's sockets close. */
const freshTeam = () => `team-${process.pid}-${++teamSeq}`;

/** Cold hand-offs: back to the front of the queue for a team, the note for the next counselor, a kind word to the visitor. */
describe('a cold hand-off to a team', () => {
  const ctx = serverPerFile();

  const member = (team: string, onDuty = true) => teamMember(ctx.server, ctx.bag, team, onDuty);

  it('should queue the chat ahead of earlier arrivals for the team, tell the visitor kindly, and give a member the note when a member claims it', async () => {
    const team = freshTeam();
    const { visitor, counselor: sender, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: '家族のことで相談したいです' });
    const earlier = await startVisitor(ctx.server, ctx.bag);
    const fam = await member(team);
    const outsider = await counselor(ctx.server, ctx.bag);
    const told = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.status === 'queued');
    const kindWord = next<WireMessage>(visitor.socket, 'message:created', (m) => m.sender === 'system');
    const completed = next<HandoffCompleted>(sender.socket, 'handoff:completed');

    const note = 'お母様の介護の話です。家族支援チームでお願いします。';
    const ack = await ok(sender.socket, 'consultation:transfer', { consultationId, to: { team }, mode: 'cold', note });
    expect(ack).toMatchObject({ status: 'completed', handoffId: expect.any(String) });
    expect(await completed).toMatchObject({ handoffId: ack.handoffId, consultationId, mode: 'cold', to: { team } });
    expect(await told).toMatchObject({ consultationId, status: 'queued' });
    expect((await kindWord).visibility).toBe('all');

    const { items } = await ok(fam.socket, 'queue:list');
    expect(items[0]).toMatchObject({ consultationId, requestedTeam: team });
    expect(items.map((i) => i.consultationId)).toContain(earlier.started.consultationId);
    expect(await call(outsider.socket, 'consultation:claim', { consultationId })).toMatchObject({ ok: false, error: { code: 'TEAM_RESERVED' } });

    const claimed = await ok(fam.socket, 'consultation:claim', { consultationId });
    expect(claimed.messages.at(-1)).toMatchObject({ sender: 'system', visibility: 'staff', body: note });
    expect(claimed.messages.map((m) => m.body)).toContain('家族のことで相談したいです');
    const seen = (await ok(visitor.socket, 'messages:sync', { afterSeq: 0 })).messages;
    expect(seen.map((m) => m.body)).not.toContain(note);
    expect(await call(sender.socket, 'message:send', { consultationId, clientMessageId: 'late', body: 'まだいますか' }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('should let exactly one of two team members take the chat when both claim at once', async () => {
    const team = freshTeam();
    const { counselor: sender, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const [a, b] = [await member(team), await member(team)];
    await ok(sender.socket, 'consultation:transfer', { consultationId, to: { team }, mode: 'cold' });
    const answers = await Promise.all([a, b].map((m) => call(m.socket, 'consultation:claim', { consultationId })));
    expect(answers.filter((x) => x.ok)).toHaveLength(1);
    expect(answers.find((x) => !x.ok)).toMatchObject({ error: { code: 'ALREADY_CLAIMED' } });
  });

  it('should let anyone take the chat when no member of the team is on duty', async () => {
    const team = freshTeam();
    const { counselor: sender, consultationId } = await claimedChat(ctx.server, ctx.bag);
    await member(team, false);
    const outsider = await counselor(ctx.server, ctx.bag);
    await ok(sender.socket, 'consultation:transfer', { consultationId, to: { team }, mode: 'cold' });
    const claimed = await ok(outsider.socket, 'consultation:claim', { consultationId });
    // Without the sender's own words, the default note still says who sent it to which team.
    expect(claimed.messages.at(-1)).toMatchObject({ sender: 'system', visibility: 'staff', body: expect.stringContaining(team) });
  });

  it('should refuse a cold hand-off to a person and a warm one to a team as INVALID_PAYLOAD on mode', async () => {
    const { counselor: sender, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const other = await counselor(ctx.server, ctx.bag);
    for (const payload of [
      { consultationId, to: { staffId: other.staff.id }, mode: 'cold' },
      { consultationId, to: { team: 'family' }, mode: 'warm' },
    ]) {
      expect(await callRaw(sender.socket, 'consultation:transfer', payload)).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'mode' } });
    }
  });

  it('should refuse a transfer with FORBIDDEN when the chat is not the caller\'s', async () => {
    const { consultationId } = await claimedChat(ctx.server, ctx.bag);
    const other = await counselor(ctx.server, ctx.bag);
    expect(await call(other.socket, 'consultation:transfer', { consultationId, to: { team: freshTeam() }, mode: 'cold' }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
