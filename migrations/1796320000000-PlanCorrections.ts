import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Progress updates can be withdrawn (a wrong one), or corrected (withdrawn and replaced by the update that
 * corrects it); the row stays for the timeline. A quarter frozen before it ended records why, and whether
 * its public report may name staff.
 */
export class PlanCorrections1796320000000 implements MigrationInterface {
    name = 'PlanCorrections1796320000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "plan_progress_updates" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "plan_progress_updates" ADD "withdrawn_by" uuid`);
        await queryRunner.query(`ALTER TABLE "plan_progress_updates" ADD "withdrawal_reason" text`);
        await queryRunner.query(`ALTER TABLE "plan_progress_updates" ADD "corrects_id" uuid`);
        await queryRunner.query(`CREATE INDEX "IDX_plan_progress_updates_corrects_id" ON "plan_progress_updates" ("corrects_id") `);
        await queryRunner.query(`ALTER TABLE "plan_progress_updates" ADD CONSTRAINT "FK_plan_progress_updates_corrects_id" FOREIGN KEY ("corrects_id") REFERENCES "plan_progress_updates"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "quarterly_updates" ADD "early_reason" text`);
        await queryRunner.query(`ALTER TABLE "quarterly_updates" ADD "show_staff_names" boolean NOT NULL DEFAULT false`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "quarterly_updates" DROP COLUMN "show_staff_names"`);
        await queryRunner.query(`ALTER TABLE "quarterly_updates" DROP COLUMN "early_reason"`);
        await queryRunner.query(`ALTER TABLE "plan_progress_updates" DROP CONSTRAINT "FK_plan_progress_updates_corrects_id"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_plan_progress_updates_corrects_id"`);
        await queryRunner.query(`ALTER TABLE "plan_progress_updates" DROP COLUMN "corrects_id"`);
        await queryRunner.query(`ALTER TABLE "plan_progress_updates" DROP COLUMN "withdrawal_reason"`);
        await queryRunner.query(`ALTER TABLE "plan_progress_updates" DROP COLUMN "withdrawn_by"`);
        await queryRunner.query(`ALTER TABLE "plan_progress_updates" DROP COLUMN "withdrawn_at"`);
    }
}
