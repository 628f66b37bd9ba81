import { MigrationInterface, QueryRunner } from "typeorm";

/** The company number rule of src/partners/partner-identity.ts (normaliseCompanyNumber), in SQL for existing rows. */
const COMPANY = `CASE
    WHEN company_number ~ '^[0-9]{1,7}$' THEN lpad(company_number, 8, '0')
    WHEN company_number ~ '^[A-Z]{2}[0-9]{1,5}$' THEN left(company_number, 2) || lpad(substr(company_number, 3), 6, '0')
    ELSE company_number END`;
/** normalisePostcode: one space before the inward code of a UK postcode. */
const POSTCODE = `CASE
    WHEN replace(postcode, ' ', '') ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$'
      THEN left(replace(postcode, ' ', ''), -3) || ' ' || right(replace(postcode, ' ', ''), 3)
    ELSE postcode END`;

/**
 * Identifiers as the product now writes them (partner-identity.ts): company numbers of 8 characters with their
 * leading zeros, postcodes in canonical spaced form. Partners that now share a company number are reported, not
 * merged: staff decide (the duplicate check and merge screen find them).
 */
export class NormaliseIdentifiers1796324496107 implements MigrationInterface {
    name = 'NormaliseIdentifiers1796324496107'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`UPDATE partners SET company_number = ${COMPANY} WHERE company_number IS DISTINCT FROM ${COMPANY}`);
        await queryRunner.query(`UPDATE partners SET postcode = ${POSTCODE} WHERE postcode IS DISTINCT FROM ${POSTCODE}`);
        const conflicts = (await queryRunner.query(
            `SELECT company_number, count(*)::int AS partners FROM partners
              WHERE company_number IS NOT NULL AND archived_at IS NULL GROUP BY company_number HAVING count(*) > 1 ORDER BY company_number`,
        )) as { company_number: string; partners: number }[];
        if (conflicts.length > 0) {
            queryRunner.connection.logger.log('warn', `NormaliseIdentifiers: ${conflicts.length} company number(s) now shared by more than one ` +
                `live partner (possible duplicates, to review): ${conflicts.map((c) => `${c.company_number} ×${c.partners}`).join(', ')}`);
        }
    }

    public async down(): Promise<void> {
        // The numbers as typed are gone; the normalised ones are valid in the earlier schema too.
    }
}
