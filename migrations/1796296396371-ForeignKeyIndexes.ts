import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An index behind every foreign key that had none. Deleting or re-keying a referenced row makes PostgreSQL look up the
 * referencing rows: without an index that is a sequential scan of the referencing table per row deleted (the partner
 * import benchmark's cleanup, deleting partners, scanned partner_import_rows once per partner and ran for minutes).
 * test/e2e/foreign-key-indexes.e2e-spec.ts fails on any foreign key added later without one.
 */
export class ForeignKeyIndexes1796296396371 implements MigrationInterface {
    name = 'ForeignKeyIndexes1796296396371'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "IDX_401129cfb4ec384280164496a9" ON "agreement_documents" ("uploaded_by") `);
        await queryRunner.query(`CREATE INDEX "IDX_6edcf1414e94ba63dff24e007b" ON "partner_imports" ("created_by") `);
        await queryRunner.query(`CREATE INDEX "IDX_45d334e131880493dd4f7220fb" ON "partner_imports" ("committed_by") `);
        await queryRunner.query(`CREATE INDEX "IDX_d11b591d9bdb097709eecf4b67" ON "partner_import_rows" ("partner_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_a6ca2464a55da2f5c9d366c521" ON "reminder_digests" ("user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_6f5bb965647f06816988f07dcf" ON "pledges" ("partner_list_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_2f30fca1f4b431206a99054fae" ON "signatures" ("pledge_text_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_31dba361ec3fba599afb79742c" ON "signatures" ("organisation_kind_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_1762f85bd1704306acc48bbed2" ON "signatures" ("area_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_1762f85bd1704306acc48bbed2"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_31dba361ec3fba599afb79742c"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2f30fca1f4b431206a99054fae"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6f5bb965647f06816988f07dcf"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a6ca2464a55da2f5c9d366c521"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d11b591d9bdb097709eecf4b67"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_45d334e131880493dd4f7220fb"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6edcf1414e94ba63dff24e007b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_401129cfb4ec384280164496a9"`);
    }
}
