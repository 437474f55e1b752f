import { UnknownRegisterCodeError } from '../register-codes/register-code-lookup.js';
import {
  absentSessions,
  addMark,
  addSessionCounts,
  attendedSessions,
  countSessions,
  DFE_REASON_COLUMNS,
  emptySessionCounts,
  type SessionCounts,
} from './session-counts.js';

const NEW = '2024-09-02';
const OLD = '2024-07-01';

type CountField = Exclude<keyof SessionCounts, 'byReason'>;

describe(addMark.name, () => {
  it.each<[string, string, CountField, boolean, string | null]>([
    ['/', NEW, 'present', true, null],
    ['\\', NEW, 'present', true, null],
    ['L', NEW, 'present', true, null],
    ['K', NEW, 'approvedEducationalActivity', true, null],
    ['V', NEW, 'approvedEducationalActivity', true, null],
    ['J', OLD, 'approvedEducationalActivity', true, null],
    ['I', NEW, 'authorised', true, 'sess_auth_illness'],
    ['M', NEW, 'authorised', true, 'sess_auth_appointments'],
    ['C1', NEW, 'authorised', true, 'sess_auth_other'],
    ['C2', NEW, 'authorised', true, 'sess_auth_other'],
    ['H', OLD, 'authorised', true, 'sess_auth_holiday'],
    ['F', OLD, 'authorised', true, 'sess_auth_ext_holiday'],
    ['G', NEW, 'unauthorised', true, 'sess_unauth_holiday'],
    ['N', NEW, 'unauthorised', true, 'sess_unauth_noyet'],
    ['O', NEW, 'unauthorised', true, 'sess_unauth_other'],
    ['U', NEW, 'unauthorised', true, 'sess_unauth_late'],
    ['D', NEW, 'notPossible', false, null],
    ['Y4', NEW, 'notPossible', false, null],
    ['Q', NEW, 'notPossible', false, null],
    ['Y', OLD, 'notPossible', false, null],
    ['Z', NEW, 'administrative', false, null],
    ['#', NEW, 'administrative', false, null],
  ])('%s on %s counts as %s (possible: %s, reason %s)', (code, date, field, possible, reason) => {
    const counts = addMark(emptySessionCounts(), code, date);
    expect(counts[field]).toBe(1);
    expect(counts.possible).toBe(possible ? 1 : 0);
    const reasons = Object.entries(counts.byReason).filter(([, value]) => value > 0);
    expect(reasons).toEqual(reason ? [[reason, 1]] : []);
  });

  it('uses the code set in force on the session date', () => {
    expect(() => addMark(emptySessionCounts(), 'H', '2024-08-19')).toThrow(UnknownRegisterCodeError);
    expect(addMark(emptySessionCounts(), 'H', '2024-08-18').authorised).toBe(1);
    expect(() => addMark(emptySessionCounts(), 'C2', '2024-08-18')).toThrow(UnknownRegisterCodeError);
  });

  it('adds in place', () => {
    const counts = emptySessionCounts();
    expect(addMark(counts, 'N', NEW)).toBe(counts);
  });
});

describe(countSessions.name, () => {
  it('counts a mixed register across the switch date', () => {
    const counts = countSessions([
      { date: '2024-07-15', mark: '/' },
      { date: '2024-07-15', mark: 'H' },
      { date: '2024-09-02', mark: 'C2' },
      { date: '2024-09-02', mark: 'U' },
      { date: '2024-09-03', mark: 'K' },
      { date: '2024-09-03', mark: 'X' },
      { date: '2024-09-04', mark: '#' },
    ]);
    expect(counts).toMatchObject({
      possible: 5,
      present: 1,
      approvedEducationalActivity: 1,
      authorised: 2,
      unauthorised: 1,
      notPossible: 1,
      administrative: 1,
    });
    expect(attendedSessions(counts)).toBe(2);
    expect(absentSessions(counts)).toBe(3);
  });
});

describe(addSessionCounts.name, () => {
  it('adds every field and leaves the inputs alone', () => {
    const a = countSessions([
      { date: NEW, mark: 'I' },
      { date: NEW, mark: '/' },
    ]);
    const b = countSessions([
      { date: NEW, mark: 'I' },
      { date: NEW, mark: 'D' },
      { date: NEW, mark: 'Z' },
    ]);
    const sum = addSessionCounts(a, b);
    expect(sum).toMatchObject({ possible: 3, present: 1, authorised: 2, notPossible: 1, administrative: 1 });
    expect(sum.byReason.sess_auth_illness).toBe(2);
    expect(a.byReason.sess_auth_illness).toBe(1);
    expect(Object.keys(sum.byReason)).toEqual([...DFE_REASON_COLUMNS]);
  });
});
