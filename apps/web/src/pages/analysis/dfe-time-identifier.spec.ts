import { defaultLaTermCalendar } from '@attendance/domain';
import { suggestedTimeIdentifier } from './dfe-time-identifier.js';

const [autumn, spring, summer] = defaultLaTermCalendar(2026).terms;

describe(suggestedTimeIdentifier.name, () => {
  it('names a term when the period covers exactly its school days, holidays beside it allowed', () => {
    expect(suggestedTimeIdentifier(2026, autumn!.start, autumn!.end)).toBe('Autumn term');
    // From the start of the academic year (1 August) to a day of the Christmas holiday is still the autumn term.
    expect(suggestedTimeIdentifier(2026, '2026-08-01', '2026-12-28')).toBe('Autumn term');
    expect(suggestedTimeIdentifier(2026, spring!.start, spring!.end)).toBe('Spring term');
    expect(suggestedTimeIdentifier(2026, summer!.start, '2027-07-31')).toBe('Summer term');
    expect(suggestedTimeIdentifier(2026, autumn!.start, spring!.end)).toBe('Autumn and spring term');
  });

  it('calls anything else the academic year: part of a term, or a term and a piece of the next', () => {
    expect(suggestedTimeIdentifier(2026, autumn!.start, '2026-11-20')).toBe('Academic year');
    expect(suggestedTimeIdentifier(2026, autumn!.start, spring!.start)).toBe('Academic year');
    expect(suggestedTimeIdentifier(2026, '2026-08-01', '2027-07-31')).toBe('Academic year');
  });
});
