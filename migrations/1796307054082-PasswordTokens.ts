import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Invitations and forgotten-password links: password_tokens holds each link's SHA-256 only. Invited users
 * have no password until they choose one (password_hash null); password_set_at says when it was last set
 * (existing users: when they were created).
 */
export class PasswordTokens1796307054082 implements MigrationInterface {
    name = 'PasswordTokens1796307054082'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."password_token_purpose" AS ENUM('invitation', 'reset')`);
        await queryRunner.query(`CREATE TABLE "password_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" "public"."password_token_purpose" NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "superseded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_816120c39410c02dabd34b8672b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5ac1fd8593c46bf145b2b88619" ON "password_tokens"  ("user_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d32f54ae25a41e7a96c2a3a4ce" ON "password_tokens"  ("token_hash") `);
        await queryRunner.query(`ALTER TABLE "users" ADD "password_set_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`UPDATE "users" SET "password_set_at" = "created_at"`);
        await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "password_tokens" ADD CONSTRAINT "FK_5ac1fd8593c46bf145b2b886195" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "password_tokens" DROP CONSTRAINT "FK_5ac1fd8593c46bf145b2b886195"`);
        // Invited users who never chose a password keep an unusable one: no argon2 hash matches '!'.
        await queryRunner.query(`UPDATE "users" SET "password_hash" = '!' WHERE "password_hash" IS NULL`);
        await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "password_set_at"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d32f54ae25a41e7a96c2a3a4ce"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5ac1fd8593c46bf145b2b88619"`);
        await queryRunner.query(`DROP TABLE "password_tokens"`);
        await queryRunner.query(`DROP TYPE "public"."password_token_purpose"`);
    }
}
