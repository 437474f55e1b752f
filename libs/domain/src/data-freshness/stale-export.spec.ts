import { isStaleExport } from './stale-export.js';

describe(isStaleExport.name, () => {
  it('allows one missed register date, not two', () => {
    const school = { lastMarkDate: '2026-11-19', periodEnd: '2026-11-20' };
    expect(isStaleExport({ ...school, registerDatesBehind: 1 })).toBe(false);
    expect(isStaleExport({ ...school, registerDatesBehind: 2 })).toBe(true);
  });

  it("does not mark a period the school's marks cover, nor spare a school with no marks", () => {
    expect(
      isStaleExport({ registerDatesBehind: 5, lastMarkDate: '2026-10-23', periodEnd: '2026-10-23' }),
    ).toBe(false);
    expect(isStaleExport({ registerDatesBehind: 5, lastMarkDate: null, periodEnd: '2026-10-23' })).toBe(true);
  });
});
