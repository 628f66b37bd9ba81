import { MigrationInterface, QueryRunner } from "typeorm";

/** Pages of the published partner list (GET /public/partners?page=N), pre-serialised per version; dropped with their version. */

export class PublishedPages1795437115925 implements MigrationInterface {
    name = 'PublishedPages1795437115925'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "publication_pages" ("version" integer NOT NULL, "page" integer NOT NULL, "content_hash" character(64) NOT NULL, "json" bytea NOT NULL, "json_gzip" bytea NOT NULL, "json_brotli" bytea NOT NULL, CONSTRAINT "PK_def98aef85714ffd0ca91091dcb" PRIMARY KEY ("version", "page"))`);
        await queryRunner.query(`ALTER TABLE "publication_pages" ADD CONSTRAINT "FK_3f6e2ad1c0b40a041e5f4bb3d49" FOREIGN KEY ("version") REFERENCES "publications"("version") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "publication_pages" DROP CONSTRAINT "FK_3f6e2ad1c0b40a041e5f4bb3d49"`);
        await queryRunner.query(`DROP TABLE "publication_pages"`);
    }

}
