import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSchoolContact1764200000000 implements MigrationInterface {
  name = 'CreateSchoolContact1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Keyed by URN alone: the analytics store (DuckDB) owns the schools table, so no foreign key can reach it.
    await queryRunner.query(`
      CREATE TABLE school_contact (
        urn text PRIMARY KEY,
        name text NOT NULL,
        role text NOT NULL,
        email text NOT NULL,
        telephone text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE school_contact`);
  }
}
