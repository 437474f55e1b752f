import { findArea, regionOfLa } from './areas.js';

// The codes and names the DfE's files label an LA's rows with (time_period ... la_name). For an LA in the
// DfE's files its 3-digit code gives all of them; each may be overridden, and an LA the files do not know (a
// synthetic one, or one created after the files) must give every one. Shaped as the domain's DfeArea.

export interface DfeAreaOfLa {
  countryCode: string;
  countryName: string;
  regionCode: string;
  regionName: string;
  oldLaCode: string;
  newLaCode: string;
  laName: string;
}

export interface DfeAreaOverrides {
  newLaCode?: string | undefined;
  laName?: string | undefined;
  regionCode?: string | undefined;
  regionName?: string | undefined;
}

const ENGLAND = { countryCode: 'E92000001', countryName: 'England' };

/** Thrown when a label is neither in the DfE's files for the LA nor given; lists every missing one. */
export class DfeAreaIncompleteError extends RangeError {
  override name = 'DfeAreaIncompleteError';

  constructor(readonly missing: readonly (keyof DfeAreaOverrides)[]) {
    super(
      `The DfE's files do not give the LA's ${missing.join(', ')}: give ${missing.length === 1 ? 'it' : 'them'} explicitly`,
    );
  }
}

/** The DfE labels of an LA from its code (3-digit or GSS), with the overrides given. */
export function dfeAreaOfLa(laCode: string, overrides: DfeAreaOverrides = {}): DfeAreaOfLa {
  const known = findArea('la', laCode);
  const region = regionOfLa(laCode);
  const chosen = {
    newLaCode: overrides.newLaCode ?? known?.code,
    laName: overrides.laName ?? known?.name,
    regionCode: overrides.regionCode ?? region?.code,
    regionName: overrides.regionName ?? region?.name,
  };
  const missing = (Object.keys(chosen) as (keyof DfeAreaOverrides)[]).filter((key) => !chosen[key]);
  if (missing.length > 0) throw new DfeAreaIncompleteError(missing);
  return {
    ...ENGLAND,
    oldLaCode: known?.oldLaCode ?? laCode,
    newLaCode: chosen.newLaCode!,
    laName: chosen.laName!,
    regionCode: chosen.regionCode!,
    regionName: chosen.regionName!,
  };
}
