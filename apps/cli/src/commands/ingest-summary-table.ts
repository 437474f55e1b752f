import type { IngestionSummary } from '@attendance/ingestion';

interface SchoolRow {
  school: string;
  loaded: number;
  skipped: number;
  failed: number;
  marks: number;
  seconds: number;
  problem: string;
}

/** One row per school: what happened to its exports in this run, and the first problem if any. */
export function formatIngestSummaryTable(summary: IngestionSummary): string {
  const rows = new Map<string, SchoolRow>();
  for (const unit of summary.units) {
    const row = rows.get(unit.urn) ?? {
      school: unit.urn,
      loaded: 0,
      skipped: 0,
      failed: 0,
      marks: 0,
      seconds: 0,
      problem: '',
    };
    row[unit.status] += 1;
    row.marks += unit.markRows;
    row.seconds += unit.durationMs / 1000;
    row.problem ||= unit.error ?? unit.warnings[0]?.message ?? '';
    rows.set(unit.urn, row);
  }
  const header = ['School', 'Loaded', 'Skipped', 'Failed', 'Marks', 'Seconds', 'First problem'];
  const body = [...rows.values()].map((row) => [
    row.school,
    String(row.loaded),
    String(row.skipped),
    String(row.failed),
    row.marks.toLocaleString('en-GB'),
    row.seconds.toFixed(1),
    row.problem.length > 100 ? `${row.problem.slice(0, 97)}...` : row.problem,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => cells[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column >= 1 && column <= 5 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}
