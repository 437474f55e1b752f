import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Warnings about the run as a whole, not one school's export: e.g. a GIAS establishment of the LA that has no
 * export phase and so is not loaded as a school.
 */
export class ImportRunWarnings1764100000000 implements MigrationInterface {
  name = 'ImportRunWarnings1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_run ADD COLUMN warnings jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_run DROP COLUMN warnings`);
  }
}
