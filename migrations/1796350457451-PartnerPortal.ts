import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The partner portal (src/portal/): who may use it for which organisation (portal_users, including claims waiting
 * for staff), its single-use sign-in links and sessions (only SHA-256 of their secrets), and the listing changes
 * organisations propose for staff moderation.
 */
export class PartnerPortal1796350457451 implements MigrationInterface {
    name = 'PartnerPortal1796350457451'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "portal_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "email_key" character varying(320) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c42795b3f642c141a360de94d01" UNIQUE ("token_hash"), CONSTRAINT "PK_b1bb82b3e588a5030649b3dc95b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_0f3fb85c2fc5fcc4e50cadcab8" ON "portal_links"  ("partner_id") `);
        await queryRunner.query(`CREATE TYPE "public"."portal_user_status" AS ENUM('active', 'pending', 'rejected')`);
        await queryRunner.query(`CREATE TABLE "portal_users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "email_key" character varying(320) NOT NULL, "display_name" character varying(200), "contact_id" uuid, "status" "public"."portal_user_status" NOT NULL, "basis" character varying(20) NOT NULL, "evidence" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_05a331e256443e6ceca53561ead" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_dba91d6d360bd25afb0be451e8" ON "portal_users"  ("contact_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_71d9824b04a35ca05b50ea39b7" ON "portal_users"  ("decided_by") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "portal_users_partner_email_key" ON "portal_users"  ("partner_id", "email_key") `);
        await queryRunner.query(`CREATE TYPE "public"."portal_proposal_status" AS ENUM('pending', 'approved', 'rejected')`);
        await queryRunner.query(`CREATE TABLE "portal_proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "portal_user_id" uuid, "before" jsonb NOT NULL, "changes" jsonb NOT NULL, "applied" jsonb, "status" "public"."portal_proposal_status" NOT NULL DEFAULT 'pending', "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca8fdfb2bba309dc2c129ad5adc" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3e54be56ab25301808fd17269a" ON "portal_proposals"  ("partner_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_25e9d6cc8f61d60bb64645db1a" ON "portal_proposals"  ("portal_user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_2ac310249d513a826741a5e42f" ON "portal_proposals"  ("decided_by") `);
        await queryRunner.query(`CREATE INDEX "portal_proposals_pending_idx" ON "portal_proposals"  ("created_at", "id") WHERE status = 'pending'`);
        await queryRunner.query(`CREATE TABLE "portal_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "portal_user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c0db68097f7f2da3e7b60ccb4c6" UNIQUE ("token_hash"), CONSTRAINT "PK_379dfbd23aa9d6e2503df20cb3d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_09a6b61afc08d42d706d6b5109" ON "portal_sessions"  ("portal_user_id") `);
        await queryRunner.query(`ALTER TABLE "portal_links" ADD CONSTRAINT "FK_0f3fb85c2fc5fcc4e50cadcab88" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "portal_users" ADD CONSTRAINT "FK_5396d35be1c30876c5aa2d1616f" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "portal_users" ADD CONSTRAINT "FK_dba91d6d360bd25afb0be451e83" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "portal_users" ADD CONSTRAINT "FK_71d9824b04a35ca05b50ea39b70" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "portal_proposals" ADD CONSTRAINT "FK_3e54be56ab25301808fd17269ac" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "portal_proposals" ADD CONSTRAINT "FK_25e9d6cc8f61d60bb64645db1a0" FOREIGN KEY ("portal_user_id") REFERENCES "portal_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "portal_proposals" ADD CONSTRAINT "FK_2ac310249d513a826741a5e42f9" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "portal_sessions" ADD CONSTRAINT "FK_09a6b61afc08d42d706d6b5109d" FOREIGN KEY ("portal_user_id") REFERENCES "portal_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "portal_sessions" DROP CONSTRAINT "FK_09a6b61afc08d42d706d6b5109d"`);
        await queryRunner.query(`ALTER TABLE "portal_proposals" DROP CONSTRAINT "FK_2ac310249d513a826741a5e42f9"`);
        await queryRunner.query(`ALTER TABLE "portal_proposals" DROP CONSTRAINT "FK_25e9d6cc8f61d60bb64645db1a0"`);
        await queryRunner.query(`ALTER TABLE "portal_proposals" DROP CONSTRAINT "FK_3e54be56ab25301808fd17269ac"`);
        await queryRunner.query(`ALTER TABLE "portal_users" DROP CONSTRAINT "FK_71d9824b04a35ca05b50ea39b70"`);
        await queryRunner.query(`ALTER TABLE "portal_users" DROP CONSTRAINT "FK_dba91d6d360bd25afb0be451e83"`);
        await queryRunner.query(`ALTER TABLE "portal_users" DROP CONSTRAINT "FK_5396d35be1c30876c5aa2d1616f"`);
        await queryRunner.query(`ALTER TABLE "portal_links" DROP CONSTRAINT "FK_0f3fb85c2fc5fcc4e50cadcab88"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_09a6b61afc08d42d706d6b5109"`);
        await queryRunner.query(`DROP TABLE "portal_sessions"`);
        await queryRunner.query(`DROP INDEX "public"."portal_proposals_pending_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2ac310249d513a826741a5e42f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_25e9d6cc8f61d60bb64645db1a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3e54be56ab25301808fd17269a"`);
        await queryRunner.query(`DROP TABLE "portal_proposals"`);
        await queryRunner.query(`DROP TYPE "public"."portal_proposal_status"`);
        await queryRunner.query(`DROP INDEX "public"."portal_users_partner_email_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_71d9824b04a35ca05b50ea39b7"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_dba91d6d360bd25afb0be451e8"`);
        await queryRunner.query(`DROP TABLE "portal_users"`);
        await queryRunner.query(`DROP TYPE "public"."portal_user_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0f3fb85c2fc5fcc4e50cadcab8"`);
        await queryRunner.query(`DROP TABLE "portal_links"`);
    }

}
