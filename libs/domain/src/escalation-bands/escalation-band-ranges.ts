import type { EscalationBand } from './escalation-band.types.js';

export function includesMin(band: EscalationBand): boolean {
  return band.minExclusive !== true;
}

export function includesMax(band: EscalationBand): boolean {
  return band.maxInclusive === true || band.maxAttendanceRate === 100;
}

export function bandContains(band: EscalationBand, attendanceRate: number): boolean {
  const aboveMin = includesMin(band)
    ? attendanceRate >= band.minAttendanceRate
    : attendanceRate > band.minAttendanceRate;
  const belowMax = includesMax(band)
    ? attendanceRate <= band.maxAttendanceRate
    : attendanceRate < band.maxAttendanceRate;
  return aboveMin && belowMax;
}

/** The band holding the rate, or null when the rate is outside 0..100, not a number, or in a gap. */
export function bandForAttendanceRate(
  attendanceRate: number,
  bands: readonly EscalationBand[],
): EscalationBand | null {
  if (!Number.isFinite(attendanceRate) || attendanceRate < 0 || attendanceRate > 100) return null;
  return bands.find((band) => bandContains(band, attendanceRate)) ?? null;
}

function describeRange(band: EscalationBand): string {
  const open = includesMin(band) ? '[' : '(';
  const close = includesMax(band) ? ']' : ')';
  return `"${band.id}" ${open}${band.minAttendanceRate}, ${band.maxAttendanceRate}${close}`;
}

/** Problems that make a ladder unusable: bad ranges, duplicate ids, overlaps, and gaps in 0..100. */
export function validateEscalationBands(bands: readonly EscalationBand[]): string[] {
  if (bands.length === 0) return ['there are no escalation bands'];
  const problems: string[] = [];
  const seenIds = new Set<string>();
  for (const band of bands) {
    if (seenIds.has(band.id)) problems.push(`band id "${band.id}" is used more than once`);
    seenIds.add(band.id);
    if (band.minAttendanceRate < 0 || band.maxAttendanceRate > 100) {
      problems.push(`band ${describeRange(band)} is outside 0..100`);
    }
    if (band.minAttendanceRate >= band.maxAttendanceRate) {
      problems.push(`band ${describeRange(band)} must have minAttendanceRate below maxAttendanceRate`);
    }
  }
  const sorted = [...bands].sort((a, b) => a.minAttendanceRate - b.minAttendanceRate);
  const lowest = sorted[0] as EscalationBand;
  const highest = sorted[sorted.length - 1] as EscalationBand;
  if (lowest.minAttendanceRate > 0) {
    problems.push(
      `attendance below ${lowest.minAttendanceRate} has no band (gap below ${describeRange(lowest)})`,
    );
  } else if (!includesMin(lowest)) {
    problems.push(`attendance of exactly 0 has no band (${describeRange(lowest)} excludes it)`);
  }
  if (highest.maxAttendanceRate < 100) {
    problems.push(
      `attendance above ${highest.maxAttendanceRate} has no band (gap above ${describeRange(highest)})`,
    );
  }
  for (let index = 1; index < sorted.length; index += 1) {
    const below = sorted[index - 1] as EscalationBand;
    const above = sorted[index] as EscalationBand;
    const boundaryCoveredTwice = includesMax(below) && includesMin(above);
    const boundaryMissed = !includesMax(below) && !includesMin(above);
    if (
      below.maxAttendanceRate > above.minAttendanceRate ||
      (below.maxAttendanceRate === above.minAttendanceRate && boundaryCoveredTwice)
    ) {
      problems.push(`bands ${describeRange(below)} and ${describeRange(above)} overlap`);
    } else if (below.maxAttendanceRate < above.minAttendanceRate || boundaryMissed) {
      problems.push(`gap between bands ${describeRange(below)} and ${describeRange(above)}`);
    }
  }
  return problems;
}
