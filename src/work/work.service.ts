import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../common/auth/current-user.decorator.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { MyWorkResponse, TeamMember, TeamWorkResponse } from './dto/work.response.js';
import { WorkRepository, type WorkWindow } from './work.repository.js';

/** Dialogue falls "due soon" this many days ahead, as on the dialogue reminders' digest. */
export const DUE_WITHIN_DAYS = 14;
/** Agreement reviews and renewal notices this many days ahead. */
export const AGREEMENTS_WITHIN_DAYS = 30;
/** Items listed per section; the counts say how many there are in all. */
export const WORK_LIST_LIMIT = 20;

/** What needs a staff member today, and for the lead what needs the team. */
@Injectable()
export class WorkService {
  constructor(
    private readonly repository: WorkRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async mine(user: AuthenticatedUser): Promise<MyWorkResponse> {
    const window = this.window();
    const [today, overdue, dueSoon, actions, agreements, signatures] = await Promise.all([
      this.repository.today(window.timeZone),
      this.repository.dialogue(user.id, window, true),
      this.repository.dialogue(user.id, window, false),
      this.repository.actions(user.id, window),
      this.repository.agreements(user.id, window),
      user.role === 'admin' ? this.repository.signaturesAwaitingReview() : Promise.resolve(null),
    ]);
    return {
      today,
      dueWithinDays: window.dueWithinDays,
      agreementsWithinDays: window.agreementsWithinDays,
      dialogue: { overdue: overdue.items, dueSoon: dueSoon.items, overdueCount: overdue.total, dueSoonCount: dueSoon.total },
      actions,
      agreements,
      signaturesAwaitingReview: signatures,
    };
  }

  async team(): Promise<TeamWorkResponse> {
    const window = this.window();
    const [today, owners, signatures] = await Promise.all([
      this.repository.today(window.timeZone),
      this.repository.team(window),
      this.repository.signaturesAwaitingReview(),
    ]);
    return { today, dueWithinDays: window.dueWithinDays, owners, signaturesAwaitingReview: signatures };
  }

  members(): Promise<TeamMember[]> {
    return this.repository.members();
  }

  private window(): WorkWindow {
    return { timeZone: this.config.timeZone, dueWithinDays: DUE_WITHIN_DAYS, agreementsWithinDays: AGREEMENTS_WITHIN_DAYS, limit: WORK_LIST_LIMIT };
  }
}
