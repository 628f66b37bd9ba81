import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Meeting logs with attendees, topics and actions, and the derived dialogue dates on partners
 * (last dialogue, next scheduled, due) with default cadences on partner lists and organisation kinds.
 */

export class DialogueAndMeetings1795420979230 implements MigrationInterface {
    name = 'DialogueAndMeetings1795420979230'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."meeting_kind" AS ENUM('meeting', 'call', 'visit', 'event', 'email-exchange')`);
        await queryRunner.query(`CREATE TABLE "meeting_logs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" "public"."meeting_kind" NOT NULL, "title" character varying(200) NOT NULL, "notes" text, "outcomes" text, "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_337815cd25d49198dfc788f81df" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "meeting_logs_occurred_idx" ON "meeting_logs"  ("occurred_at", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."action_status" AS ENUM('open', 'done', 'dropped')`);
        await queryRunner.query(`CREATE TABLE "meeting_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "description" character varying(500) NOT NULL, "owner_id" uuid, "due_date" date, "status" "public"."action_status" NOT NULL DEFAULT 'open', "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4e701fbcdc5c3bd77f4cb06f545" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_0575e240d89893fc997bda9833" ON "meeting_actions"  ("meeting_id") `);
        await queryRunner.query(`CREATE INDEX "meeting_actions_owner_due_idx" ON "meeting_actions"  ("owner_id", "status", "due_date") `);
        await queryRunner.query(`CREATE TABLE "meeting_partners" ("meeting_id" uuid NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_d2e32bf30d828265c5fa52958b7" PRIMARY KEY ("meeting_id", "partner_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_7fe0790e64745b80cf3609ab78" ON "meeting_partners"  ("meeting_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_2b1ee8f5241686f6b6b215b982" ON "meeting_partners"  ("partner_id") `);
        await queryRunner.query(`CREATE TABLE "meeting_staff" ("meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_51c030bb0f46b4b4eead842ede7" PRIMARY KEY ("meeting_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_b53f85be17faf7f43363a8425d" ON "meeting_staff"  ("meeting_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_707b8f55a4be72da6a0ec3e457" ON "meeting_staff"  ("user_id") `);
        await queryRunner.query(`CREATE TABLE "meeting_contacts" ("meeting_id" uuid NOT NULL, "contact_id" uuid NOT NULL, CONSTRAINT "PK_c42b7938ce152ed8f2e8290def2" PRIMARY KEY ("meeting_id", "contact_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_576e8cd45d5d4e2726be7b239f" ON "meeting_contacts"  ("meeting_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_139d85691b3b9995a648ce283b" ON "meeting_contacts"  ("contact_id") `);
        await queryRunner.query(`CREATE TABLE "meeting_priority_areas" ("meeting_id" uuid NOT NULL, "reference_id" uuid NOT NULL, CONSTRAINT "PK_786f4acc3b245a02aa5aee782ed" PRIMARY KEY ("meeting_id", "reference_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_b43916740cc740db444df43f8b" ON "meeting_priority_areas"  ("meeting_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_bdc6c2fb4de936dff210a4831d" ON "meeting_priority_areas"  ("reference_id") `);
        await queryRunner.query(`CREATE TABLE "meeting_themes" ("meeting_id" uuid NOT NULL, "reference_id" uuid NOT NULL, CONSTRAINT "PK_f4f795bf324d46e10b4da3703bf" PRIMARY KEY ("meeting_id", "reference_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_94ba0e5501f5c26a2314142d69" ON "meeting_themes"  ("meeting_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_963e52c16a31e0291d631c8c22" ON "meeting_themes"  ("reference_id") `);
        await queryRunner.query(`ALTER TABLE "reference_entries" ADD "default_dialogue_cadence_days" integer`);
        await queryRunner.query(`ALTER TABLE "partner_lists" ADD "default_dialogue_cadence_days" integer`);
        await queryRunner.query(`ALTER TABLE "partners" ADD "last_dialogue_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "partners" ADD "next_dialogue_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "partners" ADD "dialogue_due_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "partners" ADD "dialogue_snoozed_until" date`);
        await queryRunner.query(`ALTER TABLE "partners" ADD "dialogue_snooze_reason" character varying(500)`);
        await queryRunner.query(`CREATE INDEX "partners_team_dialogue_due_idx" ON "partners"  ("dialogue_due_at", "id") WHERE archived_at IS NULL AND status IN ('prospect', 'active')`);
        await queryRunner.query(`CREATE INDEX "partners_dialogue_due_idx" ON "partners"  ("owner_id", "dialogue_due_at", "id") WHERE archived_at IS NULL AND status IN ('prospect', 'active')`);
        await queryRunner.query(`ALTER TABLE "meeting_actions" ADD CONSTRAINT "FK_0575e240d89893fc997bda98332" FOREIGN KEY ("meeting_id") REFERENCES "meeting_logs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "meeting_partners" ADD CONSTRAINT "FK_7fe0790e64745b80cf3609ab78a" FOREIGN KEY ("meeting_id") REFERENCES "meeting_logs"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "meeting_partners" ADD CONSTRAINT "FK_2b1ee8f5241686f6b6b215b9821" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "meeting_staff" ADD CONSTRAINT "FK_b53f85be17faf7f43363a8425d1" FOREIGN KEY ("meeting_id") REFERENCES "meeting_logs"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "meeting_staff" ADD CONSTRAINT "FK_707b8f55a4be72da6a0ec3e457e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "meeting_contacts" ADD CONSTRAINT "FK_576e8cd45d5d4e2726be7b239fb" FOREIGN KEY ("meeting_id") REFERENCES "meeting_logs"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "meeting_contacts" ADD CONSTRAINT "FK_139d85691b3b9995a648ce283b9" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "meeting_priority_areas" ADD CONSTRAINT "FK_b43916740cc740db444df43f8b3" FOREIGN KEY ("meeting_id") REFERENCES "meeting_logs"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "meeting_priority_areas" ADD CONSTRAINT "FK_bdc6c2fb4de936dff210a4831d1" FOREIGN KEY ("reference_id") REFERENCES "reference_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "meeting_themes" ADD CONSTRAINT "FK_94ba0e5501f5c26a2314142d69d" FOREIGN KEY ("meeting_id") REFERENCES "meeting_logs"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "meeting_themes" ADD CONSTRAINT "FK_963e52c16a31e0291d631c8c224" FOREIGN KEY ("reference_id") REFERENCES "reference_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`UPDATE partner_lists SET default_dialogue_cadence_days = 90 WHERE code = 'pact-partners'`);
        await queryRunner.query(`UPDATE partner_lists SET default_dialogue_cadence_days = 120 WHERE code = 'strategy-partners'`);
        // Existing partners get a due date from their creation (no dialogue logged yet).
        await queryRunner.query(`UPDATE partners SET dialogue_due_at = created_at + make_interval(days => coalesce(dialogue_cadence_days, 180))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting_themes" DROP CONSTRAINT "FK_963e52c16a31e0291d631c8c224"`);
        await queryRunner.query(`ALTER TABLE "meeting_themes" DROP CONSTRAINT "FK_94ba0e5501f5c26a2314142d69d"`);
        await queryRunner.query(`ALTER TABLE "meeting_priority_areas" DROP CONSTRAINT "FK_bdc6c2fb4de936dff210a4831d1"`);
        await queryRunner.query(`ALTER TABLE "meeting_priority_areas" DROP CONSTRAINT "FK_b43916740cc740db444df43f8b3"`);
        await queryRunner.query(`ALTER TABLE "meeting_contacts" DROP CONSTRAINT "FK_139d85691b3b9995a648ce283b9"`);
        await queryRunner.query(`ALTER TABLE "meeting_contacts" DROP CONSTRAINT "FK_576e8cd45d5d4e2726be7b239fb"`);
        await queryRunner.query(`ALTER TABLE "meeting_staff" DROP CONSTRAINT "FK_707b8f55a4be72da6a0ec3e457e"`);
        await queryRunner.query(`ALTER TABLE "meeting_staff" DROP CONSTRAINT "FK_b53f85be17faf7f43363a8425d1"`);
        await queryRunner.query(`ALTER TABLE "meeting_partners" DROP CONSTRAINT "FK_2b1ee8f5241686f6b6b215b9821"`);
        await queryRunner.query(`ALTER TABLE "meeting_partners" DROP CONSTRAINT "FK_7fe0790e64745b80cf3609ab78a"`);
        await queryRunner.query(`ALTER TABLE "meeting_actions" DROP CONSTRAINT "FK_0575e240d89893fc997bda98332"`);
        await queryRunner.query(`DROP INDEX "public"."partners_dialogue_due_idx"`);
        await queryRunner.query(`DROP INDEX "public"."partners_team_dialogue_due_idx"`);
        await queryRunner.query(`ALTER TABLE "partners" DROP COLUMN "dialogue_snooze_reason"`);
        await queryRunner.query(`ALTER TABLE "partners" DROP COLUMN "dialogue_snoozed_until"`);
        await queryRunner.query(`ALTER TABLE "partners" DROP COLUMN "dialogue_due_at"`);
        await queryRunner.query(`ALTER TABLE "partners" DROP COLUMN "next_dialogue_at"`);
        await queryRunner.query(`ALTER TABLE "partners" DROP COLUMN "last_dialogue_at"`);
        await queryRunner.query(`ALTER TABLE "partner_lists" DROP COLUMN "default_dialogue_cadence_days"`);
        await queryRunner.query(`ALTER TABLE "reference_entries" DROP COLUMN "default_dialogue_cadence_days"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_963e52c16a31e0291d631c8c22"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_94ba0e5501f5c26a2314142d69"`);
        await queryRunner.query(`DROP TABLE "meeting_themes"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bdc6c2fb4de936dff210a4831d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b43916740cc740db444df43f8b"`);
        await queryRunner.query(`DROP TABLE "meeting_priority_areas"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_139d85691b3b9995a648ce283b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_576e8cd45d5d4e2726be7b239f"`);
        await queryRunner.query(`DROP TABLE "meeting_contacts"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_707b8f55a4be72da6a0ec3e457"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b53f85be17faf7f43363a8425d"`);
        await queryRunner.query(`DROP TABLE "meeting_staff"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2b1ee8f5241686f6b6b215b982"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7fe0790e64745b80cf3609ab78"`);
        await queryRunner.query(`DROP TABLE "meeting_partners"`);
        await queryRunner.query(`DROP INDEX "public"."meeting_actions_owner_due_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0575e240d89893fc997bda9833"`);
        await queryRunner.query(`DROP TABLE "meeting_actions"`);
        await queryRunner.query(`DROP TYPE "public"."action_status"`);
        await queryRunner.query(`DROP INDEX "public"."meeting_logs_occurred_idx"`);
        await queryRunner.query(`DROP TABLE "meeting_logs"`);
        await queryRunner.query(`DROP TYPE "public"."meeting_kind"`);
    }

}
