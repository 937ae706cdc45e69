import { describe, expect, it } from 'vitest';
import { noteFor } from './chat-notes';
import { noConsultation, type ConsultationState } from './consultation.reducer';

const queued: ConsultationState = { ...noConsultation, consultationId: 'c1', status: 'queued', queue: { position: 1, estimatedWaitSeconds: 60 } };
const active = (name: string): ConsultationState => ({ ...queued, status: 'active', queue: null, counselorName: name });

describe('noteFor', () => {
  it('should say a counselor joined when the waiting chat is taken', () => {
    expect(noteFor(queued, active('はる'))).toEqual({ kind: 'joined', name: 'はる' });
  });

  it('should say the counselor changed when another takes over, directly or after a return to the queue', () => {
    expect(noteFor(active('はる'), active('あき'))).toEqual({ kind: 'changed', name: 'あき' });
    const back: ConsultationState = { ...queued, requeueReason: 'handed_over' };
    expect(noteFor(back, active('あき'))).toEqual({ kind: 'changed', name: 'あき' });
  });

  it('should say why the chat went back to the queue when it did', () => {
    const back: ConsultationState = { ...queued, requeueReason: 'counselor_disconnected' };
    expect(noteFor(active('はる'), back)).toEqual({ kind: 'requeued', reason: 'counselor_disconnected' });
    expect(noteFor(back, { ...back, queue: { position: 2, estimatedWaitSeconds: 60 } })).toBeNull();
  });

  it('should stay silent when a stored consultation is restored after a reload', () => {
    const restoring: ConsultationState = { ...noConsultation, consultationId: 'c1' };
    expect(noteFor(restoring, active('はる'))).toBeNull();
  });
});
