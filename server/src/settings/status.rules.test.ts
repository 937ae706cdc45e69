import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings.rules.js';
import { serviceStatus } from './status.rules.js';

const closes = new Date('2030-01-01T13:00:00Z');
const opens = new Date('2030-01-01T10:00:00Z');

describe('serviceStatus', () => {
  it('should give closesAt and the welcome text when open', () => {
    expect(serviceStatus({ open: true, closesAt: closes, nextOpening: null }, DEFAULT_SETTINGS, 'en', 'Asia/Tokyo')).toMatchObject({
      open: true, closesAt: '2030-01-01T13:00:00.000Z', nextOpening: null, timezone: 'Asia/Tokyo',
      message: DEFAULT_SETTINGS.welcomeText.en, serviceName: 'Hidamari',
    });
  });

  it('should give nextOpening and the off-hours text when closed', () => {
    expect(serviceStatus({ open: false, closesAt: null, nextOpening: opens }, DEFAULT_SETTINGS, 'ja', 'Asia/Tokyo')).toMatchObject({
      open: false, closesAt: null, nextOpening: '2030-01-01T10:00:00.000Z', message: DEFAULT_SETTINGS.offHoursText.ja, serviceName: 'ひだまり',
    });
  });

  it('should carry the older hoursMessage field only while closed, equal to the off-hours text, when older clients ask', () => {
    const withText = { ...DEFAULT_SETTINGS, offHoursText: { ja: '夜は翌朝お返事します。', en: 'We reply in the morning.' } };
    expect(serviceStatus({ open: false, nextOpening: opens }, withText, 'en', 'UTC')).toMatchObject({
      message: 'We reply in the morning.', hoursMessage: 'We reply in the morning.',
    });
    expect(serviceStatus({ open: true, closesAt: closes, nextOpening: null }, withText, 'en', 'UTC')).not.toHaveProperty('hoursMessage');
  });

  it('should never give both times when the roster answer carries a stray one', () => {
    expect(serviceStatus({ open: true, closesAt: closes, nextOpening: opens }, DEFAULT_SETTINGS, 'ja', 'UTC').nextOpening).toBeNull();
    expect(serviceStatus({ open: false, closesAt: closes, nextOpening: null }, DEFAULT_SETTINGS, 'ja', 'UTC').closesAt).toBeNull();
  });

  it('should give the hotlines in the order the admin set', () => {
    const hotlines = [{ name: 'B', phone: '2' }, { name: 'A', phone: '1' }];
    expect(serviceStatus({ open: false, nextOpening: null }, { ...DEFAULT_SETTINGS, hotlines }, 'ja', 'UTC').hotlines).toEqual(hotlines);
  });
});
