import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Data protection: consent recorded as events (backfilled from the flags that existed before), the suppression
 * list of erased people (keyed hashes only), the signatories' lawful basis, when a contact was erased and when a
 * partner's relationship ended (for retention), a `cancelled` outbox status, and an audit trigger that lets an
 * erasure replace personal values with its marker and nothing else.
 */

/** Versions of the consent wording on the signing form (see src/pledges/consent-wording.ts) when this shipped. */
const ORGANISATION_LISTING_WORDING = 'organisation-listing/v1';
const INDIVIDUAL_NAME_WORDING = 'individual-name-display/v1';

/** The trigger as it was: any UPDATE under crm.audit_redaction = 'on' passed. */
const APPEND_ONLY_BEFORE = `CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' AND current_setting('crm.audit_redaction', true) = 'on' THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'audit entries are append-only';
            END $$`;

export class DataProtection1795429225675 implements MigrationInterface {
    name = 'DataProtection1795429225675'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."consent_subject_type" AS ENUM('partner', 'contact', 'signature')`);
        await queryRunner.query(`CREATE TYPE "public"."consent_action" AS ENUM('given', 'withdrawn')`);
        await queryRunner.query(`CREATE TYPE "public"."consent_source" AS ENUM('form', 'staff', 'system', 'migration')`);
        await queryRunner.query(`CREATE TABLE "consent_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_type" "public"."consent_subject_type" NOT NULL, "subject_id" uuid NOT NULL, "purpose" character varying(60) NOT NULL, "action" "public"."consent_action" NOT NULL, "source" "public"."consent_source" NOT NULL, "actor_id" uuid, "wording_version" character varying(200), "details" jsonb NOT NULL DEFAULT '{}', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_40ecc066035b8a4e5a6dcdfb46e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "consent_events_subject_idx" ON "consent_events"  ("subject_type", "subject_id", "occurred_at") `);
        await queryRunner.query(`CREATE TABLE "suppression_entries" ("subject_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_133249435e91013fc89b9c337c8" PRIMARY KEY ("subject_hash"))`);
        await queryRunner.query(`ALTER TABLE "partners" ADD "ended_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "contacts" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "signatures" ADD "lawful_basis" "public"."lawful_basis" NOT NULL DEFAULT 'consent'`);
        await queryRunner.query(`ALTER TYPE "public"."outbox_status" ADD VALUE 'cancelled'`);
        await restrictAuditUpdatesToRedaction(queryRunner);
        await backfillEndedAt(queryRunner);
        await backfillConsentEvents(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(APPEND_ONLY_BEFORE);
        await queryRunner.query(`DROP FUNCTION audit_redaction_only(jsonb, jsonb)`);
        // Cancelled mails were never sent: the closest older status is failed.
        await queryRunner.query(`UPDATE "mail_outbox" SET "status" = 'failed' WHERE "status" = 'cancelled'`);
        await queryRunner.query(`DROP INDEX "public"."mail_outbox_pending_idx"`);
        await queryRunner.query(`ALTER TABLE "mail_outbox" ALTER COLUMN "status" DROP DEFAULT`);
        await queryRunner.query(`CREATE TYPE "public"."outbox_status_old" AS ENUM('pending', 'sending', 'sent', 'failed')`);
        await queryRunner.query(`ALTER TABLE "mail_outbox" ALTER COLUMN "status" TYPE "public"."outbox_status_old" USING "status"::"text"::"public"."outbox_status_old"`);
        await queryRunner.query(`DROP TYPE "public"."outbox_status"`);
        await queryRunner.query(`ALTER TYPE "public"."outbox_status_old" RENAME TO "outbox_status"`);
        await queryRunner.query(`ALTER TABLE "mail_outbox" ALTER COLUMN "status" SET DEFAULT 'pending'`);
        await queryRunner.query(`CREATE INDEX "mail_outbox_pending_idx" ON "mail_outbox" ("created_at") WHERE status = 'pending'`);
        await queryRunner.query(`ALTER TABLE "signatures" DROP COLUMN "lawful_basis"`);
        await queryRunner.query(`ALTER TABLE "contacts" DROP COLUMN "erased_at"`);
        await queryRunner.query(`ALTER TABLE "partners" DROP COLUMN "ended_at"`);
        await queryRunner.query(`DROP TABLE "suppression_entries"`);
        await queryRunner.query(`DROP INDEX "public"."consent_events_subject_idx"`);
        await queryRunner.query(`DROP TABLE "consent_events"`);
        await queryRunner.query(`DROP TYPE "public"."consent_source"`);
        await queryRunner.query(`DROP TYPE "public"."consent_action"`);
        await queryRunner.query(`DROP TYPE "public"."consent_subject_type"`);
    }

}

/**
 * Audit entries stay append-only. The one exception: with crm.audit_redaction = 'on' (set only by erasure and
 * retention, for their own transaction), an UPDATE may replace string values in `changes` — and the whole
 * `reason` — with the marker `erased:<64 hex>`. Every other column, every other value and the shape of
 * `changes` must stay as they were, so even code that sets the flag cannot rewrite what happened.
 */
async function restrictAuditUpdatesToRedaction(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION audit_redaction_only(old_value jsonb, new_value jsonb) RETURNS boolean
        LANGUAGE plpgsql IMMUTABLE AS $$
            DECLARE
                field text;
                i integer;
            BEGIN
                IF old_value IS NOT DISTINCT FROM new_value THEN
                    RETURN true;
                END IF;
                IF jsonb_typeof(old_value) = 'string' AND jsonb_typeof(new_value) = 'string' THEN
                    RETURN (new_value #>> '{}') ~ '^erased:[0-9a-f]{64}$';
                END IF;
                IF jsonb_typeof(old_value) = 'object' AND jsonb_typeof(new_value) = 'object' THEN
                    IF NOT (old_value ?& ARRAY(SELECT jsonb_object_keys(new_value))
                            AND new_value ?& ARRAY(SELECT jsonb_object_keys(old_value))) THEN
                        RETURN false;
                    END IF;
                    FOR field IN SELECT jsonb_object_keys(old_value) LOOP
                        IF NOT audit_redaction_only(old_value -> field, new_value -> field) THEN
                            RETURN false;
                        END IF;
                    END LOOP;
                    RETURN true;
                END IF;
                IF jsonb_typeof(old_value) = 'array' AND jsonb_typeof(new_value) = 'array'
                        AND jsonb_array_length(old_value) = jsonb_array_length(new_value) THEN
                    FOR i IN 0 .. jsonb_array_length(old_value) - 1 LOOP
                        IF NOT audit_redaction_only(old_value -> i, new_value -> i) THEN
                            RETURN false;
                        END IF;
                    END LOOP;
                    RETURN true;
                END IF;
                RETURN false;
            END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' AND current_setting('crm.audit_redaction', true) = 'on'
                        AND NEW.id = OLD.id AND NEW.entity_type = OLD.entity_type AND NEW.entity_id = OLD.entity_id
                        AND NEW.action = OLD.action AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
                        AND NEW.occurred_at = OLD.occurred_at
                        AND (NEW.reason IS NOT DISTINCT FROM OLD.reason OR NEW.reason ~ '^erased:[0-9a-f]{64}$')
                        AND audit_redaction_only(OLD.changes, NEW.changes) THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'audit entries are append-only (an erasure may only replace personal values with its marker)';
            END $$`);
}

/** Partners already ended: the last audited change to `ended`, else their last update. */
async function backfillEndedAt(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "partners" p SET "ended_at" = COALESCE(
            (SELECT max(a.occurred_at) FROM "audit_entries" a
              WHERE a.entity_type = 'partner' AND a.entity_id = p.id AND a.changes -> 'status' ->> 'after' = 'ended'),
            p.updated_at)
        WHERE p.status = 'ended'`);
}

/** The consent flags held so far become their first events (source `migration`). */
async function backfillConsentEvents(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO "consent_events" (subject_type, subject_id, purpose, action, source, actor_id, details, occurred_at)
        SELECT 'partner', id, 'public-listing', 'given', 'migration', public_listing_consent_by,
               jsonb_build_object('recordedBy', CASE WHEN public_listing_consent_by IS NULL THEN 'form' ELSE 'staff' END,
                                  'fields', to_jsonb(public_fields)),
               COALESCE(public_listing_consent_at, updated_at)
          FROM "partners" WHERE public_listing_consent`);
    await queryRunner.query(`INSERT INTO "consent_events" (subject_type, subject_id, purpose, action, source, wording_version, occurred_at)
        SELECT 'signature', s.id, 'pledge-signature', 'given', 'migration',
               p.slug || '/v' || s.text_version || '/sha256:' || s.text_sha256, s.submitted_at
          FROM "signatures" s JOIN "pledges" p ON p.id = s.pledge_id`);
    await queryRunner.query(`INSERT INTO "consent_events" (subject_type, subject_id, purpose, action, source, wording_version, occurred_at)
        SELECT 'signature', s.id, CASE p.kind WHEN 'individual' THEN 'name-display' ELSE 'public-listing' END, 'given', 'migration',
               CASE p.kind WHEN 'individual' THEN '${INDIVIDUAL_NAME_WORDING}' ELSE '${ORGANISATION_LISTING_WORDING}' END,
               s.listing_consent_at
          FROM "signatures" s JOIN "pledges" p ON p.id = s.pledge_id
         WHERE s.listing_consent_at IS NOT NULL`);
    await queryRunner.query(`INSERT INTO "consent_events" (subject_type, subject_id, purpose, action, source, occurred_at)
        SELECT 'signature', s.id, purpose.name, 'withdrawn', 'migration', s.withdrawn_at
          FROM "signatures" s JOIN "pledges" p ON p.id = s.pledge_id
         CROSS JOIN LATERAL (VALUES ('pledge-signature'), (CASE p.kind WHEN 'individual' THEN 'name-display' ELSE 'public-listing' END)) AS purpose(name)
         WHERE s.status = 'withdrawn' AND s.withdrawn_at IS NOT NULL
           AND (purpose.name = 'pledge-signature' OR s.listing_consent_at IS NOT NULL)`);
    await queryRunner.query(`INSERT INTO "consent_events" (subject_type, subject_id, purpose, action, source, occurred_at)
        SELECT 'contact', c.id, 'communications.' || pref.key, 'given', 'migration', c.created_at
          FROM "contacts" c CROSS JOIN LATERAL jsonb_each(c.communication_preferences) AS pref(key, value)
         WHERE pref.value = 'true'::jsonb`);
}
