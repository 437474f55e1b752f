import { dfeAreaOfLa, DfeAreaIncompleteError } from './dfe-area-of-la.js';

describe(dfeAreaOfLa.name, () => {
  it("fills every label of an LA in the DfE's files from its code", () => {
    expect(dfeAreaOfLa('935')).toEqual({
      countryCode: 'E92000001',
      countryName: 'England',
      oldLaCode: '935',
      newLaCode: 'E10000029',
      laName: 'Suffolk',
      regionCode: 'E12000006',
      regionName: 'East of England',
    });
    expect(dfeAreaOfLa('935', { laName: 'Suffolk County Council' }).laName).toBe('Suffolk County Council');
  });

  it('needs every label for an LA the files do not know, and names the missing ones', () => {
    expect(() => dfeAreaOfLa('999', { laName: 'Synthetic Borough' })).toThrow(DfeAreaIncompleteError);
    expect(() => dfeAreaOfLa('999', { laName: 'Synthetic Borough' })).toThrow(
      "The DfE's files do not give the LA's newLaCode, regionCode, regionName: give them explicitly",
    );
    expect(
      dfeAreaOfLa('999', {
        newLaCode: 'E99999999',
        laName: 'Synthetic Borough',
        regionCode: 'E12000007',
        regionName: 'London',
      }),
    ).toMatchObject({ oldLaCode: '999', newLaCode: 'E99999999', regionName: 'London' });
  });
});
