import { MigrationInterface, QueryRunner } from "typeorm";

/** Reminder digests: staff preferences, runs (one per date), digests (one per owner per run) and reminder history. */

export class Reminders1795422005857 implements MigrationInterface {
    name = 'Reminders1795422005857'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "reminder_digests" ("run_date" date NOT NULL, "user_id" uuid NOT NULL, "outbox_id" uuid, "item_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e578962fb35b8d900f83353a8c" PRIMARY KEY ("run_date", "user_id"))`);
        await queryRunner.query(`CREATE TYPE "public"."reminder_item_type" AS ENUM('partner', 'action', 'agreement')`);
        await queryRunner.query(`CREATE TABLE "reminder_history" ("user_id" uuid NOT NULL, "item_type" "public"."reminder_item_type" NOT NULL, "item_id" uuid NOT NULL, "cycle" character varying(60) NOT NULL, "run_date" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e8b956824ddfae0d9b7250245f2" PRIMARY KEY ("user_id", "item_type", "item_id", "cycle"))`);
        await queryRunner.query(`CREATE INDEX "reminder_history_run_date_idx" ON "reminder_history"  ("run_date") `);
        await queryRunner.query(`CREATE TYPE "public"."digest_frequency" AS ENUM('daily', 'weekly', 'paused')`);
        await queryRunner.query(`CREATE TABLE "reminder_preferences" ("user_id" uuid NOT NULL, "frequency" "public"."digest_frequency" NOT NULL DEFAULT 'daily', "weekly_day" smallint NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reminder_preferences_weekly_day_check" CHECK ("weekly_day" BETWEEN 1 AND 7), CONSTRAINT "PK_a2eeb77999349c8777d23b05ccd" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`CREATE TABLE "reminder_runs" ("run_date" date NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "fanned_out_at" TIMESTAMP WITH TIME ZONE, "recipients" integer, CONSTRAINT "PK_6fa072daeccbcca7548b1f84387" PRIMARY KEY ("run_date"))`);
        await queryRunner.query(`ALTER TABLE "reminder_digests" ADD CONSTRAINT "FK_a6ca2464a55da2f5c9d366c5217" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "reminder_history" ADD CONSTRAINT "FK_0bda0af10d79be03222c32f0331" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "reminder_preferences" ADD CONSTRAINT "FK_a2eeb77999349c8777d23b05ccd" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "reminder_preferences" DROP CONSTRAINT "FK_a2eeb77999349c8777d23b05ccd"`);
        await queryRunner.query(`ALTER TABLE "reminder_history" DROP CONSTRAINT "FK_0bda0af10d79be03222c32f0331"`);
        await queryRunner.query(`ALTER TABLE "reminder_digests" DROP CONSTRAINT "FK_a6ca2464a55da2f5c9d366c5217"`);
        await queryRunner.query(`DROP TABLE "reminder_runs"`);
        await queryRunner.query(`DROP TABLE "reminder_preferences"`);
        await queryRunner.query(`DROP TYPE "public"."digest_frequency"`);
        await queryRunner.query(`DROP INDEX "public"."reminder_history_run_date_idx"`);
        await queryRunner.query(`DROP TABLE "reminder_history"`);
        await queryRunner.query(`DROP TYPE "public"."reminder_item_type"`);
        await queryRunner.query(`DROP TABLE "reminder_digests"`);
    }

}
