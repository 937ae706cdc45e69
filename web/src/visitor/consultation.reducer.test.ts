import { describe, expect, it } from 'vitest';
import { consultationReducer, noConsultation, type ConsultationState } from './consultation.reducer';

const started = consultationReducer(noConsultation, {
  type: 'started', consultationId: 'c1', queue: { position: 3, estimatedWaitSeconds: 600 },
});

describe('consultationReducer', () => {
  it('should be queued with the ack standing when started', () => {
    expect(started).toEqual({
      consultationId: 'c1', status: 'queued', queue: { position: 3, estimatedWaitSeconds: 600 }, counselorName: null, closeReason: null,
    });
  });

  it('should update the queue standing when a queued update arrives', () => {
    const s = consultationReducer(started, {
      type: 'updated', update: { consultationId: 'c1', status: 'queued', queue: { position: 1, estimatedWaitSeconds: null } },
    });
    expect(s.queue).toEqual({ position: 1, estimatedWaitSeconds: null });
  });

  it('should keep the last standing when a queued update carries none', () => {
    const s = consultationReducer(started, { type: 'updated', update: { consultationId: 'c1', status: 'queued' } });
    expect(s.queue?.position).toBe(3);
  });

  it('should show the counselor and drop the queue when taken', () => {
    const s = consultationReducer(started, {
      type: 'updated', update: { consultationId: 'c1', status: 'active', counselorName: 'Sato' },
    });
    expect(s).toMatchObject({ status: 'active', counselorName: 'Sato', queue: null });
  });

  it('should forget the counselor when handed back to the queue', () => {
    const active: ConsultationState = { ...started, status: 'active', counselorName: 'Sato', queue: null };
    const s = consultationReducer(active, { type: 'updated', update: { consultationId: 'c1', status: 'queued' } });
    expect(s).toMatchObject({ status: 'queued', counselorName: null });
  });

  it('should ignore updates for another consultation', () => {
    const s = consultationReducer(started, { type: 'updated', update: { consultationId: 'other', status: 'closed' } });
    expect(s).toBe(started);
  });

  it('should keep the close reason when closed', () => {
    const s = consultationReducer(started, {
      type: 'updated', update: { consultationId: 'c1', status: 'closed', closeReason: 'inactive' },
    });
    expect(s).toMatchObject({ status: 'closed', closeReason: 'inactive', queue: null });
  });

  it('should not reopen when a stale update arrives after closing', () => {
    const closed = consultationReducer(started, { type: 'updated', update: { consultationId: 'c1', status: 'closed' } });
    expect(consultationReducer(closed, { type: 'updated', update: { consultationId: 'c1', status: 'active' } })).toBe(closed);
  });

  it('should take the status from the server when restoring', () => {
    const restoring = consultationReducer(noConsultation, { type: 'restoring', consultationId: 'c1' });
    expect(restoring.status).toBeNull();
    const s = consultationReducer(restoring, {
      type: 'updated', update: { consultationId: 'c1', status: 'active', counselorName: 'Ito' },
    });
    expect(s).toMatchObject({ status: 'active', counselorName: 'Ito' });
  });
});
