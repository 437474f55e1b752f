import cliProgress from 'cli-progress';
import type { SourceUnit } from '@attendance/analytics';
import type { UnitOutcome } from '@attendance/ingestion';

/**
 * Progress for an ingest run: one bar overall and one per school (its exports done of its exports in the
 * folder). On a terminal the bars redraw in place; otherwise (CI, logs) each finished export prints one line.
 */
export class IngestProgress {
  private readonly interactive = Boolean(process.stdout.isTTY);
  private readonly bars = new cliProgress.MultiBar(
    {
      format: ' {label} |{bar}| {value}/{total} {detail}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: false,
      autopadding: true,
    },
    cliProgress.Presets.shades_classic,
  );
  private overall: cliProgress.SingleBar | null = null;
  private readonly schoolBars = new Map<string, cliProgress.SingleBar>();
  private readonly unitsBySchool = new Map<string, number>();

  /** The folder's units, in any format, once ingestion has formed them: each school's bar counts its own. */
  unitsFound(units: readonly SourceUnit[]): void {
    for (const unit of units) this.unitsBySchool.set(unit.urn, (this.unitsBySchool.get(unit.urn) ?? 0) + 1);
  }

  unitStarted(unit: SourceUnit, position: { index: number; total: number }): void {
    if (!this.interactive) return;
    this.overall ??= this.bars.create(position.total, 0, { label: 'All exports  ', detail: '' });
    if (!this.schoolBars.has(unit.urn)) {
      const total = this.unitsBySchool.get(unit.urn) ?? 1;
      this.schoolBars.set(unit.urn, this.bars.create(total, 0, { label: `School ${unit.urn}`, detail: '' }));
    }
    this.overall.update({ detail: `loading ${unit.urn} export of ${unit.exportDate} (${unit.format})` });
  }

  unitFinished(outcome: UnitOutcome, position: { done: number; total: number }): void {
    if (!this.interactive) {
      console.log(`[${position.done}/${position.total}] ${describeOutcome(outcome)}`);
      return;
    }
    this.schoolBars.get(outcome.urn)?.increment(1, { detail: outcome.status });
    this.overall?.increment(1, { detail: '' });
  }

  stop(): void {
    this.bars.stop();
  }
}

export function describeOutcome(outcome: UnitOutcome): string {
  const what = `${outcome.urn} export of ${outcome.exportDate}`;
  switch (outcome.status) {
    case 'loaded':
      return `${what}: ${outcome.pupilRows} pupils, ${outcome.markRows} marks (${outcome.durationMs} ms)`;
    case 'skipped':
      return `${what}: skipped, ${outcome.warnings[0]?.message ?? 'already loaded (same checksum)'}`;
    case 'failed':
      return `${what}: FAILED ${outcome.error ?? ''}`;
  }
}
