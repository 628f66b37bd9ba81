import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import { instantIn } from '../common/http/date-time.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { ListMeetingsQuery } from './dto/meeting-write.dto.js';
import { toMeetingResponse, type MeetingPage } from './dto/meeting.response.js';
import { MeetingAction } from './meeting-action.entity.js';
import { MeetingLog } from './meeting-log.entity.js';

const RELATIONS = { partners: true, staff: true, contacts: true, priorityAreas: true, themes: true } as const;

/** The list of meetings (newest first, keyset). */
@Injectable()
export class MeetingsRepository {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(query: ListMeetingsQuery, actorId: string): Promise<MeetingPage> {
    const limit = query.limit ?? 25;
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (clause: (p: string) => string, value: unknown): void => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (query.partner) add((p) => `EXISTS (SELECT 1 FROM meeting_partners x WHERE x.meeting_id = m.id AND x.partner_id = ${p})`, query.partner);
    if (query.staff) add((p) => `EXISTS (SELECT 1 FROM meeting_staff x WHERE x.meeting_id = m.id AND x.user_id = ${p})`, query.staff === 'me' ? actorId : query.staff);
    if (query.from) add((p) => `m.occurred_at >= ${p}`, instantIn(query.from, this.config.timeZone));
    if (query.to) add((p) => `m.occurred_at < ${p}`, instantIn(query.to, this.config.timeZone));
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, 'meetings');
      params.push(at, id);
      where.push(`(m.occurred_at, m.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query<{ id: string; at: string }[]>(
      `SELECT m.id, m.occurred_at::text AS at FROM meeting_logs m ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY m.occurred_at DESC, m.id DESC LIMIT $${params.length}`,
      params,
    );
    const pageRows = rows.slice(0, limit);
    const ids = pageRows.map((r) => r.id);
    const meetings = ids.length ? await this.dataSource.manager.find(MeetingLog, { where: { id: In(ids) }, relations: RELATIONS }) : [];
    const actions = ids.length ? await this.dataSource.manager.find(MeetingAction, { where: { meetingId: In(ids) }, order: { createdAt: 'ASC' } }) : [];
    const byId = new Map(meetings.map((m) => [m.id, m]));
    const last = pageRows.at(-1);
    return {
      items: ids.map((id) => toMeetingResponse(byId.get(id) as MeetingLog, actions.filter((a) => a.meetingId === id))),
      nextCursor: rows.length > limit && last ? encodeCursor('meetings', [last.at, last.id]) : null,
    };
  }

}
