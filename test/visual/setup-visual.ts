// One fixed "now" for every screenshot: the viewer says "(2 years ago)" next to a date, and a
// baseline must not go stale with the calendar. Only Date is faked; timers run for real.
import { afterAll, beforeAll, vi } from 'vitest';

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
});

afterAll(() => {
  vi.useRealTimers();
});
