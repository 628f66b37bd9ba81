import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Mail retried over a long horizon: a transient failure leaves the row pending until next_attempt_at,
 * until retry_until (null: the configured horizon from created_at). Rows closed as failed only because
 * their worker was interrupted (at-most-once, before this) stay failed; staff can resend them.
 */
export class MailRetryHorizon1796310000000 implements MigrationInterface {
    name = 'MailRetryHorizon1796310000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "mail_outbox" ADD "retry_until" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "mail_outbox" ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "next_attempt_at"`);
        await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "retry_until"`);
    }
}
