import { describe, expect, it } from 'vitest';
import { consultationReducer, noConsultation } from '../consultation.reducer';
import { preferredAtStart } from './preferred';

const NEXT = '2026-12-02T10:00:00.000Z';
const queue = { position: 1, estimatedWaitSeconds: null };
const away = consultationReducer(noConsultation, {
  type: 'started', consultationId: 'c1', queue, preferred: preferredAtStart(true, { previousCount: 1, counselorName: 'はる', counselorNextShiftAt: NEXT }),
});

describe('the consultation while waiting for the asked-for counselor', () => {
  it('should keep the choice asked after a standing update that says nothing of it', () => {
    const s = consultationReducer(away, { type: 'updated', update: { consultationId: 'c1', status: 'queued', queue: { position: 2, estimatedWaitSeconds: 60 } } });
    expect(s.preferred).toMatchObject({ mode: 'wait', chosen: null, nextShiftAt: NEXT });
  });

  it('should say the chat is open to anyone when the server ends the reservation', () => {
    const waiting = consultationReducer(away, { type: 'preferChosen', choice: 'wait', queue });
    expect(waiting.preferred?.chosen).toBe('wait');
    const opened = consultationReducer(waiting, { type: 'updated', update: { consultationId: 'c1', status: 'queued', preferred: null } });
    expect(opened.preferred).toBeNull();
    expect(opened.preferredNotice).toBe('opened');
  });

  it('should say "anyone" when the visitor chose it, whichever of the ack and the update comes first', () => {
    const ackFirst = consultationReducer(consultationReducer(away, { type: 'preferChosen', choice: 'anyone', queue }), {
      type: 'updated', update: { consultationId: 'c1', status: 'queued', preferred: null },
    });
    const updateFirst = consultationReducer(consultationReducer(away, {
      type: 'updated', update: { consultationId: 'c1', status: 'queued', preferred: null },
    }), { type: 'preferChosen', choice: 'anyone', queue });
    expect(ackFirst.preferredNotice).toBe('anyone');
    expect(updateFirst.preferredNotice).toBe('anyone');
  });

  it('should forget the reservation once a counselor takes the chat', () => {
    const active = consultationReducer(away, { type: 'updated', update: { consultationId: 'c1', status: 'active', counselorName: 'はる' } });
    expect(active.preferred).toBeNull();
    expect(active.preferredNotice).toBeNull();
  });
});
