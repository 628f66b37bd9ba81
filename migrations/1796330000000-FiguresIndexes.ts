import { MigrationInterface, QueryRunner } from "typeorm";

/** The figures screen counts signatures verified, and submitted, in a period: each an index range. */
export class FiguresIndexes1796330000000 implements MigrationInterface {
    name = 'FiguresIndexes1796330000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "signatures_verified_idx" ON "signatures" ("verified_at") WHERE verified_at IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "signatures_submitted_idx" ON "signatures" ("submitted_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."signatures_submitted_idx"`);
        await queryRunner.query(`DROP INDEX "public"."signatures_verified_idx"`);
    }
}
