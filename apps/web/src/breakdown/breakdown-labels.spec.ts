import { dfeGroupLabel, groupLabel, reasonLabel } from './breakdown-labels.js';

describe(groupLabel.name, () => {
  it('shows a year group as "Year N", a missing value as "Not recorded", anything else as it came', () => {
    expect(groupLabel('yearGroup', '7')).toBe('Year 7');
    expect(groupLabel('sex', null)).toBe('Not recorded');
    expect(groupLabel('fsm', 'Y')).toBe('Y');
  });
});

describe(dfeGroupLabel.name, () => {
  it("names a pupil characteristic's groups as the DfE's absence files do", () => {
    expect(dfeGroupLabel('yearGroup', '7')).toBe('Year 7');
    expect(dfeGroupLabel('yearGroup', 'R')).toBe('Reception');
    expect(dfeGroupLabel('sex', 'F')).toBe('Female');
    expect(dfeGroupLabel('fsm', 'Y')).toBe('FSM eligible');
    expect(dfeGroupLabel('senProvision', 'K')).toBe('SEN support');
    expect(dfeGroupLabel('eal', 'N')).toBe('Known or believed to be English');
    expect(dfeGroupLabel('cla', 'Y')).toBe('Looked after');
  });

  it('says "Not recorded" for a missing value and shows a value the DfE does not name as it came', () => {
    expect(dfeGroupLabel('sex', null)).toBe('Not recorded');
    expect(dfeGroupLabel('ethnicity', '')).toBe('Not recorded');
    expect(dfeGroupLabel('yearGroup', 'X9')).toBe('X9');
    expect(dfeGroupLabel('phase', 'Primary')).toBe('Primary');
    expect(dfeGroupLabel('schoolType', 'Academy converter')).toBe('Academy converter');
  });
});

describe(reasonLabel.name, () => {
  it("gives the DfE's description of a reason column, or the column when it has none", () => {
    expect(reasonLabel('sess_auth_illness')).toMatch(/illness/i);
    expect(reasonLabel('sess_unknown')).toBe('sess_unknown');
  });
});
