import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The implementation plan: activities (theme, promises, city outcomes, priority areas, lead and other
 * partners, owner, target date, RAG status), dated progress updates, case studies, and frozen quarterly
 * updates, which a trigger keeps immutable: only `published_at` may be set, once, and no row is deleted.
 */

export class ImplementationPlan1795428696994 implements MigrationInterface {
    name = 'ImplementationPlan1795428696994'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."activity_priority" AS ENUM('current', 'planned', 'longer-term')`);
        await queryRunner.query(`CREATE TYPE "public"."activity_status" AS ENUM('not-started', 'on-track', 'at-risk', 'off-track', 'done')`);
        await queryRunner.query(`CREATE TABLE "plan_activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "description" text, "theme_id" uuid NOT NULL, "priority" "public"."activity_priority" NOT NULL DEFAULT 'current', "status" "public"."activity_status" NOT NULL DEFAULT 'not-started', "owner_id" uuid, "target_date" date, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f1937e5d3ae2046fb220d4e8da1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_27729ba6be79bf3e4bf85a7769" ON "plan_activities"  ("theme_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_5b01ab8f5454d774827d3ed316" ON "plan_activities"  ("status") `);
        await queryRunner.query(`CREATE INDEX "IDX_19f4f8a478828f84fb65fc5495" ON "plan_activities"  ("owner_id") `);
        await queryRunner.query(`CREATE INDEX "plan_activities_target_idx" ON "plan_activities"  ("target_date", "id") `);
        await queryRunner.query(`CREATE TABLE "case_studies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "story" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18a30cb83a1df4d8df5ddc6b39e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "plan_progress_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activity_id" uuid NOT NULL, "reported_on" date NOT NULL, "status" "public"."activity_status" NOT NULL, "summary" text NOT NULL, "evidence_links" text array NOT NULL DEFAULT '{}', "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_220a8005cbcb4df38e792f29eb4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "plan_progress_updates_activity_idx" ON "plan_progress_updates"  ("activity_id", "reported_on", "created_at") `);
        await queryRunner.query(`CREATE TABLE "quarterly_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "quarter" character varying(7) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "frozen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "frozen_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "activities" jsonb NOT NULL, "figures" jsonb NOT NULL, "sha256" character(64) NOT NULL, CONSTRAINT "PK_c2f3d694fa256ebbeaa6da720bd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "quarterly_updates_quarter_key" ON "quarterly_updates"  ("quarter") `);
        await queryRunner.query(`CREATE TABLE "plan_activity_promises" ("activity_id" uuid NOT NULL, "reference_id" uuid NOT NULL, CONSTRAINT "PK_ae6ea48a3b0751837bc68f0f116" PRIMARY KEY ("activity_id", "reference_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9a1c01213a54f114251db0d41b" ON "plan_activity_promises"  ("activity_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_21b6d582deddfe2b561c42d24d" ON "plan_activity_promises"  ("reference_id") `);
        await queryRunner.query(`CREATE TABLE "plan_activity_outcomes" ("activity_id" uuid NOT NULL, "reference_id" uuid NOT NULL, CONSTRAINT "PK_080a0343cd704d7ef30bbc2e1e7" PRIMARY KEY ("activity_id", "reference_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_7a859fb970f8f78b0fd35c3fb2" ON "plan_activity_outcomes"  ("activity_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_9344811ae37e0f6b0021f59d59" ON "plan_activity_outcomes"  ("reference_id") `);
        await queryRunner.query(`CREATE TABLE "plan_activity_priority_areas" ("activity_id" uuid NOT NULL, "reference_id" uuid NOT NULL, CONSTRAINT "PK_82c68626da628df1ed79740673a" PRIMARY KEY ("activity_id", "reference_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_785e9ece4e58977f12be0ce700" ON "plan_activity_priority_areas"  ("activity_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_696b9b1ee959723c470a5c37fa" ON "plan_activity_priority_areas"  ("reference_id") `);
        await queryRunner.query(`CREATE TABLE "plan_activity_lead_partners" ("activity_id" uuid NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_f991e07d2aaf9cdcdeccb480fd7" PRIMARY KEY ("activity_id", "partner_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_db2a7af90b2c60b25b9024ed39" ON "plan_activity_lead_partners"  ("activity_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_91a231990407f5ffc9570a4dd7" ON "plan_activity_lead_partners"  ("partner_id") `);
        await queryRunner.query(`CREATE TABLE "plan_activity_partners" ("activity_id" uuid NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_d77bd3a0a5c3f3c76a23f81756a" PRIMARY KEY ("activity_id", "partner_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_99ccab9712ce7279392b7fd82a" ON "plan_activity_partners"  ("activity_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_936c1f607f0e2b9ff525c6c1f4" ON "plan_activity_partners"  ("partner_id") `);
        await queryRunner.query(`CREATE TABLE "case_study_activities" ("case_study_id" uuid NOT NULL, "activity_id" uuid NOT NULL, CONSTRAINT "PK_795d5d8ca0d91419069d68f0586" PRIMARY KEY ("case_study_id", "activity_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_28ed341a7ce972602337f6bea1" ON "case_study_activities"  ("case_study_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_afe3dff832f646cfafeba4f58e" ON "case_study_activities"  ("activity_id") `);
        await queryRunner.query(`CREATE TABLE "case_study_partners" ("case_study_id" uuid NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_b8a4367a1eb454cbbaac184e6b2" PRIMARY KEY ("case_study_id", "partner_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_1e0078bd84f4cccd4541c170b3" ON "case_study_partners"  ("case_study_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_8e2e80ca07c1b9e8ddc373bd18" ON "case_study_partners"  ("partner_id") `);
        await queryRunner.query(`ALTER TABLE "plan_activities" ADD CONSTRAINT "FK_27729ba6be79bf3e4bf85a7769a" FOREIGN KEY ("theme_id") REFERENCES "reference_entries"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plan_activities" ADD CONSTRAINT "FK_19f4f8a478828f84fb65fc54955" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plan_progress_updates" ADD CONSTRAINT "FK_5264624a404b64f949723c0b1a0" FOREIGN KEY ("activity_id") REFERENCES "plan_activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "plan_activity_promises" ADD CONSTRAINT "FK_9a1c01213a54f114251db0d41bc" FOREIGN KEY ("activity_id") REFERENCES "plan_activities"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "plan_activity_promises" ADD CONSTRAINT "FK_21b6d582deddfe2b561c42d24d1" FOREIGN KEY ("reference_id") REFERENCES "reference_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "plan_activity_outcomes" ADD CONSTRAINT "FK_7a859fb970f8f78b0fd35c3fb27" FOREIGN KEY ("activity_id") REFERENCES "plan_activities"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "plan_activity_outcomes" ADD CONSTRAINT "FK_9344811ae37e0f6b0021f59d59f" FOREIGN KEY ("reference_id") REFERENCES "reference_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "plan_activity_priority_areas" ADD CONSTRAINT "FK_785e9ece4e58977f12be0ce7001" FOREIGN KEY ("activity_id") REFERENCES "plan_activities"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "plan_activity_priority_areas" ADD CONSTRAINT "FK_696b9b1ee959723c470a5c37fab" FOREIGN KEY ("reference_id") REFERENCES "reference_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "plan_activity_lead_partners" ADD CONSTRAINT "FK_db2a7af90b2c60b25b9024ed39e" FOREIGN KEY ("activity_id") REFERENCES "plan_activities"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "plan_activity_lead_partners" ADD CONSTRAINT "FK_91a231990407f5ffc9570a4dd7a" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "plan_activity_partners" ADD CONSTRAINT "FK_99ccab9712ce7279392b7fd82a1" FOREIGN KEY ("activity_id") REFERENCES "plan_activities"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "plan_activity_partners" ADD CONSTRAINT "FK_936c1f607f0e2b9ff525c6c1f48" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "case_study_activities" ADD CONSTRAINT "FK_28ed341a7ce972602337f6bea1d" FOREIGN KEY ("case_study_id") REFERENCES "case_studies"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "case_study_activities" ADD CONSTRAINT "FK_afe3dff832f646cfafeba4f58e1" FOREIGN KEY ("activity_id") REFERENCES "plan_activities"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "case_study_partners" ADD CONSTRAINT "FK_1e0078bd84f4cccd4541c170b34" FOREIGN KEY ("case_study_id") REFERENCES "case_studies"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "case_study_partners" ADD CONSTRAINT "FK_8e2e80ca07c1b9e8ddc373bd188" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`
            CREATE FUNCTION quarterly_updates_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION 'quarterly update % is frozen and cannot be deleted', OLD.quarter USING ERRCODE = 'check_violation';
              END IF;
              IF (NEW.id, NEW.quarter, NEW.period_start, NEW.period_end, NEW.frozen_at, NEW.frozen_by, NEW.activities, NEW.figures, NEW.sha256)
                 IS DISTINCT FROM (OLD.id, OLD.quarter, OLD.period_start, OLD.period_end, OLD.frozen_at, OLD.frozen_by, OLD.activities, OLD.figures, OLD.sha256)
                 OR (OLD.published_at IS NOT NULL AND NEW.published_at IS DISTINCT FROM OLD.published_at) THEN
                RAISE EXCEPTION 'quarterly update % is frozen: only its first publication may be recorded', OLD.quarter USING ERRCODE = 'check_violation';
              END IF;
              RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER quarterly_updates_frozen BEFORE UPDATE OR DELETE ON quarterly_updates FOR EACH ROW EXECUTE FUNCTION quarterly_updates_frozen()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER quarterly_updates_frozen ON quarterly_updates`);
        await queryRunner.query(`DROP FUNCTION quarterly_updates_frozen()`);
        await queryRunner.query(`ALTER TABLE "case_study_partners" DROP CONSTRAINT "FK_8e2e80ca07c1b9e8ddc373bd188"`);
        await queryRunner.query(`ALTER TABLE "case_study_partners" DROP CONSTRAINT "FK_1e0078bd84f4cccd4541c170b34"`);
        await queryRunner.query(`ALTER TABLE "case_study_activities" DROP CONSTRAINT "FK_afe3dff832f646cfafeba4f58e1"`);
        await queryRunner.query(`ALTER TABLE "case_study_activities" DROP CONSTRAINT "FK_28ed341a7ce972602337f6bea1d"`);
        await queryRunner.query(`ALTER TABLE "plan_activity_partners" DROP CONSTRAINT "FK_936c1f607f0e2b9ff525c6c1f48"`);
        await queryRunner.query(`ALTER TABLE "plan_activity_partners" DROP CONSTRAINT "FK_99ccab9712ce7279392b7fd82a1"`);
        await queryRunner.query(`ALTER TABLE "plan_activity_lead_partners" DROP CONSTRAINT "FK_91a231990407f5ffc9570a4dd7a"`);
        await queryRunner.query(`ALTER TABLE "plan_activity_lead_partners" DROP CONSTRAINT "FK_db2a7af90b2c60b25b9024ed39e"`);
        await queryRunner.query(`ALTER TABLE "plan_activity_priority_areas" DROP CONSTRAINT "FK_696b9b1ee959723c470a5c37fab"`);
        await queryRunner.query(`ALTER TABLE "plan_activity_priority_areas" DROP CONSTRAINT "FK_785e9ece4e58977f12be0ce7001"`);
        await queryRunner.query(`ALTER TABLE "plan_activity_outcomes" DROP CONSTRAINT "FK_9344811ae37e0f6b0021f59d59f"`);
        await queryRunner.query(`ALTER TABLE "plan_activity_outcomes" DROP CONSTRAINT "FK_7a859fb970f8f78b0fd35c3fb27"`);
        await queryRunner.query(`ALTER TABLE "plan_activity_promises" DROP CONSTRAINT "FK_21b6d582deddfe2b561c42d24d1"`);
        await queryRunner.query(`ALTER TABLE "plan_activity_promises" DROP CONSTRAINT "FK_9a1c01213a54f114251db0d41bc"`);
        await queryRunner.query(`ALTER TABLE "plan_progress_updates" DROP CONSTRAINT "FK_5264624a404b64f949723c0b1a0"`);
        await queryRunner.query(`ALTER TABLE "plan_activities" DROP CONSTRAINT "FK_19f4f8a478828f84fb65fc54955"`);
        await queryRunner.query(`ALTER TABLE "plan_activities" DROP CONSTRAINT "FK_27729ba6be79bf3e4bf85a7769a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8e2e80ca07c1b9e8ddc373bd18"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1e0078bd84f4cccd4541c170b3"`);
        await queryRunner.query(`DROP TABLE "case_study_partners"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_afe3dff832f646cfafeba4f58e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_28ed341a7ce972602337f6bea1"`);
        await queryRunner.query(`DROP TABLE "case_study_activities"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_936c1f607f0e2b9ff525c6c1f4"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_99ccab9712ce7279392b7fd82a"`);
        await queryRunner.query(`DROP TABLE "plan_activity_partners"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_91a231990407f5ffc9570a4dd7"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_db2a7af90b2c60b25b9024ed39"`);
        await queryRunner.query(`DROP TABLE "plan_activity_lead_partners"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_696b9b1ee959723c470a5c37fa"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_785e9ece4e58977f12be0ce700"`);
        await queryRunner.query(`DROP TABLE "plan_activity_priority_areas"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9344811ae37e0f6b0021f59d59"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7a859fb970f8f78b0fd35c3fb2"`);
        await queryRunner.query(`DROP TABLE "plan_activity_outcomes"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_21b6d582deddfe2b561c42d24d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9a1c01213a54f114251db0d41b"`);
        await queryRunner.query(`DROP TABLE "plan_activity_promises"`);
        await queryRunner.query(`DROP INDEX "public"."quarterly_updates_quarter_key"`);
        await queryRunner.query(`DROP TABLE "quarterly_updates"`);
        await queryRunner.query(`DROP INDEX "public"."plan_progress_updates_activity_idx"`);
        await queryRunner.query(`DROP TABLE "plan_progress_updates"`);
        await queryRunner.query(`DROP TABLE "case_studies"`);
        await queryRunner.query(`DROP INDEX "public"."plan_activities_target_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_19f4f8a478828f84fb65fc5495"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5b01ab8f5454d774827d3ed316"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_27729ba6be79bf3e4bf85a7769"`);
        await queryRunner.query(`DROP TABLE "plan_activities"`);
        await queryRunner.query(`DROP TYPE "public"."activity_status"`);
        await queryRunner.query(`DROP TYPE "public"."activity_priority"`);
    }

}
