// The printed table of `npm run bench:query` and its targets (issue 4, "Speed"): every dashboard query's p95
// under 300 ms cold and under 20 ms cached, and at least 10 times faster than the PostgreSQL baseline (median
// against median).

export const TARGETS = { coldP95Ms: 300, cachedP95Ms: 20, speedUp: 10 };

const ms = (value) => (value === undefined ? '-' : value < 10 ? value.toFixed(2) : value.toFixed(0));
const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL');

/** One result row per case: { name, first, cold, cached, via, postgres } (times in ms, percentiles objects). */
export function reportLines(results) {
  const header = [
    'case',
    'first',
    'cold p50',
    'cold p95',
    'cached p50',
    'cached p95',
    'cached via',
    'PG p50',
    'PG p95',
    'speed-up',
    `cold<${TARGETS.coldP95Ms}`,
    `cached<${TARGETS.cachedP95Ms}`,
    `>=${TARGETS.speedUp}x`,
  ];
  const rows = results.map((result) => {
    const speedUp = result.postgres ? result.postgres.p50 / result.cold.p50 : undefined;
    return [
      result.name,
      ms(result.first),
      ms(result.cold.p50),
      ms(result.cold.p95),
      ms(result.cached?.p50),
      ms(result.cached?.p95),
      result.via ?? '-',
      ms(result.postgres?.p50),
      ms(result.postgres?.p95),
      speedUp === undefined ? '-' : `${speedUp.toFixed(0)}x`,
      verdict(result.cold.p95 < TARGETS.coldP95Ms),
      verdict(result.cached && result.cached.p95 < TARGETS.cachedP95Ms),
      verdict(speedUp === undefined ? undefined : speedUp >= TARGETS.speedUp),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  return [line(header), ...rows.map(line)];
}

/** True when every case met every target it has. */
export function allTargetsMet(results) {
  return results.every(
    (result) =>
      result.cold.p95 < TARGETS.coldP95Ms &&
      (!result.cached || result.cached.p95 < TARGETS.cachedP95Ms) &&
      (!result.postgres || result.postgres.p50 / result.cold.p50 >= TARGETS.speedUp),
  );
}
