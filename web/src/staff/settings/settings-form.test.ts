import type { Settings } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { fieldId, fieldProblemKey, formatSeconds, fromDraft, moveItem, parseSeconds, settingsPatch, teamChoices, toDraft } from './settings-form';

const saved: Settings = {
  serviceName: { ja: 'ひだまり', en: 'Hidamari' },
  welcomeText: { ja: 'ようこそ', en: 'Welcome' },
  offHoursText: { ja: '時間外', en: 'Closed' },
  emergencyProcedure: { ja: '', en: '' },
  hotlines: [{ name: 'A', phone: '1', hours: '24h' }, { name: 'B', phone: '2', url: 'https://b.example' }],
  defaultMaxConcurrent: 3,
  riskPhrases: [{ phrase: '死にたい', level: 'high' }],
  heatmapThreshold: 3,
  preferredCounselorOfferSeconds: 180,
  familyTeam: '',
};
let n = 0;
const draft = () => toDraft(saved, () => `k${++n}`);

describe('settingsPatch', () => {
  it('should send nothing when nothing was touched', () => {
    expect(settingsPatch(saved, draft())).toEqual({});
  });

  it('should send only the keys that changed, the whole list when a hotline changed', () => {
    const d = draft();
    d.welcomeText = { ...d.welcomeText, en: 'Hello' };
    d.hotlines = moveItem(d.hotlines, 1, 0);
    d.defaultMaxConcurrent = '5';
    expect(settingsPatch(saved, d)).toEqual({
      welcomeText: { ja: 'ようこそ', en: 'Hello' },
      hotlines: [{ name: 'B', phone: '2', url: 'https://b.example' }, { name: 'A', phone: '1', hours: '24h' }],
      defaultMaxConcurrent: 5,
    });
  });

  it('should leave out blank optional hotline fields when building the list', () => {
    const d = draft();
    d.hotlines = [{ key: 'x', name: 'C', phone: '3', hours: ' ', url: '' }];
    expect(fromDraft(d).hotlines).toEqual([{ name: 'C', phone: '3' }]);
  });
});

describe('moveItem', () => {
  it.each([
    [[1, 2, 3], 0, 1, [2, 1, 3]],
    [[1, 2, 3], 2, 0, [3, 1, 2]],
    [[1, 2, 3], 0, -1, [1, 2, 3]],
    [[1, 2, 3], 2, 5, [1, 2, 3]],
  ])('should move %j from %i to %i as %j', (list, from, to, expected) => {
    expect(moveItem(list, from, to)).toEqual(expected);
  });
});

describe('field errors', () => {
  it('should point at the input the server named and say what it needs', () => {
    expect(fieldId('hotlines.2.phone')).toBe('settings-hotlines-2-phone');
    expect(fieldProblemKey('hotlines.2.phone')).toBe('problems.phone');
    expect(fieldProblemKey('hotlines')).toBe('problems.tooManyHotlines');
    expect(fieldProblemKey('serviceName.en')).toBe('problems.serviceName');
    expect(fieldProblemKey('welcomeText.ja')).toBe('problems.text');
    expect(fieldProblemKey('defaultMaxConcurrent')).toBe('problems.defaultMaxConcurrent');
    expect(fieldProblemKey('something')).toBe('problems.generic');
    expect(fieldProblemKey('preferredCounselorOfferSeconds')).toBe('problems.preferredCounselorOfferSeconds');
    expect(fieldProblemKey('familyTeam')).toBe('problems.familyTeam');
  });
});

describe('routing fields', () => {
  it('should show the offer time as m:ss and read m:ss or plain seconds back', () => {
    expect(formatSeconds(180)).toBe('3:00');
    expect(formatSeconds(95)).toBe('1:35');
    expect(parseSeconds('3:00')).toBe(180);
    expect(parseSeconds(' 90 ')).toBe(90);
    expect(parseSeconds('２：３０')).toBe(150);
    expect(parseSeconds('3:75')).toBeNull();
    expect(parseSeconds('three')).toBeNull();
  });

  it('should send only the routing keys that changed, and an unreadable time as NaN for the server to refuse', () => {
    const d = draft();
    d.preferredCounselorOfferSeconds = '5:00';
    d.familyTeam = 'family';
    expect(settingsPatch(saved, d)).toEqual({ preferredCounselorOfferSeconds: 300, familyTeam: 'family' });
    d.preferredCounselorOfferSeconds = 'soon';
    expect(Number.isNaN(fromDraft(d).preferredCounselorOfferSeconds)).toBe(true);
  });

  it('should offer each team on staff accounts once, keeping the saved one', () => {
    expect(teamChoices([{ teams: ['youth', 'family'] }, { teams: ['family'] }, { teams: [] }], '')).toEqual(['family', 'youth']);
    expect(teamChoices([{ teams: ['youth'] }], 'family')).toEqual(['family', 'youth']);
  });
});
