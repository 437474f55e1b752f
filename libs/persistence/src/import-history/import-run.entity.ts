import type { ImportFinding } from './import-unit.entity.js';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 'interrupted': the process stopped (killed, crashed, server restarted) before the run finished. */
export type ImportRunStatus = 'running' | 'succeeded' | 'partially-failed' | 'failed' | 'interrupted';
export type ImportRunTrigger = 'cli' | 'demo-bootstrap' | 'api' | 'schedule';

/** One attempt to load a folder of school exports. */
@Entity({ name: 'import_run' })
export class ImportRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  trigger!: ImportRunTrigger;

  @Column({ type: 'text' })
  folder!: string;

  @Column({ type: 'text' })
  status!: ImportRunStatus;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'units_loaded', type: 'integer', default: 0 })
  unitsLoaded!: number;

  @Column({ name: 'units_failed', type: 'integer', default: 0 })
  unitsFailed!: number;

  /** Units whose files were already loaded with the same checksum. */
  @Column({ name: 'units_skipped', type: 'integer', default: 0 })
  unitsSkipped!: number;

  @Column({
    name: 'marks_loaded',
    type: 'bigint',
    default: 0,
    transformer: { to: (v: number) => v, from: Number },
  })
  marksLoaded!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** About the run as a whole, not one school's export (e.g. a GIAS establishment that was not loaded). */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  warnings!: ImportFinding[];
}
