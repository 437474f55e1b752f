import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Adds what the nightly ingestion records per unit: checksum (to skip files already loaded), format, findings. */
export class ImportUnitChecksumsAndFindings1763990000000 implements MigrationInterface {
  name = 'ImportUnitChecksumsAndFindings1763990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_unit DROP CONSTRAINT import_unit_status_check`);
    await queryRunner.query(
      `ALTER TABLE import_unit ADD CONSTRAINT import_unit_status_check CHECK (status IN ('loaded', 'failed', 'skipped'))`,
    );
    await queryRunner.query(`ALTER TABLE import_unit ADD COLUMN checksum text`);
    await queryRunner.query(`ALTER TABLE import_unit ADD COLUMN format text NOT NULL DEFAULT 'csv-pair'`);
    await queryRunner.query(`ALTER TABLE import_unit ADD COLUMN errors jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await queryRunner.query(`ALTER TABLE import_unit ADD COLUMN warnings jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await queryRunner.query(`ALTER TABLE import_unit ADD COLUMN quarantined_to text`);
    await queryRunner.query(`ALTER TABLE import_run ADD COLUMN units_skipped integer NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `CREATE INDEX import_unit_loaded_checksum ON import_unit (urn, checksum) WHERE status = 'loaded'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX import_unit_loaded_checksum`);
    await queryRunner.query(`ALTER TABLE import_run DROP COLUMN units_skipped`);
    for (const column of ['quarantined_to', 'warnings', 'errors', 'format', 'checksum']) {
      await queryRunner.query(`ALTER TABLE import_unit DROP COLUMN ${column}`);
    }
    await queryRunner.query(`DELETE FROM import_unit WHERE status = 'skipped'`);
    await queryRunner.query(`ALTER TABLE import_unit DROP CONSTRAINT import_unit_status_check`);
    await queryRunner.query(
      `ALTER TABLE import_unit ADD CONSTRAINT import_unit_status_check CHECK (status IN ('loaded', 'failed'))`,
    );
  }
}
