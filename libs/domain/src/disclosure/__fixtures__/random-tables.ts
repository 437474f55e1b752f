import type { GroupFigures, OneWayTableInput, RateInput, TwoWayTableInput } from '../disclosure.types.js';

/** mulberry32: a tiny seeded generator, so every failing table can be rebuilt from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const between = (random: Random, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));

/** Group sizes as breakdowns have them: many tiny and small groups, some large ones. */
export type SizeMix = 'mixed' | 'tiny' | 'few-small';

function groupSize(random: Random, mix: SizeMix): number {
  if (mix === 'tiny') return between(random, 0, 4);
  if (mix === 'few-small') return random() < 0.15 ? between(random, 1, 5) : between(random, 10, 150);
  const draw = random();
  if (draw < 0.35) return between(random, 0, 5);
  if (draw < 0.6) return between(random, 6, 12);
  return between(random, 13, 150);
}

/** A part of a whole, often none and sometimes all of it, as with PA pupils or absent sessions. */
function partOf(random: Random, whole: number, typicalShare: number): number {
  const draw = random();
  if (draw < 0.3) return 0;
  if (draw < 0.36) return whole;
  return Math.floor(whole * random() * typicalShare);
}

export const RANDOM_TABLE_COUNTS = ['sess_possible', 'sess_overall', 'enrolments_pa_10_exact'] as const;
/** Each count that is a share of another figure: what the attacker checks for "all of them". */
export const RANDOM_TABLE_SHARES = [
  ['sess_overall', 'sess_possible'],
  ['enrolments_pa_10_exact', 'enrolments'],
] as const;

export function randomGroup(random: Random, key: string, mix: SizeMix): GroupFigures {
  const enrolments = groupSize(random, mix);
  const possible = enrolments * between(random, 50, 380);
  const absent = partOf(random, possible, 0.25);
  const persistentlyAbsent = partOf(random, enrolments, 0.5);
  return {
    key,
    enrolments,
    counts: { sess_possible: possible, sess_overall: absent, enrolments_pa_10_exact: persistentlyAbsent },
    rates: {
      sess_overall_percent: { numerator: absent, denominator: possible },
      enrolments_pa_10_exact_percent: { numerator: persistentlyAbsent, denominator: enrolments },
    },
  };
}

/** The group made of the given groups: counts and rates' numerators and denominators add up. */
export function sumGroups(key: string, groups: readonly GroupFigures[]): GroupFigures {
  const counts: Record<string, number> = {};
  const rates: Record<string, RateInput> = {};
  for (const group of groups) {
    for (const [name, count] of Object.entries(group.counts))
      counts[name] = (counts[name] ?? 0) + (count ?? 0);
    for (const [name, rate] of Object.entries(group.rates)) {
      const sum = rates[name] ?? { numerator: 0, denominator: 0 };
      rates[name] = {
        numerator: sum.numerator + (rate?.numerator ?? 0),
        denominator: sum.denominator + (rate?.denominator ?? 0),
      };
    }
  }
  return { key, enrolments: groups.reduce((sum, group) => sum + group.enrolments, 0), counts, rates };
}

export function randomOneWayTable(random: Random, mix: SizeMix): OneWayTableInput {
  const groups = Array.from({ length: between(random, 1, 8) }, (_, index) =>
    randomGroup(random, `g${index}`, mix),
  );
  return { groups, total: sumGroups('total', groups), sensitive: random() < 0.5 };
}

export function randomTwoWayTable(random: Random, mix: SizeMix): TwoWayTableInput {
  const rows = between(random, 1, 8);
  const columns = between(random, 1, 8);
  const cells = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => randomGroup(random, `r${row}c${column}`, mix)),
  );
  return {
    cells,
    rowTotals: cells.map((cellsOfRow, row) => sumGroups(`r${row}`, cellsOfRow)),
    columnTotals: Array.from({ length: columns }, (_, column) =>
      sumGroups(
        `c${column}`,
        cells.map((cellsOfRow) => cellsOfRow[column] as GroupFigures),
      ),
    ),
    grandTotal: sumGroups('total', cells.flat()),
    sensitive: random() < 0.5,
  };
}
