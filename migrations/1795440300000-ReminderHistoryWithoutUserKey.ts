import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reminder history without its foreign key to users. A digest claims all its items in one INSERT (thousands for a
 * team lead), and checking the key row by row was about a third of the claim's time. Rows are written only by the
 * claim, in the transaction that inserted the user's reminder_digests row, which keeps its key; users are
 * deactivated, never deleted.
 */
export class ReminderHistoryWithoutUserKey1795440300000 implements MigrationInterface {
    name = 'ReminderHistoryWithoutUserKey1795440300000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "reminder_history" DROP CONSTRAINT "FK_0bda0af10d79be03222c32f0331"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // What the key's ON DELETE CASCADE would have removed meanwhile.
        await queryRunner.query(`DELETE FROM "reminder_history" h WHERE NOT EXISTS (SELECT 1 FROM "users" u WHERE u.id = h.user_id)`);
        await queryRunner.query(`ALTER TABLE "reminder_history" ADD CONSTRAINT "FK_0bda0af10d79be03222c32f0331" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }
}
