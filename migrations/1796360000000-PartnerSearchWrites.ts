import { MigrationInterface, QueryRunner } from "typeorm";

/** The search columns' sources: an UPDATE that leaves all of them as they were leaves the search text too. */
const SOURCES = ['name', 'legal_name', 'alternative_names', 'website_domain', 'company_number', 'charity_number', 'postcode'];

/**
 * Cheaper writes of the search text (migrations/…-PartnerSearch), the same text: the trigger normalises four
 * values instead of seven (the legal name, other names and website domain as one text, which normalises to the
 * same words; the company number once for both its forms), and runs on UPDATE only when one of its sources
 * changed (before, naming a column in SET was enough: an import re-sending every column paid for every row).
 * The trigram index flushes its pending list (rows inserted but not yet merged into the index) at 512 kB instead
 * of 4 MB: every search scans that list, and with a few MB of it after an import the planner took a sequential
 * scan of all partners over the index.
 */
export class PartnerSearchWrites1796360000000 implements MigrationInterface {
    name = 'PartnerSearchWrites1796360000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION partners_search_text() RETURNS trigger LANGUAGE plpgsql AS $f$
            DECLARE
              postcode text := upper(regexp_replace(coalesce(NEW.postcode, ''), '\\s+', '', 'g'));
              company text := crm_search_normalise(NEW.company_number);
            BEGIN
              NEW.search_name := crm_search_normalise(NEW.name);
              NEW.search_text := concat_ws(' ',
                NEW.search_name,
                nullif(crm_search_normalise(concat_ws(' ', NEW.legal_name, array_to_string(NEW.alternative_names, ' '), NEW.website_domain)), ''),
                nullif(company, ''),
                nullif(ltrim(company, '0'), ''),
                nullif(crm_search_normalise(NEW.charity_number), ''),
                nullif(lower(postcode), ''),
                CASE WHEN length(postcode) BETWEEN 5 AND 7 THEN lower(left(postcode, -3) || ' ' || right(postcode, 3)) END);
              RETURN NEW;
            END
            $f$`);
        await queryRunner.query(`DROP TRIGGER partners_search_text ON partners`);
        await queryRunner.query(`CREATE TRIGGER partners_search_text BEFORE INSERT ON partners FOR EACH ROW EXECUTE FUNCTION partners_search_text()`);
        await queryRunner.query(`
            CREATE TRIGGER partners_search_text_changed BEFORE UPDATE OF ${SOURCES.join(', ')} ON partners FOR EACH ROW
              WHEN (${SOURCES.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ')})
              EXECUTE FUNCTION partners_search_text()`);
        await queryRunner.query(`ALTER INDEX "partners_search_trgm_idx" SET (gin_pending_list_limit = 512)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER INDEX "partners_search_trgm_idx" RESET (gin_pending_list_limit)`);
        await queryRunner.query(`DROP TRIGGER partners_search_text_changed ON partners`);
        await queryRunner.query(`DROP TRIGGER partners_search_text ON partners`);
        await queryRunner.query(`
            CREATE TRIGGER partners_search_text BEFORE INSERT OR UPDATE OF ${SOURCES.join(', ')}
              ON partners FOR EACH ROW EXECUTE FUNCTION partners_search_text()`);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION partners_search_text() RETURNS trigger LANGUAGE plpgsql AS $f$
            DECLARE
              postcode text := upper(regexp_replace(coalesce(NEW.postcode, ''), '\\s+', '', 'g'));
            BEGIN
              NEW.search_name := crm_search_normalise(NEW.name);
              NEW.search_text := concat_ws(' ',
                NEW.search_name,
                nullif(crm_search_normalise(NEW.legal_name), ''),
                nullif(crm_search_normalise(array_to_string(NEW.alternative_names, ' ')), ''),
                nullif(crm_search_normalise(NEW.website_domain), ''),
                nullif(crm_search_normalise(NEW.company_number), ''),
                nullif(ltrim(crm_search_normalise(NEW.company_number), '0'), ''),
                nullif(crm_search_normalise(NEW.charity_number), ''),
                nullif(lower(postcode), ''),
                CASE WHEN length(postcode) BETWEEN 5 AND 7 THEN lower(left(postcode, -3) || ' ' || right(postcode, 3)) END);
              RETURN NEW;
            END
            $f$`);
    }
}
