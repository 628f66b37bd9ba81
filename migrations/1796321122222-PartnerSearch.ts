import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Search that finds organisations by the names people type. `crm_search_normalise` is the one normalisation, used
 * for the stored text and for the query alike: accents dropped (unaccent), lower case, apostrophes of every kind
 * removed (`Women’s` → `womens`), `&` → `and`, `Saint`/`St.` → `st`, every other run of punctuation a space.
 * A trigger keeps `search_name` (the name, normalised) and `search_text` (name, legal and alternative names,
 * website domain, company and charity numbers with and without leading zeros, postcode with and without its
 * space) current for every writer; a trigram index over `search_text` serves substring and word-similarity
 * matches, which are typo-tolerant and word-order free.
 */
export class PartnerSearch1796321122222 implements MigrationInterface {
    name = 'PartnerSearch1796321122222'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
        await queryRunner.query(`ALTER TABLE "partners" ADD "alternative_names" character varying(300) array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "partners" ADD "search_name" text NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE "partners" ADD "search_text" text NOT NULL DEFAULT ''`);
        await queryRunner.query(`
            CREATE FUNCTION crm_search_normalise(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
              SELECT btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
                       lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, ''))),
                       '[''’‘\`´ʼ]', '', 'g'), '&', ' and ', 'g'), '\\m(saint|st)\\M', 'st', 'g'), '[^a-z0-9]+', ' ', 'g'))
            $f$`);
        await queryRunner.query(`
            CREATE FUNCTION partners_search_text() RETURNS trigger LANGUAGE plpgsql AS $f$
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
        await queryRunner.query(`
            CREATE TRIGGER partners_search_text BEFORE INSERT OR UPDATE OF name, legal_name, alternative_names, website_domain,
              company_number, charity_number, postcode ON partners FOR EACH ROW EXECUTE FUNCTION partners_search_text()`);
        await queryRunner.query(`UPDATE partners SET name = name`);
        await queryRunner.query(`CREATE INDEX "partners_search_trgm_idx" ON "partners" USING gin ("search_text" gin_trgm_ops)`);
        await queryRunner.query(`DROP INDEX "partners_name_trgm_idx"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "partners_name_trgm_idx" ON "partners" USING gin ("name" gin_trgm_ops)`);
        await queryRunner.query(`DROP INDEX "partners_search_trgm_idx"`);
        await queryRunner.query(`DROP TRIGGER partners_search_text ON partners`);
        await queryRunner.query(`DROP FUNCTION partners_search_text()`);
        await queryRunner.query(`DROP FUNCTION crm_search_normalise(text)`);
        await queryRunner.query(`ALTER TABLE "partners" DROP COLUMN "search_text"`);
        await queryRunner.query(`ALTER TABLE "partners" DROP COLUMN "search_name"`);
        await queryRunner.query(`ALTER TABLE "partners" DROP COLUMN "alternative_names"`);
    }
}
