import * as schema from '../../schema/database/index';
import type { SourceCitation } from '../../schema/database/index';
import { seedId } from '../support/ids';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Every row the generator makes, per table, before anything touches the database. */
export interface Rows {
  areas: Insert<typeof schema.areas>[];
  organisations: Insert<typeof schema.organisations>[];
  organisationCoverage: Insert<typeof schema.organisationCoverage>[];
  organisationIdentifiers: Insert<typeof schema.organisationIdentifiers>[];
  organisationSuccessions: Insert<typeof schema.organisationSuccessions>[];
  bodies: Insert<typeof schema.bodies>[];
  bodyLegalStatuses: Insert<typeof schema.bodyLegalStatuses>[];
  bodyWorkings: Insert<typeof schema.bodyWorkings>[];
  bodyAliases: Insert<typeof schema.bodyAliases>[];
  bodyDocuments: Insert<typeof schema.bodyDocuments>[];
  bodySuccessions: Insert<typeof schema.bodySuccessions>[];
  posts: Insert<typeof schema.posts>[];
  memberships: Insert<typeof schema.memberships>[];
  accountabilityLines: Insert<typeof schema.accountabilityLines>[];
  budgetArrangements: Insert<typeof schema.budgetArrangements>[];
  contributions: Insert<typeof schema.contributions>[];
  plans: Insert<typeof schema.plans>[];
  planLinks: Insert<typeof schema.planLinks>[];
  planStatuses: Insert<typeof schema.planStatuses>[];
  consultations: Insert<typeof schema.consultations>[];
  resourceCommitments: Insert<typeof schema.resourceCommitments>[];
  planTargets: Insert<typeof schema.planTargets>[];
  planProducers: Insert<typeof schema.planProducers>[];
  selfAssessments: Insert<typeof schema.selfAssessments>[];
  selfAssessmentAnswers: Insert<typeof schema.selfAssessmentAnswers>[];
}

/** Tables in the order their foreign keys need them, paired with the collection that fills each. */
export const insertionOrder = [
  ['areas', schema.areas],
  ['organisations', schema.organisations],
  ['organisationCoverage', schema.organisationCoverage],
  ['organisationIdentifiers', schema.organisationIdentifiers],
  ['organisationSuccessions', schema.organisationSuccessions],
  ['bodies', schema.bodies],
  ['bodyLegalStatuses', schema.bodyLegalStatuses],
  ['bodyWorkings', schema.bodyWorkings],
  ['bodyAliases', schema.bodyAliases],
  ['bodyDocuments', schema.bodyDocuments],
  ['bodySuccessions', schema.bodySuccessions],
  ['posts', schema.posts],
  ['memberships', schema.memberships],
  ['accountabilityLines', schema.accountabilityLines],
  ['budgetArrangements', schema.budgetArrangements],
  ['contributions', schema.contributions],
  ['plans', schema.plans],
  ['planLinks', schema.planLinks],
  ['planStatuses', schema.planStatuses],
  ['consultations', schema.consultations],
  ['resourceCommitments', schema.resourceCommitments],
  ['planTargets', schema.planTargets],
  ['planProducers', schema.planProducers],
  ['selfAssessments', schema.selfAssessments],
  ['selfAssessmentAnswers', schema.selfAssessmentAnswers],
] as const;

export function emptyRows(): Rows {
  return Object.fromEntries(insertionOrder.map(([key]) => [key, []])) as unknown as Rows;
}

/** A dated record other rows point at. */
export interface Ref {
  id: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * Ids come from natural keys ("E08000016|board"), never from the seed number: the generator describes one
 * England, and the `national:` prefix keeps its keys apart from other seeds'.
 */
export function nationalId(kind: string, key: string): string {
  return seedId(kind, `national:${key}`);
}

/** Every generated row is synthetic, citing the §5 figure it follows where one applies. */
export function generated(sources: readonly SourceCitation[] = []) {
  return { synthetic: true, sources: [...sources] };
}
