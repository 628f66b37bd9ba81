import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Pledges and online signing: pledges with immutable, hashed text versions and their commitment
 * options, signatures with their evidence, and hashed signer tokens. Seeds the PACT (organisations)
 * and the City Plan endorsement (individuals).
 */

export class Pledges1795421800172 implements MigrationInterface {
    name = 'Pledges1795421800172'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."pledge_kind" AS ENUM('organisational', 'individual')`);
        await queryRunner.query(`CREATE TABLE "pledges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "kind" "public"."pledge_kind" NOT NULL, "title" character varying(300) NOT NULL, "current_version" integer NOT NULL, "partner_list_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_4434b655e619fe8f4e8db9f9130" UNIQUE ("slug"), CONSTRAINT "PK_cbc41e4e1ba6b2690543f158d22" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "pledge_texts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pledge_id" uuid NOT NULL, "version" integer NOT NULL, "body" text NOT NULL, "sha256" character(64) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b9f456027bba0d7485f65efcec7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "pledge_texts_pledge_version_key" ON "pledge_texts"  ("pledge_id", "version") `);
        await queryRunner.query(`CREATE TYPE "public"."signature_status" AS ENUM('submitted', 'verified', 'approved', 'rejected', 'suspended', 'withdrawn')`);
        await queryRunner.query(`CREATE TABLE "signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pledge_id" uuid NOT NULL, "pledge_text_id" uuid NOT NULL, "text_version" integer NOT NULL, "text_sha256" character(64) NOT NULL, "status" "public"."signature_status" NOT NULL DEFAULT 'submitted', "organisation_name" character varying(300), "organisation_kind_id" uuid, "area_id" uuid, "website" character varying(500), "company_number" character varying(20), "charity_number" character varying(20), "signer_name" character varying(200), "signer_job_title" character varying(200), "email" character varying(320), "email_hash" character(64), "authority_confirmed" boolean NOT NULL DEFAULT false, "listing_consent" boolean NOT NULL DEFAULT false, "listing_consent_at" TIMESTAMP WITH TIME ZONE, "partner_id" uuid, "submitted_ip" inet, "submitted_user_agent" character varying(500), "verified_ip" inet, "verified_user_agent" character varying(500), "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "verified_at" TIMESTAMP WITH TIME ZONE, "approved_at" TIMESTAMP WITH TIME ZONE, "rejected_at" TIMESTAMP WITH TIME ZONE, "suspended_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "erased_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "status_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f56eb3cd344ce7f9ae28ce814eb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_0bba11c99e26b1d87774518237" ON "signatures"  ("partner_id") `);
        await queryRunner.query(`CREATE INDEX "signatures_pledge_version_idx" ON "signatures"  ("pledge_id", "text_version") `);
        await queryRunner.query(`CREATE INDEX "signatures_status_submitted_idx" ON "signatures"  ("status", "submitted_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "signatures_pledge_email_key" ON "signatures"  ("pledge_id", "email_hash") WHERE status <> 'withdrawn' AND email_hash IS NOT NULL`);
        await queryRunner.query(`CREATE TYPE "public"."signature_token_purpose" AS ENUM('verify', 'withdraw', 'certificate')`);
        await queryRunner.query(`CREATE TABLE "signature_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "signature_id" uuid NOT NULL, "purpose" "public"."signature_token_purpose" NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f882f10636b03fd6507b1c7919c" UNIQUE ("token_hash"), CONSTRAINT "PK_33d40e53398c0c4c3feae27eabb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_643c4a131e8517cab9cec19287" ON "signature_tokens"  ("signature_id") `);
        await queryRunner.query(`CREATE TABLE "pledge_commitments" ("pledge_id" uuid NOT NULL, "reference_id" uuid NOT NULL, CONSTRAINT "PK_b1db220b6e7a4f7f1fa71c595c1" PRIMARY KEY ("pledge_id", "reference_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_41985602481e0c713b74bacb39" ON "pledge_commitments"  ("pledge_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_62b3f507e7165b829850cafb1e" ON "pledge_commitments"  ("reference_id") `);
        await queryRunner.query(`CREATE TABLE "signature_commitments" ("signature_id" uuid NOT NULL, "reference_id" uuid NOT NULL, CONSTRAINT "PK_3c2ca34ff0a0afbd1a905fdab20" PRIMARY KEY ("signature_id", "reference_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ac0deafaccbb6db00d3f776e26" ON "signature_commitments"  ("signature_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_6887218b8923d8b8ed6fdb7137" ON "signature_commitments"  ("reference_id") `);
        await queryRunner.query(`ALTER TABLE "pledges" ADD CONSTRAINT "FK_6f5bb965647f06816988f07dcf0" FOREIGN KEY ("partner_list_id") REFERENCES "partner_lists"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pledge_texts" ADD CONSTRAINT "FK_4e85d87c11110882435437b7865" FOREIGN KEY ("pledge_id") REFERENCES "pledges"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "signatures" ADD CONSTRAINT "FK_f6d076c0a7b01c750683d1cffde" FOREIGN KEY ("pledge_id") REFERENCES "pledges"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "signatures" ADD CONSTRAINT "FK_2f30fca1f4b431206a99054fae9" FOREIGN KEY ("pledge_text_id") REFERENCES "pledge_texts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "signatures" ADD CONSTRAINT "FK_31dba361ec3fba599afb79742c5" FOREIGN KEY ("organisation_kind_id") REFERENCES "reference_entries"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "signatures" ADD CONSTRAINT "FK_1762f85bd1704306acc48bbed21" FOREIGN KEY ("area_id") REFERENCES "reference_entries"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "signatures" ADD CONSTRAINT "FK_0bba11c99e26b1d877745182379" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "signature_tokens" ADD CONSTRAINT "FK_643c4a131e8517cab9cec192874" FOREIGN KEY ("signature_id") REFERENCES "signatures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pledge_commitments" ADD CONSTRAINT "FK_41985602481e0c713b74bacb394" FOREIGN KEY ("pledge_id") REFERENCES "pledges"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "pledge_commitments" ADD CONSTRAINT "FK_62b3f507e7165b829850cafb1ed" FOREIGN KEY ("reference_id") REFERENCES "reference_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "signature_commitments" ADD CONSTRAINT "FK_ac0deafaccbb6db00d3f776e26e" FOREIGN KEY ("signature_id") REFERENCES "signatures"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "signature_commitments" ADD CONSTRAINT "FK_6887218b8923d8b8ed6fdb71375" FOREIGN KEY ("reference_id") REFERENCES "reference_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        // A published text never changes, and its stored hash must be the hash of its body.
        await queryRunner.query(`CREATE FUNCTION pledge_texts_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    IF NEW.sha256 IS DISTINCT FROM encode(sha256(convert_to(NEW.body, 'UTF8')), 'hex') THEN
                        RAISE EXCEPTION 'pledge text sha256 does not match its body';
                    END IF;
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'published pledge texts are immutable';
            END $$`);
        await queryRunner.query(`CREATE TRIGGER pledge_texts_immutable BEFORE INSERT OR UPDATE OR DELETE ON "pledge_texts"
            FOR EACH ROW EXECUTE FUNCTION pledge_texts_immutable()`);
        await seedPledges(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER pledge_texts_immutable ON "pledge_texts"`);
        await queryRunner.query(`DROP FUNCTION pledge_texts_immutable()`);
        await queryRunner.query(`ALTER TABLE "signature_commitments" DROP CONSTRAINT "FK_6887218b8923d8b8ed6fdb71375"`);
        await queryRunner.query(`ALTER TABLE "signature_commitments" DROP CONSTRAINT "FK_ac0deafaccbb6db00d3f776e26e"`);
        await queryRunner.query(`ALTER TABLE "pledge_commitments" DROP CONSTRAINT "FK_62b3f507e7165b829850cafb1ed"`);
        await queryRunner.query(`ALTER TABLE "pledge_commitments" DROP CONSTRAINT "FK_41985602481e0c713b74bacb394"`);
        await queryRunner.query(`ALTER TABLE "signature_tokens" DROP CONSTRAINT "FK_643c4a131e8517cab9cec192874"`);
        await queryRunner.query(`ALTER TABLE "signatures" DROP CONSTRAINT "FK_0bba11c99e26b1d877745182379"`);
        await queryRunner.query(`ALTER TABLE "signatures" DROP CONSTRAINT "FK_1762f85bd1704306acc48bbed21"`);
        await queryRunner.query(`ALTER TABLE "signatures" DROP CONSTRAINT "FK_31dba361ec3fba599afb79742c5"`);
        await queryRunner.query(`ALTER TABLE "signatures" DROP CONSTRAINT "FK_2f30fca1f4b431206a99054fae9"`);
        await queryRunner.query(`ALTER TABLE "signatures" DROP CONSTRAINT "FK_f6d076c0a7b01c750683d1cffde"`);
        await queryRunner.query(`ALTER TABLE "pledge_texts" DROP CONSTRAINT "FK_4e85d87c11110882435437b7865"`);
        await queryRunner.query(`ALTER TABLE "pledges" DROP CONSTRAINT "FK_6f5bb965647f06816988f07dcf0"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6887218b8923d8b8ed6fdb7137"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ac0deafaccbb6db00d3f776e26"`);
        await queryRunner.query(`DROP TABLE "signature_commitments"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_62b3f507e7165b829850cafb1e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_41985602481e0c713b74bacb39"`);
        await queryRunner.query(`DROP TABLE "pledge_commitments"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_643c4a131e8517cab9cec19287"`);
        await queryRunner.query(`DROP TABLE "signature_tokens"`);
        await queryRunner.query(`DROP TYPE "public"."signature_token_purpose"`);
        await queryRunner.query(`DROP INDEX "public"."signatures_pledge_email_key"`);
        await queryRunner.query(`DROP INDEX "public"."signatures_status_submitted_idx"`);
        await queryRunner.query(`DROP INDEX "public"."signatures_pledge_version_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0bba11c99e26b1d87774518237"`);
        await queryRunner.query(`DROP TABLE "signatures"`);
        await queryRunner.query(`DROP TYPE "public"."signature_status"`);
        await queryRunner.query(`DROP INDEX "public"."pledge_texts_pledge_version_key"`);
        await queryRunner.query(`DROP TABLE "pledge_texts"`);
        await queryRunner.query(`DROP TABLE "pledges"`);
        await queryRunner.query(`DROP TYPE "public"."pledge_kind"`);
    }

}

const PACT_TEXT = `PACT: Positive Action for Community Transformation

We share a passion for our neighbourhoods, the city of Liverpool and the Liverpool City Region. As a partner in this pact we commit to working in real partnership with the university, with each other and with the people and communities of the city region, to help transform places, lives and life chances. We will act on the four Es:

1. Engaging with local priorities: we will be an active partner, listening to and working in real partnership with a diverse range of people and organisations in our neighbourhoods, the city and the city region.
2. Energising local leadership and partnerships: we will build and maintain a sense of excitement and positivity about what we can achieve together.
3. Empowering local communities: we will help our people and stakeholders contribute to a fairer, greener and more inclusive city and city region.
4. Enabling local change: we will take actions that help transform places, lives and life chances.

We believe in transparency and honesty: we will talk openly about what we plan to do and how we will measure it, so that we can be held to account for the promises we make.`;

const CITY_PLAN_TEXT = `Endorsement of the City Plan

I endorse the City Plan and its vision of a thriving, sustainable, fair city for everyone. I support the Team Liverpool partners in working together, and alongside the people, communities and businesses of Liverpool, towards its six aims:

- A healthier, happier, fairer Liverpool for all
- People educated to succeed throughout life
- Safe and thriving neighbourhoods
- A strong and inclusive economy
- A low carbon, connected and accessible city
- The most exciting city in the UK

I will do what I can, in my own life and community, to help reduce the city's inequalities, tackle discrimination and encourage inclusion.`;

const PLEDGES: { slug: string; kind: string; title: string; body: string; commitments: string; list: string | null }[] = [
    { slug: 'pact', kind: 'organisational', title: 'The PACT: Positive Action for Community Transformation', body: PACT_TEXT, commitments: 'pact-commitment', list: 'pact-partners' },
    { slug: 'city-plan', kind: 'individual', title: 'Endorse the City Plan', body: CITY_PLAN_TEXT, commitments: 'city-aim', list: null },
];

/** The two pledges of the seed documents, each at version 1 (hash computed by the database, as the trigger checks). */
async function seedPledges(queryRunner: QueryRunner): Promise<void> {
    for (const p of PLEDGES) {
        const [{ id }] = (await queryRunner.query(
            `INSERT INTO pledges (slug, kind, title, current_version, partner_list_id)
             VALUES ($1, $2, $3, 1, (SELECT id FROM partner_lists WHERE code = $4)) RETURNING id`,
            [p.slug, p.kind, p.title, p.list],
        )) as { id: string }[];
        await queryRunner.query(
            `INSERT INTO pledge_texts (pledge_id, version, body, sha256) VALUES ($1, 1, $2, encode(sha256(convert_to($2, 'UTF8')), 'hex'))`,
            [id, p.body],
        );
        await queryRunner.query(
            `INSERT INTO pledge_commitments (pledge_id, reference_id) SELECT $1, id FROM reference_entries WHERE category = $2`,
            [id, p.commitments],
        );
    }
}
