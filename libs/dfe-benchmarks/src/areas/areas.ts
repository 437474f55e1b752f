import type { GeographicLevel } from '../benchmark.types.js';
import { areas } from '../generated/areas.js';

/** England, a region or an LA as the DfE files name it. */
export interface BenchmarkArea {
  readonly level: GeographicLevel;
  /** GSS code: E92000001 for England, E12… for a region, the LA's `new_la_code`. */
  readonly code: string;
  readonly name: string;
  /** The LA's 3-digit DfE number (`old_la_code`); null for England and regions. */
  readonly oldLaCode: string | null;
  /** The region an LA is in; null for England and regions. */
  readonly regionCode: string | null;
  /** False for an LA that has since been reorganised away (kept for its older census figures). */
  readonly current: boolean;
}

export interface Region {
  readonly code: string;
  readonly name: string;
}

const england: BenchmarkArea = {
  level: 'england',
  code: areas.england.code,
  name: areas.england.name,
  oldLaCode: null,
  regionCode: null,
  current: true,
};

const regionAreas: readonly BenchmarkArea[] = areas.regions.map((region) => ({
  level: 'region',
  code: region.code,
  name: region.name,
  oldLaCode: null,
  regionCode: null,
  current: true,
}));

const laAreas: readonly BenchmarkArea[] = areas.localAuthorities.map((la) => ({
  level: 'la',
  code: la.code,
  name: la.name,
  oldLaCode: la.oldCode,
  regionCode: la.regionCode,
  current: la.current,
}));

const regionByCode = new Map(regionAreas.map((region) => [region.code, region]));
// An LA is found by its GSS code or its 3-digit DfE number; the two never collide.
const laByCode = new Map(
  laAreas.flatMap((la) => [[la.code, la] as const, [la.oldLaCode ?? '', la] as const]),
);

/** The area a level and code name, or undefined if the DfE files have no such area at that level. */
export function findArea(level: GeographicLevel, code: string | undefined): BenchmarkArea | undefined {
  switch (level) {
    case 'england':
      return code === undefined || code === england.code ? england : undefined;
    case 'region':
      return code === undefined ? undefined : regionByCode.get(code);
    case 'la':
      return code === undefined ? undefined : laByCode.get(code);
  }
}

/** The region an LA (GSS code or 3-digit number) is in, or undefined for an unknown LA. */
export function regionOfLa(laCode: string): Region | undefined {
  const regionCode = laByCode.get(laCode)?.regionCode;
  const region = regionCode === null || regionCode === undefined ? undefined : regionByCode.get(regionCode);
  return region === undefined ? undefined : { code: region.code, name: region.name };
}

/** The nine regions of England, by code. */
export function listRegions(): readonly Region[] {
  return regionAreas.map((region) => ({ code: region.code, name: region.name }));
}

/** Every LA in the files, by code; `current: false` marks LAs that have since been reorganised away. */
export function listLocalAuthorities(): readonly BenchmarkArea[] {
  return laAreas;
}
