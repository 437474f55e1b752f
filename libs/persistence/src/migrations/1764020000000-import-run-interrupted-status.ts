import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Allows the 'interrupted' run status: a run whose process stopped (killed, crashed, restarted) mid-run. */
export class ImportRunInterruptedStatus1764020000000 implements MigrationInterface {
  name = 'ImportRunInterruptedStatus1764020000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_run DROP CONSTRAINT import_run_status_check`);
    await queryRunner.query(
      `ALTER TABLE import_run ADD CONSTRAINT import_run_status_check CHECK (status IN ('running', 'succeeded', 'partially-failed', 'failed', 'interrupted'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Runs are never deleted here: their units' checksums decide which exports count as loaded. An interrupted
    // run did not finish, which the older statuses can only call 'failed' (its error text still says why).
    await queryRunner.query(`UPDATE import_run SET status = 'failed' WHERE status = 'interrupted'`);
    await queryRunner.query(`ALTER TABLE import_run DROP CONSTRAINT import_run_status_check`);
    await queryRunner.query(
      `ALTER TABLE import_run ADD CONSTRAINT import_run_status_check CHECK (status IN ('running', 'succeeded', 'partially-failed', 'failed'))`,
    );
  }
}
