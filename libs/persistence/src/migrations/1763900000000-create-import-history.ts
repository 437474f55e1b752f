import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateImportHistory1763900000000 implements MigrationInterface {
  name = 'CreateImportHistory1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        trigger text NOT NULL,
        folder text NOT NULL,
        status text NOT NULL CHECK (status IN ('running', 'succeeded', 'partially-failed', 'failed')),
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        units_loaded integer NOT NULL DEFAULT 0,
        units_failed integer NOT NULL DEFAULT 0,
        marks_loaded bigint NOT NULL DEFAULT 0,
        error text
      )`);
    await queryRunner.query(`
      CREATE TABLE import_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
        urn text NOT NULL,
        export_date date NOT NULL,
        pupils_file text NOT NULL,
        marks_file text NOT NULL,
        status text NOT NULL CHECK (status IN ('loaded', 'failed')),
        pupil_rows integer NOT NULL DEFAULT 0,
        mark_rows integer NOT NULL DEFAULT 0,
        first_date date,
        last_date date,
        duration_ms integer NOT NULL,
        error text
      )`);
    await queryRunner.query(`CREATE INDEX import_unit_run_id ON import_unit (run_id)`);
    await queryRunner.query(`CREATE INDEX import_unit_urn_export_date ON import_unit (urn, export_date)`);
    await queryRunner.query(`
      CREATE TABLE local_authority_profile (
        id integer PRIMARY KEY CHECK (id = 1),
        name text NOT NULL,
        la_code text NOT NULL,
        is_synthetic_demo boolean NOT NULL DEFAULT false
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE local_authority_profile`);
    await queryRunner.query(`DROP TABLE import_unit`);
    await queryRunner.query(`DROP TABLE import_run`);
  }
}
