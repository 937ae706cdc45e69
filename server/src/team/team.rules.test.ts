import { describe, expect, it } from 'vitest';
import { sortLive } from './team.rules.js';

const shift = { endsAt: '2026-01-01T12:00:00Z' };

describe('live team order', () => {
  it('should list people on shift first, then on duty without a shift, then the rest, each by name', () => {
    const members = [
      { displayName: 'Eri', onDuty: false, shift: null },
      { displayName: 'Dai', onDuty: true, shift: null },
      { displayName: 'Chika', onDuty: false, shift },
      { displayName: 'Aoi', onDuty: true, shift },
      { displayName: 'Ben', onDuty: false, shift: null },
    ];
    expect(sortLive(members).map((m) => m.displayName)).toEqual(['Aoi', 'Chika', 'Dai', 'Ben', 'Eri']);
  });

  it('should leave the input untouched when sorting', () => {
    const members = [{ displayName: 'B', onDuty: false, shift: null }, { displayName: 'A', onDuty: false, shift }];
    sortLive(members);
    expect(members.map((m) => m.displayName)).toEqual(['B', 'A']);
  });
});
