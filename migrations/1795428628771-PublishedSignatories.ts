import { MigrationInterface, QueryRunner } from "typeorm";

/** Each publication also carries the pledges' signatories document (older versions have none). */

export class PublishedSignatories1795428628771 implements MigrationInterface {
    name = 'PublishedSignatories1795428628771'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "publications" ADD "signatory_count" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "publications" ADD "signatories_json" bytea`);
        await queryRunner.query(`ALTER TABLE "publications" ADD "signatories_json_gzip" bytea`);
        await queryRunner.query(`ALTER TABLE "publications" ADD "signatories_json_brotli" bytea`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "publications" DROP COLUMN "signatories_json_brotli"`);
        await queryRunner.query(`ALTER TABLE "publications" DROP COLUMN "signatories_json_gzip"`);
        await queryRunner.query(`ALTER TABLE "publications" DROP COLUMN "signatories_json"`);
        await queryRunner.query(`ALTER TABLE "publications" DROP COLUMN "signatory_count"`);
    }

}
