import type { FieldProblem } from '../common/errors/app-error.js';
import type { SignPledgeDto } from './dto/sign-pledge.dto.js';
import type { PledgeKind } from './pledge.entity.js';

const ORGANISATION_ONLY = ['organisationName', 'organisationKind', 'website', 'companyNumber', 'charityNumber', 'jobTitle', 'authorityConfirmed'] as const;
const ORGANISATION_REQUIRED = ['organisationName', 'organisationKind', 'area', 'jobTitle'] as const;

/** The rules class-validator cannot know: which fields a pledge of this kind requires or refuses. */
export function signatureFieldProblems(kind: PledgeKind, dto: SignPledgeDto): FieldProblem[] {
  if (kind === 'individual') {
    return ORGANISATION_ONLY.filter((field) => dto[field] !== undefined).map((field) => ({
      field,
      messages: [`${field} is not asked for when an individual endorses`],
    }));
  }
  const problems: FieldProblem[] = ORGANISATION_REQUIRED.filter((field) => dto[field] === undefined).map((field) => ({
    field,
    messages: [`${field} is required when an organisation signs`],
  }));
  if (dto.authorityConfirmed !== true) {
    problems.push({ field: 'authorityConfirmed', messages: ['authorityConfirmed must be true: only someone with authority may sign'] });
  }
  return problems;
}
