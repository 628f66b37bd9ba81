import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionRunner } from '../database/transaction.js';
import { Partner } from '../partners/partner.entity.js';
import { CaseStudy } from './case-study.entity.js';
import type { CreateCaseStudyDto, UpdateCaseStudyDto } from './dto/activity-write.dto.js';
import type { CaseStudyResponse } from './dto/activity.response.js';
import type { ListCaseStudiesQuery } from './dto/plan.query.js';
import { linkedRecords } from './linked-records.js';
import { PlanActivity } from './plan-activity.entity.js';
import { CaseStudyNotFoundError } from './plan.errors.js';

const RELATIONS = { activities: true, partners: true } as const;
const MAX_LISTED = 500;

/** Case studies: short stories of the plan's work, linked to the activities and partners they are about. */
@Injectable()
export class CaseStudiesService {
  constructor(private readonly transactions: TransactionRunner) {}

  create(dto: CreateCaseStudyDto): Promise<CaseStudyResponse> {
    return this.transactions.run(async ({ manager }) => {
      const study = manager.create(CaseStudy, { title: dto.title.trim(), story: dto.story });
      study.activities = await linkedRecords(manager, PlanActivity, 'activities', dto.activities ?? []);
      study.partners = await linkedRecords(manager, Partner, 'partners', dto.partners ?? []);
      const saved = await manager.save(study);
      return this.view(manager, saved.id);
    });
  }

  /** Newest first; only those linked to `activity` or `partner` when asked. */
  list(query: ListCaseStudiesQuery): Promise<CaseStudyResponse[]> {
    return this.transactions.run(async ({ manager }) => {
      const ids = await manager.query<{ id: string }[]>(
        `SELECT s.id FROM case_studies s
          WHERE ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM case_study_activities a WHERE a.case_study_id = s.id AND a.activity_id = $1))
            AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM case_study_partners p WHERE p.case_study_id = s.id AND p.partner_id = $2))
          ORDER BY s.created_at DESC, s.id LIMIT $3`,
        [query.activity ?? null, query.partner ?? null, MAX_LISTED],
      );
      if (ids.length === 0) return [];
      const studies = await manager.getRepository(CaseStudy).find({ where: ids.map(({ id }) => ({ id })), relations: RELATIONS });
      const order = new Map(ids.map(({ id }, i) => [id, i]));
      return studies.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)).map(toCaseStudyResponse);
    });
  }

  get(id: string): Promise<CaseStudyResponse> {
    return this.transactions.run(({ manager }) => this.view(manager, id));
  }

  /** Changes what is given; a list given replaces the links it names. */
  update(id: string, dto: UpdateCaseStudyDto): Promise<CaseStudyResponse> {
    return this.transactions.run(async ({ manager }) => {
      const study = await manager.findOne(CaseStudy, { where: { id }, relations: RELATIONS, lock: { mode: 'pessimistic_write', tables: ['case_studies'] } });
      if (!study) throw new CaseStudyNotFoundError();
      if (dto.title !== undefined) study.title = dto.title.trim();
      if (dto.story !== undefined) study.story = dto.story;
      if (dto.activities !== undefined) study.activities = await linkedRecords(manager, PlanActivity, 'activities', dto.activities);
      if (dto.partners !== undefined) study.partners = await linkedRecords(manager, Partner, 'partners', dto.partners);
      await manager.save(study);
      return this.view(manager, id);
    });
  }

  private async view(manager: EntityManager, id: string): Promise<CaseStudyResponse> {
    const study = await manager.findOne(CaseStudy, { where: { id }, relations: RELATIONS });
    if (!study) throw new CaseStudyNotFoundError();
    return toCaseStudyResponse(study);
  }
}

function toCaseStudyResponse(study: CaseStudy): CaseStudyResponse {
  return {
    id: study.id,
    title: study.title,
    story: study.story,
    activities: (study.activities ?? []).map((a) => ({ id: a.id, name: a.title })).sort((a, b) => a.name.localeCompare(b.name)),
    partners: (study.partners ?? []).map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name)),
    createdAt: study.createdAt.toISOString(),
    updatedAt: study.updatedAt.toISOString(),
  };
}
