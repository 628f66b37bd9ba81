import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Import mapping (#15): files in any columns, mapped to partner fields (partner_imports.mapping, status `mapping`
 * until then) with the delimiter and encoding they were read with; saved mappings by name; per-row duplicate
 * decisions; warnings and `merged` rows for repeated external_refs; the file's own problems kept apart from the
 * dry run's so a file can be mapped again.
 */
export class ImportMapping1796350990732 implements MigrationInterface {
    name = 'ImportMapping1796350990732'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "partner_import_mappings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "header_key" character varying(64) NOT NULL, "mapping" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6fa3c58bfe2b2dd71ac583dde74" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_a0c32e8ad96d85548e0e1181b6" ON "partner_import_mappings"  ("created_by") `);
        await queryRunner.query(`CREATE INDEX "partner_import_mappings_header_idx" ON "partner_import_mappings"  ("header_key") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "partner_import_mappings_name_key" ON "partner_import_mappings"  ("name") `);
        await queryRunner.query(`ALTER TABLE "partner_import_mappings" ADD CONSTRAINT "FK_a0c32e8ad96d85548e0e1181b6e" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partner_imports" ADD "encoding" character varying(20) NOT NULL DEFAULT 'utf-8'`);
        await queryRunner.query(`ALTER TABLE "partner_imports" ADD "delimiter" character varying(1) NOT NULL DEFAULT ','`);
        await queryRunner.query(`ALTER TABLE "partner_imports" ADD "mapping" jsonb`);
        await queryRunner.query(`ALTER TABLE "partner_imports" ADD "row_decisions" jsonb NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "partner_import_rows" ADD "file_errors" jsonb NOT NULL DEFAULT '[]'`);
        await queryRunner.query(`ALTER TABLE "partner_import_rows" ADD "warnings" jsonb NOT NULL DEFAULT '[]'`);
        // Rows refused by the upload itself (ragged, overlong) were refused before any dry run: their errors are the file's.
        await queryRunner.query(`UPDATE "partner_import_rows" r SET "file_errors" = r."errors" FROM "partner_imports" i
            WHERE i."id" = r."import_id" AND r."outcome" = 'error' AND i."validated_at" IS NULL AND i."status" = 'validating'`);
        await queryRunner.query(`ALTER TYPE "public"."partner_import_status" ADD VALUE 'mapping'`);
        await queryRunner.query(`ALTER TYPE "public"."partner_import_row_outcome" ADD VALUE 'merged'`);
        await queryRunner.query(`ALTER TYPE "public"."partner_import_row_result" ADD VALUE 'merged'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // Values the earlier schema lacks: an import waiting for its mapping is dropped (nothing of it was written);
        // merged rows read as skipped (the earlier schema refused them) and their import as uncommittable failures.
        await queryRunner.query(`DELETE FROM "partner_imports" WHERE "status" = 'mapping'`);
        await queryRunner.query(`UPDATE "partner_import_rows" SET "result" = 'skipped' WHERE "result" = 'merged'`);
        await queryRunner.query(`UPDATE "partner_import_rows" SET "outcome" = 'error' WHERE "outcome" = 'merged'`);
        await queryRunner.query(`DROP INDEX "public"."partner_import_rows_outcome_idx"`);
        await queryRunner.query(`CREATE TYPE "public"."partner_import_row_result_old" AS ENUM('created', 'updated', 'unchanged', 'skipped')`);
        await queryRunner.query(`ALTER TABLE "partner_import_rows" ALTER COLUMN "result" TYPE "public"."partner_import_row_result_old" USING "result"::"text"::"public"."partner_import_row_result_old"`);
        await queryRunner.query(`DROP TYPE "public"."partner_import_row_result"`);
        await queryRunner.query(`ALTER TYPE "public"."partner_import_row_result_old" RENAME TO "partner_import_row_result"`);
        await queryRunner.query(`CREATE TYPE "public"."partner_import_row_outcome_old" AS ENUM('pending', 'create', 'update', 'unchanged', 'duplicate', 'error')`);
        await queryRunner.query(`ALTER TABLE "partner_import_rows" ALTER COLUMN "outcome" DROP DEFAULT`);
        await queryRunner.query(`ALTER TABLE "partner_import_rows" ALTER COLUMN "outcome" TYPE "public"."partner_import_row_outcome_old" USING "outcome"::"text"::"public"."partner_import_row_outcome_old"`);
        await queryRunner.query(`ALTER TABLE "partner_import_rows" ALTER COLUMN "outcome" SET DEFAULT 'pending'`);
        await queryRunner.query(`DROP TYPE "public"."partner_import_row_outcome"`);
        await queryRunner.query(`ALTER TYPE "public"."partner_import_row_outcome_old" RENAME TO "partner_import_row_outcome"`);
        await queryRunner.query(`CREATE INDEX "partner_import_rows_outcome_idx" ON "partner_import_rows"  ("import_id", "outcome", "row_number") `);
        await queryRunner.query(`CREATE TYPE "public"."partner_import_status_old" AS ENUM('validating', 'validated', 'committing', 'committed', 'failed')`);
        await queryRunner.query(`ALTER TABLE "partner_imports" ALTER COLUMN "status" DROP DEFAULT`);
        await queryRunner.query(`ALTER TABLE "partner_imports" ALTER COLUMN "status" TYPE "public"."partner_import_status_old" USING "status"::"text"::"public"."partner_import_status_old"`);
        await queryRunner.query(`ALTER TABLE "partner_imports" ALTER COLUMN "status" SET DEFAULT 'validating'`);
        await queryRunner.query(`DROP TYPE "public"."partner_import_status"`);
        await queryRunner.query(`ALTER TYPE "public"."partner_import_status_old" RENAME TO "partner_import_status"`);
        await queryRunner.query(`ALTER TABLE "partner_import_rows" DROP COLUMN "warnings"`);
        await queryRunner.query(`ALTER TABLE "partner_import_rows" DROP COLUMN "file_errors"`);
        await queryRunner.query(`ALTER TABLE "partner_imports" DROP COLUMN "row_decisions"`);
        await queryRunner.query(`ALTER TABLE "partner_imports" DROP COLUMN "mapping"`);
        await queryRunner.query(`ALTER TABLE "partner_imports" DROP COLUMN "delimiter"`);
        await queryRunner.query(`ALTER TABLE "partner_imports" DROP COLUMN "encoding"`);
        await queryRunner.query(`ALTER TABLE "partner_import_mappings" DROP CONSTRAINT "FK_a0c32e8ad96d85548e0e1181b6e"`);
        await queryRunner.query(`DROP INDEX "public"."partner_import_mappings_name_key"`);
        await queryRunner.query(`DROP INDEX "public"."partner_import_mappings_header_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a0c32e8ad96d85548e0e1181b6"`);
        await queryRunner.query(`DROP TABLE "partner_import_mappings"`);
    }

}
