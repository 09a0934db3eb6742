import { secondsUntilNextLocalDay } from './retry-after';

describe('secondsUntilNextLocalDay', () => {
  it('counts to midnight in Shanghai (UTC+8), not UTC', () => {
    expect(secondsUntilNextLocalDay(new Date('2026-03-10T15:59:00Z'))).toBe(60); // 23:59 in Shanghai
    expect(secondsUntilNextLocalDay(new Date('2026-03-10T16:00:00Z'))).toBe(24 * 3600); // 00:00 in Shanghai
    expect(secondsUntilNextLocalDay(new Date('2026-03-10T04:00:00Z'))).toBe(12 * 3600); // noon
  });
});
