import { describe, expect, it } from 'vitest';
import { MAX_RISK_ALERTS, riskAlertsReducer, type RiskAlert } from './risk.reducer';

const flagged = (consultationId: string, at = 1) => ({ type: 'flagged' as const, flagged: { consultationId, level: 'high' as const, matched: ['死にたい'] }, at });

describe('riskAlertsReducer', () => {
  it('should put the newest first and replace an older alert of the same chat when flagged again', () => {
    let s: RiskAlert[] = [];
    s = riskAlertsReducer(s, flagged('a', 1));
    s = riskAlertsReducer(s, flagged('b', 2));
    s = riskAlertsReducer(s, flagged('a', 3));
    expect(s.map((a) => [a.consultationId, a.at])).toEqual([['a', 3], ['b', 2]]);
  });

  it('should keep at most five, dropping the oldest, when many chats are flagged', () => {
    let s: RiskAlert[] = [];
    for (let i = 0; i < 8; i++) s = riskAlertsReducer(s, flagged(`c${i}`, i));
    expect(s).toHaveLength(MAX_RISK_ALERTS);
    expect(s[0]?.consultationId).toBe('c7');
  });

  it('should remove only the dismissed chat\'s alert when dismissed', () => {
    const s = riskAlertsReducer(riskAlertsReducer([], flagged('a')), flagged('b'));
    expect(riskAlertsReducer(s, { type: 'dismiss', consultationId: 'a' }).map((a) => a.consultationId)).toEqual(['b']);
  });
});
