import { MigrationInterface, QueryRunner } from "typeorm";

/** Every column a partner list filter compares, carried by each sort index (the name index also the name and tags). */
const FILTERED = '"kind_id", "area_id", "status", "owner_id", "archived_at", "dialogue_due_at", "dialogue_snoozed_until"';

/**
 * The partner list's sort indexes carry the columns its filters compare, so that a filtered page is found by walking
 * the sort index in order with the filters applied to the index entries (an index-only scan) and stopping at the
 * page's end: a few thousand entries at worst, however the filters combine, where before a filter on a common kind
 * read every partner of that kind from the table and sorted them (PartnersRepository.page). The statistics over the
 * facet columns let the planner see how they combine (a kind concentrated in one area), to start from a facet's own
 * index when the combination is rare.
 */
export class PartnerListIndexes1796296405808 implements MigrationInterface {
    name = 'PartnerListIndexes1796296405808'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."partners_sort_name_idx"`);
        await queryRunner.query(`DROP INDEX "public"."partners_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."partners_updated_idx"`);
        await queryRunner.query(`CREATE INDEX "partners_sort_name_idx" ON "partners" ("normalized_name", "id") INCLUDE (${FILTERED}, "name", "tags")`);
        await queryRunner.query(`CREATE INDEX "partners_created_idx" ON "partners" ("created_at", "id") INCLUDE (${FILTERED})`);
        await queryRunner.query(`CREATE INDEX "partners_updated_idx" ON "partners" ("updated_at", "id") INCLUDE (${FILTERED})`);
        await queryRunner.query(`CREATE STATISTICS "partners_facets_stats" (ndistinct, dependencies, mcv) ON "kind_id", "area_id", "status", "owner_id" FROM "partners"`);
        await queryRunner.query(`ANALYZE "partners"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP STATISTICS "public"."partners_facets_stats"`);
        await queryRunner.query(`DROP INDEX "public"."partners_updated_idx"`);
        await queryRunner.query(`DROP INDEX "public"."partners_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."partners_sort_name_idx"`);
        await queryRunner.query(`CREATE INDEX "partners_updated_idx" ON "partners" ("updated_at", "id") `);
        await queryRunner.query(`CREATE INDEX "partners_created_idx" ON "partners" ("created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "partners_sort_name_idx" ON "partners" ("normalized_name", "id") `);
    }
}
