import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sessions: each sign-in is a row, its refresh tokens (a "family" before) point at it, and access tokens
 * carry its id, so ending it refuses them at once. Every family held before becomes an API session,
 * ended when all its tokens were revoked.
 */
export class UserSessions1796292055803 implements MigrationInterface {
    name = 'UserSessions1796292055803'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_d5e27da0cd39bc3bb2811fc8ba"`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" RENAME COLUMN "family_id" TO "session_id"`);
        await queryRunner.query(`CREATE TYPE "public"."session_client" AS ENUM('api', 'browser')`);
        await queryRunner.query(`CREATE TABLE "user_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "client" "public"."session_client" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" character varying(40), CONSTRAINT "PK_e93e031a5fed190d4789b6bfd83" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e9658e959c490b0a634dfc5478" ON "user_sessions"  ("user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_3bf308fa93da3966f9e76fcfba" ON "refresh_tokens"  ("session_id") `);
        await queryRunner.query(`DELETE FROM "refresh_tokens" t WHERE NOT EXISTS (SELECT 1 FROM "users" u WHERE u.id = t.user_id)`);
        await queryRunner.query(`INSERT INTO "user_sessions" ("id", "user_id", "client", "created_at", "ended_at", "end_reason")
            SELECT "session_id", (array_agg("user_id"))[1], 'api', min("created_at"),
                   CASE WHEN bool_and("revoked_at" IS NOT NULL) THEN max("revoked_at") END,
                   CASE WHEN bool_and("revoked_at" IS NOT NULL) THEN 'signed-out' END
              FROM "refresh_tokens" GROUP BY "session_id"`);
        await queryRunner.query(`ALTER TABLE "user_sessions" ADD CONSTRAINT "FK_e9658e959c490b0a634dfc54783" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "user_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"`);
        await queryRunner.query(`ALTER TABLE "user_sessions" DROP CONSTRAINT "FK_e9658e959c490b0a634dfc54783"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3bf308fa93da3966f9e76fcfba"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e9658e959c490b0a634dfc5478"`);
        await queryRunner.query(`DROP TABLE "user_sessions"`);
        await queryRunner.query(`DROP TYPE "public"."session_client"`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" RENAME COLUMN "session_id" TO "family_id"`);
        await queryRunner.query(`CREATE INDEX "IDX_d5e27da0cd39bc3bb2811fc8ba" ON "refresh_tokens" USING btree ("family_id") `);
    }
}
