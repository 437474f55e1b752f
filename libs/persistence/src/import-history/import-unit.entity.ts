import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ImportUnitStatus = 'loaded' | 'failed' | 'skipped';

/** A problem found in a unit's files, located as exactly as the source allows. */
export interface ImportFinding {
  file: string;
  line?: number;
  column?: string;
  value?: string;
  message: string;
}

/** One school's export (its pupils and marks files) within a run: it loads completely or not at all. */
@Entity({ name: 'import_unit' })
export class ImportUnit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId!: string;

  @Column({ type: 'text' })
  urn!: string;

  @Column({ name: 'export_date', type: 'date' })
  exportDate!: string;

  @Column({ name: 'pupils_file', type: 'text' })
  pupilsFile!: string;

  @Column({ name: 'marks_file', type: 'text' })
  marksFile!: string;

  @Column({ type: 'text' })
  status!: ImportUnitStatus;

  @Column({ name: 'pupil_rows', type: 'integer', default: 0 })
  pupilRows!: number;

  @Column({ name: 'mark_rows', type: 'integer', default: 0 })
  markRows!: number;

  @Column({ name: 'first_date', type: 'date', nullable: true })
  firstDate!: string | null;

  @Column({ name: 'last_date', type: 'date', nullable: true })
  lastDate!: string | null;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** SHA-256 of the unit's files; a unit whose checksum was already loaded for the school is skipped. */
  @Column({ type: 'text', nullable: true })
  checksum!: string | null;

  @Column({ type: 'text', default: 'csv-pair' })
  format!: string;

  /** Errors reject the unit. */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  errors!: ImportFinding[];

  /** Warnings are kept with the run; the unit still loads. */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  warnings!: ImportFinding[];

  /** Where a rejected unit's files were moved, with a reason file beside them. */
  @Column({ name: 'quarantined_to', type: 'text', nullable: true })
  quarantinedTo!: string | null;
}
