import { MigrationInterface, QueryRunner } from "typeorm";

/** Per-user calendar feed secrets (hashed). */

export class CalendarFeeds1795421420046 implements MigrationInterface {
    name = 'CalendarFeeds1795421420046'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "calendar_feed_tokens" ("user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_03afc5516cb101fcd177693b33c" UNIQUE ("token_hash"), CONSTRAINT "PK_91dd5d95930f79852080990fd66" PRIMARY KEY ("user_id"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "calendar_feed_tokens"`);
    }

}
