import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Agreements and standing commitments with their parties, themes and priority areas (dates as
 * `date`; partial indexes for the "due for review / renewal" queries over agreements in force),
 * attached documents with their bytes in a separate table, and the seeded `agreement-kind` list.
 */

export class Agreements1795421600625 implements MigrationInterface {
    name = 'Agreements1795421600625'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."agreement_status" AS ENUM('draft', 'active', 'under-review', 'expired', 'terminated')`);
        await queryRunner.query(`CREATE TABLE "agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "kind_id" uuid NOT NULL, "status" "public"."agreement_status" NOT NULL DEFAULT 'draft', "owner_id" uuid, "description" text, "start_date" date, "end_date" date, "review_date" date, "renewal_notice_days" integer, "renewal_notice_date" date, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_01532f6c999d44c776e3d1fa4c8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e77a28485176064820d18569da" ON "agreements"  ("kind_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_bff1219a2909fd5cb6e4c0eb99" ON "agreements"  ("status") `);
        await queryRunner.query(`CREATE INDEX "IDX_23f8b71932b14cc37e465c2f8d" ON "agreements"  ("owner_id") `);
        await queryRunner.query(`CREATE INDEX "agreements_renewal_notice_idx" ON "agreements"  ("renewal_notice_date", "id") WHERE status IN ('active', 'under-review')`);
        await queryRunner.query(`CREATE INDEX "agreements_end_idx" ON "agreements"  ("end_date", "id") WHERE status IN ('active', 'under-review')`);
        await queryRunner.query(`CREATE INDEX "agreements_review_due_idx" ON "agreements"  ("review_date", "id") WHERE status IN ('active', 'under-review')`);
        await queryRunner.query(`CREATE INDEX "agreements_created_idx" ON "agreements"  ("created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "agreements_title_idx" ON "agreements"  ("title", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."agreement_document_kind" AS ENUM('file', 'link')`);
        await queryRunner.query(`CREATE TABLE "agreement_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "kind" "public"."agreement_document_kind" NOT NULL, "name" character varying(255) NOT NULL, "stored_name" character varying(60), "media_type" character varying(100), "size_bytes" integer, "sha256" character(64), "url" character varying(2000), "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf4685016ac8726ca2e5e23ffb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "agreement_documents_agreement_idx" ON "agreement_documents"  ("agreement_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "agreement_document_contents" ("document_id" uuid NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "PK_bfd590a97f426ae21b7f594c7d5" PRIMARY KEY ("document_id"))`);
        await queryRunner.query(`CREATE TABLE "agreement_parties" ("agreement_id" uuid NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_0426b55a3fa68470a308b75d17f" PRIMARY KEY ("agreement_id", "partner_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_4d0cf7ca4e34453f04cbf52287" ON "agreement_parties"  ("agreement_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_f222bd23e2f57ff7c2f9d14b4f" ON "agreement_parties"  ("partner_id") `);
        await queryRunner.query(`CREATE TABLE "agreement_themes" ("agreement_id" uuid NOT NULL, "reference_id" uuid NOT NULL, CONSTRAINT "PK_de12170c6f1b34f16cfd7d22051" PRIMARY KEY ("agreement_id", "reference_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_db48f886d525f6654e59a47627" ON "agreement_themes"  ("agreement_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_4aac8f91c2fb575d609bfcd778" ON "agreement_themes"  ("reference_id") `);
        await queryRunner.query(`CREATE TABLE "agreement_priority_areas" ("agreement_id" uuid NOT NULL, "reference_id" uuid NOT NULL, CONSTRAINT "PK_c93956d1d8265ca4da0a96583f6" PRIMARY KEY ("agreement_id", "reference_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_1f551d4f3fc62e6cba5e00ee04" ON "agreement_priority_areas"  ("agreement_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_876d80ac1dad5e101100c980a2" ON "agreement_priority_areas"  ("reference_id") `);
        await queryRunner.query(`ALTER TABLE "agreements" ADD CONSTRAINT "FK_e77a28485176064820d18569daa" FOREIGN KEY ("kind_id") REFERENCES "reference_entries"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "agreements" ADD CONSTRAINT "FK_23f8b71932b14cc37e465c2f8d4" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "agreement_documents" ADD CONSTRAINT "FK_a079c5560a64dc0dba398d92d10" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "agreement_documents" ADD CONSTRAINT "FK_401129cfb4ec384280164496a96" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "agreement_document_contents" ADD CONSTRAINT "FK_bfd590a97f426ae21b7f594c7d5" FOREIGN KEY ("document_id") REFERENCES "agreement_documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "agreement_parties" ADD CONSTRAINT "FK_4d0cf7ca4e34453f04cbf522871" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "agreement_parties" ADD CONSTRAINT "FK_f222bd23e2f57ff7c2f9d14b4f8" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "agreement_themes" ADD CONSTRAINT "FK_db48f886d525f6654e59a476275" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "agreement_themes" ADD CONSTRAINT "FK_4aac8f91c2fb575d609bfcd778e" FOREIGN KEY ("reference_id") REFERENCES "reference_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "agreement_priority_areas" ADD CONSTRAINT "FK_1f551d4f3fc62e6cba5e00ee04a" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "agreement_priority_areas" ADD CONSTRAINT "FK_876d80ac1dad5e101100c980a21" FOREIGN KEY ("reference_id") REFERENCES "reference_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        // PDFs, images and Office files are compressed already: store them out of line without trying again.
        await queryRunner.query(`ALTER TABLE "agreement_document_contents" ALTER COLUMN "bytes" SET STORAGE EXTERNAL`);
        for (const [i, [code, label]] of AGREEMENT_KINDS.entries()) {
            await queryRunner.query(
                `INSERT INTO reference_entries (category, code, label, sort_order) VALUES ('agreement-kind', $1, $2, $3)`,
                [code, label, (i + 1) * 10],
            );
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DELETE FROM reference_entries WHERE category = 'agreement-kind'`);
        await queryRunner.query(`ALTER TABLE "agreement_priority_areas" DROP CONSTRAINT "FK_876d80ac1dad5e101100c980a21"`);
        await queryRunner.query(`ALTER TABLE "agreement_priority_areas" DROP CONSTRAINT "FK_1f551d4f3fc62e6cba5e00ee04a"`);
        await queryRunner.query(`ALTER TABLE "agreement_themes" DROP CONSTRAINT "FK_4aac8f91c2fb575d609bfcd778e"`);
        await queryRunner.query(`ALTER TABLE "agreement_themes" DROP CONSTRAINT "FK_db48f886d525f6654e59a476275"`);
        await queryRunner.query(`ALTER TABLE "agreement_parties" DROP CONSTRAINT "FK_f222bd23e2f57ff7c2f9d14b4f8"`);
        await queryRunner.query(`ALTER TABLE "agreement_parties" DROP CONSTRAINT "FK_4d0cf7ca4e34453f04cbf522871"`);
        await queryRunner.query(`ALTER TABLE "agreement_document_contents" DROP CONSTRAINT "FK_bfd590a97f426ae21b7f594c7d5"`);
        await queryRunner.query(`ALTER TABLE "agreement_documents" DROP CONSTRAINT "FK_401129cfb4ec384280164496a96"`);
        await queryRunner.query(`ALTER TABLE "agreement_documents" DROP CONSTRAINT "FK_a079c5560a64dc0dba398d92d10"`);
        await queryRunner.query(`ALTER TABLE "agreements" DROP CONSTRAINT "FK_23f8b71932b14cc37e465c2f8d4"`);
        await queryRunner.query(`ALTER TABLE "agreements" DROP CONSTRAINT "FK_e77a28485176064820d18569daa"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_876d80ac1dad5e101100c980a2"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1f551d4f3fc62e6cba5e00ee04"`);
        await queryRunner.query(`DROP TABLE "agreement_priority_areas"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4aac8f91c2fb575d609bfcd778"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_db48f886d525f6654e59a47627"`);
        await queryRunner.query(`DROP TABLE "agreement_themes"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f222bd23e2f57ff7c2f9d14b4f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4d0cf7ca4e34453f04cbf52287"`);
        await queryRunner.query(`DROP TABLE "agreement_parties"`);
        await queryRunner.query(`DROP TABLE "agreement_document_contents"`);
        await queryRunner.query(`DROP INDEX "public"."agreement_documents_agreement_idx"`);
        await queryRunner.query(`DROP TABLE "agreement_documents"`);
        await queryRunner.query(`DROP TYPE "public"."agreement_document_kind"`);
        await queryRunner.query(`DROP INDEX "public"."agreements_title_idx"`);
        await queryRunner.query(`DROP INDEX "public"."agreements_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."agreements_review_due_idx"`);
        await queryRunner.query(`DROP INDEX "public"."agreements_end_idx"`);
        await queryRunner.query(`DROP INDEX "public"."agreements_renewal_notice_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_23f8b71932b14cc37e465c2f8d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bff1219a2909fd5cb6e4c0eb99"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e77a28485176064820d18569da"`);
        await queryRunner.query(`DROP TABLE "agreements"`);
        await queryRunner.query(`DROP TYPE "public"."agreement_status"`);
    }

}

/** Seeded, editable reference data (admins rename, add or retire kinds; codes stay stable). */
const AGREEMENT_KINDS: [code: string, label: string][] = [
    ['memorandum-of-understanding', 'Memorandum of understanding'],
    ['cooperation-agreement', 'Cooperation agreement'],
    ['data-sharing-agreement', 'Data-sharing agreement'],
    ['contract', 'Contract'],
    ['standing-commitment', 'Standing commitment (e.g. Armed Forces Covenant, Living Wage)'],
    ['other', 'Other'],
];
