import { describe, expect, it } from 'vitest';
import { consultationReducer, noConsultation, type ConsultationState } from './consultation.reducer';

const started = consultationReducer(noConsultation, {
  type: 'started', consultationId: 'c1', queue: { position: 3, estimatedWaitSeconds: 600 },
});

describe('consultationReducer', () => {
  it('should be queued with the ack standing when started', () => {
    expect(started).toEqual({
      consultationId: 'c1', status: 'queued', queue: { position: 3, estimatedWaitSeconds: 600 }, counselorName: null, closeReason: null,
      service: null, requeueReason: null, preferred: null, preferredNotice: null,
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
  it('should keep why the chat went back to the queue until someone takes it, when later standings carry no reason', () => {
    const active: ConsultationState = { ...started, status: 'active', counselorName: 'Sato', queue: null };
    const back = consultationReducer(active, { type: 'updated', update: { consultationId: 'c1', status: 'queued', requeueReason: 'counselor_disconnected' } });
    expect(back.requeueReason).toBe('counselor_disconnected');
    const standing = consultationReducer(back, {
      type: 'updated', update: { consultationId: 'c1', status: 'queued', queue: { position: 1, estimatedWaitSeconds: 60 } },
    });
    expect(standing).toMatchObject({ requeueReason: 'counselor_disconnected', queue: { position: 1 } });
    const taken = consultationReducer(standing, { type: 'updated', update: { consultationId: 'c1', status: 'active', counselorName: 'Ito' } });
    expect(taken.requeueReason).toBeNull();
  });

  it('should follow the hours the server pushes with a standing, and keep them when an update has none', () => {
    const closed = consultationReducer(started, {
      type: 'updated', update: { consultationId: 'c1', status: 'queued', service: { open: false, nextOpening: '2026-12-01T01:00:00Z' } },
    });
    expect(closed.service).toEqual({ open: false, nextOpening: '2026-12-01T01:00:00Z' });
    expect(consultationReducer(closed, { type: 'updated', update: { consultationId: 'c1', status: 'queued' } }).service?.open).toBe(false);
  });
});
