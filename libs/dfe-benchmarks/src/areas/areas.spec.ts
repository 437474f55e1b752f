import { findArea, listLocalAuthorities, listRegions, regionOfLa } from './areas.js';

describe('areas', () => {
  it('finds an LA region by GSS code or 3-digit number', () => {
    expect(regionOfLa('E10000029')).toEqual({ code: 'E12000006', name: 'East of England' });
    expect(regionOfLa('935')).toEqual({ code: 'E12000006', name: 'East of England' });
    expect(regionOfLa('E09000030')).toEqual({ code: 'E12000007', name: 'London' });
    expect(regionOfLa('E12000006')).toBeUndefined();
    expect(regionOfLa('999')).toBeUndefined();
  });

  it('lists the nine regions and the LAs, former LAs marked', () => {
    expect(listRegions()).toHaveLength(9);
    const las = listLocalAuthorities();
    expect(las.filter((la) => la.current)).toHaveLength(153);
    expect(las.filter((la) => !la.current).map((la) => la.name)).toEqual([
      'Bournemouth',
      'Poole',
      'Cumbria',
      'Dorset',
      'Northamptonshire',
    ]);
  });

  it('finds areas only at their own level', () => {
    expect(findArea('england', undefined)?.name).toBe('England');
    expect(findArea('england', 'E92000001')?.code).toBe('E92000001');
    expect(findArea('region', 'E12000001')?.name).toBe('North East');
    expect(findArea('region', undefined)).toBeUndefined();
    expect(findArea('la', undefined)).toBeUndefined();
    expect(findArea('la', 'E12000001')).toBeUndefined();
    expect(findArea('la', '805')).toMatchObject({ code: 'E06000001', name: 'Hartlepool', level: 'la' });
  });
});
