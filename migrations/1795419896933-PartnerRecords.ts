import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Partner records: reference data (seeded from the strategy and city plan; editable afterwards),
 * partner lists, partners, contacts with affiliation history, and the append-only audit trail.
 */

export class PartnerRecords1795419896933 implements MigrationInterface {
    name = 'PartnerRecords1795419896933'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE TABLE "audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "action" character varying(40) NOT NULL, "actor_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "changes" jsonb NOT NULL DEFAULT '{}', "reason" text, CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_entries_entity_idx" ON "audit_entries"  ("entity_type", "entity_id", "occurred_at") `);
        await queryRunner.query(`CREATE TABLE "contact_affiliations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contact_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "job_title" character varying(200), "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a428bd7955f24b1da9009d92084" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_fe0e6d4a5e9cc8156e22d7aa06" ON "contact_affiliations"  ("partner_id") `);
        await queryRunner.query(`CREATE INDEX "contact_affiliations_contact_idx" ON "contact_affiliations"  ("contact_id", "started_at") `);
        await queryRunner.query(`CREATE TABLE "reference_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "category" character varying(40) NOT NULL, "code" character varying(80) NOT NULL, "label" character varying(300) NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_edc26aae721ecf7320d0a4df134" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "reference_entries_category_code_key" ON "reference_entries"  ("category", "code") `);
        await queryRunner.query(`CREATE TABLE "partner_lists" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(80) NOT NULL, "name" character varying(200) NOT NULL, "description" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_74b6293a7f81ac9ce7f114df72b" UNIQUE ("code"), CONSTRAINT "PK_8177036ccf8d510a6f2d78eadbd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."partner_status" AS ENUM('prospect', 'active', 'paused', 'ended')`);
        await queryRunner.query(`CREATE TABLE "partners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(300) NOT NULL, "normalized_name" character varying(300) NOT NULL, "legal_name" character varying(300), "kind_id" uuid NOT NULL, "area_id" uuid NOT NULL, "address" text, "postcode" character varying(10), "website" character varying(500), "website_domain" character varying(255), "company_number" character varying(20), "charity_number" character varying(20), "description" text, "tags" text array NOT NULL DEFAULT '{}', "status" "public"."partner_status" NOT NULL DEFAULT 'prospect', "owner_id" uuid, "dialogue_cadence_days" integer, "public_listing_consent" boolean NOT NULL DEFAULT false, "public_listing_consent_at" TIMESTAMP WITH TIME ZONE, "public_listing_consent_by" uuid, "public_fields" text array NOT NULL DEFAULT '{}', "external_ref" character varying(100), "archived_at" TIMESTAMP WITH TIME ZONE, "merged_into_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_998645b20820e4ab99aeae03b41" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_b07467f08cd7650eb17b03ab6a" ON "partners"  ("kind_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_ef30edad8b6e2b2cad5a602948" ON "partners"  ("area_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_adacbcbfac8846a3e4c16b93d0" ON "partners"  ("website_domain") `);
        await queryRunner.query(`CREATE INDEX "IDX_529613a0347990ca636db2748d" ON "partners"  ("company_number") `);
        await queryRunner.query(`CREATE INDEX "IDX_0642744f4620824acff7359179" ON "partners"  ("charity_number") `);
        await queryRunner.query(`CREATE INDEX "partners_tags_idx" ON "partners" USING gin ("tags") `);
        await queryRunner.query(`CREATE INDEX "IDX_25deaed1efbf09835c54f74d6c" ON "partners"  ("status") `);
        await queryRunner.query(`CREATE INDEX "IDX_978ec3f109ac5786a4f0b5e076" ON "partners"  ("owner_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "partners_external_ref_key" ON "partners"  ("external_ref") WHERE external_ref IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_13905059a4cd3e7a2af4764011" ON "partners"  ("archived_at") `);
        await queryRunner.query(`CREATE INDEX "partners_updated_idx" ON "partners"  ("updated_at", "id") `);
        await queryRunner.query(`CREATE INDEX "partners_created_idx" ON "partners"  ("created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "partners_sort_name_idx" ON "partners"  ("normalized_name", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."lawful_basis" AS ENUM('consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests')`);
        await queryRunner.query(`CREATE TABLE "contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid, "full_name" character varying(200) NOT NULL, "job_title" character varying(200), "email" character varying(320), "phone" character varying(40), "is_primary" boolean NOT NULL DEFAULT false, "lawful_basis" "public"."lawful_basis" NOT NULL DEFAULT 'legitimate-interests', "communication_preferences" jsonb NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_752866c5247ddd34fd05559537" ON "contacts"  ("email") `);
        await queryRunner.query(`CREATE INDEX "contacts_partner_name_idx" ON "contacts"  ("partner_id", "full_name", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "contacts_one_primary_per_partner" ON "contacts"  ("partner_id") WHERE is_primary AND archived_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "partner_priority_areas" ("partner_id" uuid NOT NULL, "reference_id" uuid NOT NULL, CONSTRAINT "PK_4cab7fa3694bfb1aaca93678d68" PRIMARY KEY ("partner_id", "reference_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_79cf47e079205d13e756250abd" ON "partner_priority_areas"  ("partner_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_8a87c82900ab442eed38ed1828" ON "partner_priority_areas"  ("reference_id") `);
        await queryRunner.query(`CREATE TABLE "partner_themes" ("partner_id" uuid NOT NULL, "reference_id" uuid NOT NULL, CONSTRAINT "PK_b074891cc99ddff994f8e9d40a0" PRIMARY KEY ("partner_id", "reference_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e9e983f0f0d727edec489c7106" ON "partner_themes"  ("partner_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_f1a6c85d8b72e7eda2905aac7e" ON "partner_themes"  ("reference_id") `);
        await queryRunner.query(`CREATE TABLE "partner_list_memberships" ("partner_id" uuid NOT NULL, "list_id" uuid NOT NULL, CONSTRAINT "PK_28ef3209017f408bae9c79826d9" PRIMARY KEY ("partner_id", "list_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_7fe7db040c8d21fd0548df8d4c" ON "partner_list_memberships"  ("partner_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_26d6129a37fa7f776c13fe0268" ON "partner_list_memberships"  ("list_id") `);
        await queryRunner.query(`ALTER TABLE "partners" ADD CONSTRAINT "FK_b07467f08cd7650eb17b03ab6a8" FOREIGN KEY ("kind_id") REFERENCES "reference_entries"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partners" ADD CONSTRAINT "FK_ef30edad8b6e2b2cad5a602948e" FOREIGN KEY ("area_id") REFERENCES "reference_entries"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partners" ADD CONSTRAINT "FK_978ec3f109ac5786a4f0b5e076e" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contacts" ADD CONSTRAINT "FK_16d8f1efc223fd0bd477c9de2c3" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partner_priority_areas" ADD CONSTRAINT "FK_79cf47e079205d13e756250abd6" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "partner_priority_areas" ADD CONSTRAINT "FK_8a87c82900ab442eed38ed18282" FOREIGN KEY ("reference_id") REFERENCES "reference_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "partner_themes" ADD CONSTRAINT "FK_e9e983f0f0d727edec489c71067" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "partner_themes" ADD CONSTRAINT "FK_f1a6c85d8b72e7eda2905aac7ed" FOREIGN KEY ("reference_id") REFERENCES "reference_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "partner_list_memberships" ADD CONSTRAINT "FK_7fe7db040c8d21fd0548df8d4c1" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "partner_list_memberships" ADD CONSTRAINT "FK_26d6129a37fa7f776c13fe02686" FOREIGN KEY ("list_id") REFERENCES "partner_lists"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`CREATE INDEX "partners_name_trgm_idx" ON "partners" USING gin ("name" gin_trgm_ops)`);
        // Audit entries are append-only; only an erasure that sets crm.audit_redaction may rewrite them.
        await queryRunner.query(`CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' AND current_setting('crm.audit_redaction', true) = 'on' THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'audit entries are append-only';
            END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "audit_entries"
            FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
        await seedReferenceData(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER audit_entries_append_only ON "audit_entries"`);
        await queryRunner.query(`DROP FUNCTION audit_entries_append_only()`);
        await queryRunner.query(`DROP INDEX "public"."partners_name_trgm_idx"`);
        await queryRunner.query(`ALTER TABLE "partner_list_memberships" DROP CONSTRAINT "FK_26d6129a37fa7f776c13fe02686"`);
        await queryRunner.query(`ALTER TABLE "partner_list_memberships" DROP CONSTRAINT "FK_7fe7db040c8d21fd0548df8d4c1"`);
        await queryRunner.query(`ALTER TABLE "partner_themes" DROP CONSTRAINT "FK_f1a6c85d8b72e7eda2905aac7ed"`);
        await queryRunner.query(`ALTER TABLE "partner_themes" DROP CONSTRAINT "FK_e9e983f0f0d727edec489c71067"`);
        await queryRunner.query(`ALTER TABLE "partner_priority_areas" DROP CONSTRAINT "FK_8a87c82900ab442eed38ed18282"`);
        await queryRunner.query(`ALTER TABLE "partner_priority_areas" DROP CONSTRAINT "FK_79cf47e079205d13e756250abd6"`);
        await queryRunner.query(`ALTER TABLE "contacts" DROP CONSTRAINT "FK_16d8f1efc223fd0bd477c9de2c3"`);
        await queryRunner.query(`ALTER TABLE "partners" DROP CONSTRAINT "FK_978ec3f109ac5786a4f0b5e076e"`);
        await queryRunner.query(`ALTER TABLE "partners" DROP CONSTRAINT "FK_ef30edad8b6e2b2cad5a602948e"`);
        await queryRunner.query(`ALTER TABLE "partners" DROP CONSTRAINT "FK_b07467f08cd7650eb17b03ab6a8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_26d6129a37fa7f776c13fe0268"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7fe7db040c8d21fd0548df8d4c"`);
        await queryRunner.query(`DROP TABLE "partner_list_memberships"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f1a6c85d8b72e7eda2905aac7e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e9e983f0f0d727edec489c7106"`);
        await queryRunner.query(`DROP TABLE "partner_themes"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8a87c82900ab442eed38ed1828"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_79cf47e079205d13e756250abd"`);
        await queryRunner.query(`DROP TABLE "partner_priority_areas"`);
        await queryRunner.query(`DROP INDEX "public"."contacts_one_primary_per_partner"`);
        await queryRunner.query(`DROP INDEX "public"."contacts_partner_name_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_752866c5247ddd34fd05559537"`);
        await queryRunner.query(`DROP TABLE "contacts"`);
        await queryRunner.query(`DROP TYPE "public"."lawful_basis"`);
        await queryRunner.query(`DROP INDEX "public"."partners_sort_name_idx"`);
        await queryRunner.query(`DROP INDEX "public"."partners_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."partners_updated_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_13905059a4cd3e7a2af4764011"`);
        await queryRunner.query(`DROP INDEX "public"."partners_external_ref_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_978ec3f109ac5786a4f0b5e076"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_25deaed1efbf09835c54f74d6c"`);
        await queryRunner.query(`DROP INDEX "public"."partners_tags_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0642744f4620824acff7359179"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_529613a0347990ca636db2748d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_adacbcbfac8846a3e4c16b93d0"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ef30edad8b6e2b2cad5a602948"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b07467f08cd7650eb17b03ab6a"`);
        await queryRunner.query(`DROP TABLE "partners"`);
        await queryRunner.query(`DROP TYPE "public"."partner_status"`);
        await queryRunner.query(`DROP TABLE "partner_lists"`);
        await queryRunner.query(`DROP INDEX "public"."reference_entries_category_code_key"`);
        await queryRunner.query(`DROP TABLE "reference_entries"`);
        await queryRunner.query(`DROP INDEX "public"."contact_affiliations_contact_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fe0e6d4a5e9cc8156e22d7aa06"`);
        await queryRunner.query(`DROP TABLE "contact_affiliations"`);
        await queryRunner.query(`DROP INDEX "public"."audit_entries_entity_idx"`);
        await queryRunner.query(`DROP TABLE "audit_entries"`);
        await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    }

}

type Seed = [category: string, code: string, label: string];

const slug = (label: string): string =>
    label.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);

const list = (category: string, labels: string[]): Seed[] => labels.map((label) => [category, slug(label), label]);

/** The installation's starting reference data; another city replaces it through the admin API. */
const REFERENCE_SEED: Seed[] = [
    ...list('area', ['Liverpool', 'Wirral', 'Sefton', 'Knowsley', 'St Helens', 'Halton', 'Outside the region']),
    ...list('organisation-kind', [
        'Combined authority', 'Local authority', 'University', 'Further education college', 'School',
        'Business (SME)', 'Business (large)', 'Social enterprise', 'Charity', 'Voluntary or community body',
        'Faith organisation', 'Trade union', 'NHS provider', 'Police', 'Fire and rescue', 'Other public body',
        'National or international organisation',
    ]),
    ...list('priority-area', [
        'Employment and skills', 'Adult Education Budget', 'Commercialisation and Innovation', 'Local Industrial Strategy',
        'Spatial planning', 'EU and Brexit', 'Fairness and social inclusion', 'Housing', 'Energy and environment',
        'Culture', 'Homelessness', 'Transport', 'Health and wellbeing',
    ]),
    ...list('theme', ['People and Skills', 'Place and Community', 'Knowledge and Impact']),
    ...list('promise', [
        'Building and sharing knowledge, understanding and value', 'Being good neighbours', 'Being local champions',
        'Being positive, meaningful partners', 'Making a difference every day',
    ]),
    ...list('pact-commitment', [
        'Engaging with local priorities', 'Energising local leadership and partnerships',
        'Empowering local communities', 'Enabling local change',
    ]),
    ...list('city-aim', [
        'A healthier, happier, fairer city for all', 'People educated to succeed throughout life',
        'Safe and thriving neighbourhoods', 'A strong and inclusive economy',
        'A low carbon, connected and accessible city', 'The most exciting city in the UK',
    ]),
    ...[
        'Socio economic inequalities (health, education, skills and employment etc)', 'Healthy life expectancy',
        'Infant mortality', 'Premature mortality rates for chronic conditions', 'Mental health and wellbeing',
        'Educational attainment at all key stages', 'Skills rates', 'Housing quality',
        'Homelessness prevention and reduction', 'Community safety and pride of place', 'Re-offending',
        'People and families in poverty', 'Jobs and employment rate', "Diversity of the city's workforce",
        'Workers earning above the real living wage', 'Higher value and clean growth sectors', 'Good business practice',
        'CO2 emissions citywide and within our organisations', 'Air quality', 'Community cohesion and a welcoming city',
        'The social impact of public anchor organisations', 'Neighbourhood coproduction of local services',
    ].map((label, i): Seed => ['city-outcome', `outcome-${String(i + 1).padStart(2, '0')}`, `${i + 1}. ${label}`]),
];

const PARTNER_LISTS: [code: string, name: string, description: string][] = [
    ['strategy-partners', 'Strategy partners', 'The formal list of partners published under the Place and Partnership Strategy.'],
    ['pact-partners', 'PACT partners', 'Organisations that have signed the PACT pledge.'],
];

async function seedReferenceData(queryRunner: QueryRunner): Promise<void> {
    const order = new Map<string, number>();
    for (const [category, code, label] of REFERENCE_SEED) {
        const sortOrder = (order.get(category) ?? 0) + 10;
        order.set(category, sortOrder);
        await queryRunner.query(
            `INSERT INTO reference_entries (category, code, label, sort_order) VALUES ($1, $2, $3, $4)`,
            [category, code, label, sortOrder],
        );
    }
    for (const [code, name, description] of PARTNER_LISTS) {
        await queryRunner.query(`INSERT INTO partner_lists (code, name, description) VALUES ($1, $2, $3)`, [code, name, description]);
    }
}
