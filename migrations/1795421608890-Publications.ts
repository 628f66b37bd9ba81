import { MigrationInterface, QueryRunner } from "typeorm";

/** Versioned snapshots of the public partner list, with pre-serialized bodies and per-partner entries. */

export class Publications1795421608890 implements MigrationInterface {
    name = 'Publications1795421608890'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "publication_entries" ("version" integer NOT NULL, "partner_id" uuid NOT NULL, "entry_hash" character(64) NOT NULL, "entry" jsonb NOT NULL, CONSTRAINT "PK_1beb40c70cfa1c30b54913c149a" PRIMARY KEY ("version", "partner_id"))`);
        await queryRunner.query(`CREATE INDEX "publication_entries_partner_idx" ON "publication_entries"  ("partner_id", "version") `);
        await queryRunner.query(`CREATE TABLE "publications" ("version" integer NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "content_hash" character(64) NOT NULL, "partner_count" integer NOT NULL, "published_by" uuid, "json" bytea NOT NULL, "json_gzip" bytea NOT NULL, "json_brotli" bytea NOT NULL, "csv" bytea NOT NULL, CONSTRAINT "PK_eae385ca7c3fe2c5af897fb38c3" PRIMARY KEY ("version"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e4bb6e2d639937f8932e650516" ON "publications"  ("content_hash") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "publications"`);
        await queryRunner.query(`DROP INDEX "public"."publication_entries_partner_idx"`);
        await queryRunner.query(`DROP TABLE "publication_entries"`);
    }

}
