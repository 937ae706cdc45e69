import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { openEventData, sealEventData } from './event-data.js';
import { keyringFor, useKeyring } from './index.js';

beforeAll(() => useKeyring(keyringFor(randomBytes(32))));

describe('event data sealing', () => {
  it('should seal notes and a risk change reason but keep ids and enum reasons plain when an event is stored', () => {
    const ack = sealEventData('escalation_acknowledged', { escalationId: 'e1', note: '電話で確認' });
    expect(ack.escalationId).toBe('e1');
    expect(JSON.stringify(ack)).not.toContain('電話で確認');
    const risk = sealEventData('risk_changed', { from: 'none', to: 'high', reason: '具体的な計画を話した' });
    expect(JSON.stringify(risk)).not.toContain('計画');
    expect(sealEventData('closed', { reason: 'visitor_left' })).toEqual({ reason: 'visitor_left' });
  });

  it('should give back exactly what was sealed when an event is read, arrays included', () => {
    const data = { level: 'high', matched: ['消えたい', '死にたい'] };
    const sealed = sealEventData('risk_flagged', data);
    expect(typeof sealed.matched).toBe('string');
    expect(openEventData('risk_flagged', sealed)).toEqual(data);
    expect(openEventData('escalation_acknowledged', sealEventData('escalation_acknowledged', { note: 'j:not json' }))).toEqual({ note: 'j:not json' });
  });

  it('should read event data written before encryption existed as it is', () => {
    expect(openEventData('risk_changed', { reason: 'plain' })).toEqual({ reason: 'plain' });
  });
});
