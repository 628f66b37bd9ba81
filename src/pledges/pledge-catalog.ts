import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PledgeNotFoundError } from './pledges.errors.js';
import { PledgeText } from './pledge-text.entity.js';
import { Pledge } from './pledge.entity.js';

export interface PledgeWithText {
  pledge: Pledge;
  text: PledgeText;
}

/** Loads pledges with their current text and commitment options (in reference-data order). */
@Injectable()
export class PledgeCatalog {
  async bySlug(manager: EntityManager, slug: string): Promise<PledgeWithText> {
    const pledge = await manager.findOne(Pledge, { where: { slug }, relations: { commitments: true } });
    if (!pledge) throw new PledgeNotFoundError();
    pledge.commitments.sort((a, b) => a.sortOrder - b.sortOrder || a.label.localeCompare(b.label));
    const text = await manager.findOneOrFail(PledgeText, { where: { pledgeId: pledge.id, version: pledge.currentVersion } });
    return { pledge, text };
  }
}
