import { MigrationInterface, QueryRunner } from "typeorm";

/** Partner CSV imports: the uploaded file (partner_imports) and its rows with their dry-run outcome and commit result. */

export class PartnerImports1795429075895 implements MigrationInterface {
    name = 'PartnerImports1795429075895'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."partner_import_status" AS ENUM('validating', 'validated', 'committing', 'committed', 'failed')`);
        await queryRunner.query(`CREATE TYPE "public"."partner_import_duplicate_policy" AS ENUM('skip', 'create')`);
        await queryRunner.query(`CREATE TABLE "partner_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" "public"."partner_import_status" NOT NULL DEFAULT 'validating', "file_name" character varying(200), "sha256" character varying(64) NOT NULL, "size_bytes" integer NOT NULL, "columns" text array NOT NULL, "total_rows" integer NOT NULL, "duplicate_policy" "public"."partner_import_duplicate_policy", "commit_attempts" integer NOT NULL DEFAULT '0', "failure" text, "created_by" uuid, "committed_by" uuid, "heartbeat_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "validated_at" TIMESTAMP WITH TIME ZONE, "commit_started_at" TIMESTAMP WITH TIME ZONE, "committed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b7d321f83e9c3f71dedd7d18d0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "partner_imports_created_idx" ON "partner_imports"  ("created_at", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."partner_import_row_outcome" AS ENUM('pending', 'create', 'update', 'unchanged', 'duplicate', 'error')`);
        await queryRunner.query(`CREATE TYPE "public"."partner_import_row_result" AS ENUM('created', 'updated', 'unchanged', 'skipped')`);
        await queryRunner.query(`CREATE TABLE "partner_import_rows" ("import_id" uuid NOT NULL, "row_number" integer NOT NULL, "line" integer NOT NULL, "cells" jsonb NOT NULL, "outcome" "public"."partner_import_row_outcome" NOT NULL DEFAULT 'pending', "result" "public"."partner_import_row_result", "errors" jsonb NOT NULL DEFAULT '[]', "candidates" jsonb NOT NULL DEFAULT '[]', "duplicate_rows" integer array NOT NULL DEFAULT '{}', "changes" jsonb, "partner_id" uuid, "partner_version" integer, CONSTRAINT "PK_30c74a45d169c23a98de2a9648b" PRIMARY KEY ("import_id", "row_number"))`);
        await queryRunner.query(`CREATE INDEX "partner_import_rows_outcome_idx" ON "partner_import_rows"  ("import_id", "outcome", "row_number") `);
        await queryRunner.query(`ALTER TABLE "partner_imports" ADD CONSTRAINT "FK_6edcf1414e94ba63dff24e007bb" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partner_imports" ADD CONSTRAINT "FK_45d334e131880493dd4f7220fb3" FOREIGN KEY ("committed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partner_import_rows" ADD CONSTRAINT "FK_6c48697304da8f9665cfd9fc526" FOREIGN KEY ("import_id") REFERENCES "partner_imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partner_import_rows" ADD CONSTRAINT "FK_d11b591d9bdb097709eecf4b67a" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "partner_import_rows" DROP CONSTRAINT "FK_d11b591d9bdb097709eecf4b67a"`);
        await queryRunner.query(`ALTER TABLE "partner_import_rows" DROP CONSTRAINT "FK_6c48697304da8f9665cfd9fc526"`);
        await queryRunner.query(`ALTER TABLE "partner_imports" DROP CONSTRAINT "FK_45d334e131880493dd4f7220fb3"`);
        await queryRunner.query(`ALTER TABLE "partner_imports" DROP CONSTRAINT "FK_6edcf1414e94ba63dff24e007bb"`);
        await queryRunner.query(`DROP INDEX "public"."partner_import_rows_outcome_idx"`);
        await queryRunner.query(`DROP TABLE "partner_import_rows"`);
        await queryRunner.query(`DROP TYPE "public"."partner_import_row_result"`);
        await queryRunner.query(`DROP TYPE "public"."partner_import_row_outcome"`);
        await queryRunner.query(`DROP INDEX "public"."partner_imports_created_idx"`);
        await queryRunner.query(`DROP TABLE "partner_imports"`);
        await queryRunner.query(`DROP TYPE "public"."partner_import_duplicate_policy"`);
        await queryRunner.query(`DROP TYPE "public"."partner_import_status"`);
    }

}
