import type { PgTable } from 'drizzle-orm/pg-core';
import {
  bodyDocuments,
  contributions,
  decisions,
  delegations,
  interestDeclarations,
  memberships,
  nominations,
  people,
  planReviews,
  ratifications,
  resourceCommitments,
  selfAssessmentAnswers,
  selfAssessments,
} from '../../../schema/database/index';
import type { RecordTypeName } from '../../shared/global-id';
import type { Stores } from '../stores';

/** A before or after image of a change: a row as drizzle returned it, kept as JSON. */
export type Image = Record<string, unknown>;

/** Which guarded field shows a value of a change, and the record that field's rule is asked about. */
export interface ValueRule {
  /** `Type.field` of the guarded field or fields whose rule applies. */
  fields: readonly [string, ...string[]];
  /** Which of `fields`, where that depends on the image (a draft document, or an adopted one). */
  choose?: (image: Image) => string;
  /** The field's parent for that rule: the image's own row, or the record it belongs to, loaded as it is now. */
  parent: (image: Image, stores: Stores) => object | undefined | Promise<object | undefined>;
}

/** The rows of one table as they appear in changes to one type of record. */
export interface ImageShape {
  recordType: RecordTypeName;
  table: PgTable;
  /** The operations that file rows of this table under the record type; omitted for the record's own rows. */
  operations?: readonly string[];
  /** The record's own row as it is now, for the record's own rows: a value must pass its rule both then and now. */
  current?: (stores: Stores, recordId: string) => Promise<Image | undefined>;
  /** A rule over every value but the id: the guarded list through which alone the record can be reached. */
  record?: ValueRule;
  /** Every column: the rule of the field that shows it, or null where it is public (`record` aside). */
  columns: Record<string, ValueRule | null>;
}

const text = (image: Image, key: string): string | undefined =>
  typeof image[key] === 'string' ? (image[key] as string) : undefined;
/** A row as the GraphQL object the rules are written for sees it: the row key is `uuid` there. */
const asRecord = (row: { id?: unknown } | undefined): Image | undefined => (row ? { ...row, uuid: row.id } : undefined);
const loaded = async (row: Promise<{ id: string } | undefined>): Promise<Image | undefined> => asRecord(await row);
const publicColumns = (...names: string[]) => Object.fromEntries(names.map((name) => [name, null]));
const bookkeeping = publicColumns('sources', 'synthetic', 'createdAt', 'updatedAt', 'version');

/** The field of the image's own record. */
const own = (field: string): ValueRule => ({ fields: [field], parent: asRecord });
const bodyOf = (image: Image, stores: Stores) => {
  const id = text(image, 'bodyId');
  return id ? loaded(stores.bodies.byId.load(id)) : undefined;
};
const decisionOf = (image: Image, stores: Stores) => {
  const id = text(image, 'decisionId');
  return id ? loaded(stores.decisions.byId.load(id)) : undefined;
};

/**
 * Where the values in changes are confidential, and by which field's rule: one entry per table whose rows appear in
 * history under a record type with a guarded field. Every column is listed (a test holds each entry to its table),
 * so a new column is public or guarded by decision, never by default; a key no entry lists is shown to
 * administrators alone. Record types not listed here have no confidential field, so their changes are public to
 * those who may read history.
 */
export const imageShapes: readonly ImageShape[] = [
  {
    recordType: 'Contribution',
    table: contributions,
    current: (stores, id) => loaded(stores.budgets.contributionsById.load(id)),
    columns: {
      ...publicColumns('id', 'arrangementId', 'organisationId', 'financialYear', 'resourceType'),
      amount: own('Contribution.amount'),
      shareBand: own('Contribution.shareBand'),
      ...bookkeeping,
    },
  },
  {
    recordType: 'ResourceCommitment',
    table: resourceCommitments,
    current: (stores, id) => loaded(stores.plans.commitmentsById.load(id)),
    columns: {
      ...publicColumns('id', 'planId', 'organisationId', 'published'),
      amount: own('ResourceCommitment.amount'),
      description: own('ResourceCommitment.description'),
      ...bookkeeping,
    },
  },
  {
    recordType: 'Membership',
    table: memberships,
    current: (stores, id) => loaded(stores.memberships.byId.load(id)),
    columns: {
      ...publicColumns('id', 'bodyId', 'memberOrganisationId', 'memberPostId', 'memberPersonId', 'onBehalfOfId'),
      ...publicColumns('constituency', 'represents', 'role', 'votingRight', 'validFrom', 'validTo'),
      canCommitResources: own('Membership.canCommitResources'),
      commitScope: own('Membership.commitScope'),
      ...bookkeeping,
    },
  },
  {
    recordType: 'InterestDeclaration',
    table: interestDeclarations,
    current: (stores, id) => loaded(stores.memberships.declarationsById.load(id)),
    record: {
      fields: ['Membership.interestDeclarations'],
      parent: (image, stores) => {
        const id = text(image, 'membershipId');
        return id ? loaded(stores.memberships.byId.load(id)) : undefined;
      },
    },
    columns: { ...publicColumns('id', 'membershipId', 'interest', 'declaredOn'), ...bookkeeping },
  },
  {
    recordType: 'Nomination',
    table: nominations,
    current: (stores, id) => loaded(stores.memberships.nominationsById.load(id)),
    // A proposed seat is the body's business until it is confirmed, when the seat itself is public structure.
    record: { fields: ['Body.nominations'], parent: bodyOf },
    columns: {
      ...publicColumns('id', 'bodyId', 'memberOrganisationId', 'memberPersonId', 'onBehalfOfId', 'role'),
      ...publicColumns('constituency', 'votingRight', 'canCommitResources', 'commitScope', 'validFrom', 'validTo'),
      ...publicColumns('represents'),
      ...publicColumns('status', 'proposedOn', 'proposedByOrganisationId', 'proposedBy', 'decidedOn'),
      ...publicColumns('decidedByOrganisationId', 'decidedBy', 'membershipId', 'createdAt', 'updatedAt', 'version'),
    },
  },
  {
    recordType: 'Delegation',
    table: delegations,
    current: (stores, id) => loaded(stores.delegations.byId.load(id)),
    columns: {
      ...publicColumns('id', 'powerId', 'delegatorOrganisationId', 'delegatorBodyId', 'delegateBodyId'),
      ...publicColumns('delegateOrganisationId', 'scope', 'instrument', 'subDelegationAllowed'),
      ...publicColumns('parentDelegationId', 'decisionRule', 'validFrom', 'validTo'),
      financialLimit: own('Delegation.financialLimit'),
      reservedMatters: own('Delegation.reservedMatters'),
      ...bookkeeping,
    },
  },
  {
    recordType: 'Decision',
    table: decisions,
    current: (stores, id) => loaded(stores.decisions.byId.load(id)),
    // Both lists of a body's decisions are guarded by one rule; the first judges.
    record: { fields: ['Body.decisions', 'Body.decisionsConnection'], parent: bodyOf },
    columns: {
      ...publicColumns('id', 'bodyId', 'decidedOn', 'delegationId', 'status', 'published'),
      summary: own('Decision.summary'),
      ...bookkeeping,
    },
  },
  {
    recordType: 'Decision',
    table: ratifications,
    operations: ['ratifyDecision'],
    record: { fields: ['Decision.ratifications'], parent: decisionOf },
    columns: { ...publicColumns('id', 'decisionId', 'organisationId', 'status', 'decidedOn'), ...bookkeeping },
  },
  {
    recordType: 'SelfAssessment',
    table: selfAssessments,
    current: (stores, id) => loaded(stores.selfAssessments.byId.load(id)),
    record: { fields: ['Body.selfAssessments'], parent: bodyOf },
    columns: { ...publicColumns('id', 'bodyId', 'cycle', 'completedOn', 'published'), ...bookkeeping },
  },
  {
    recordType: 'SelfAssessment',
    table: selfAssessmentAnswers,
    operations: ['answerSelfAssessmentQuestion'],
    record: {
      fields: ['SelfAssessment.answers'],
      parent: (image, stores) => {
        const id = text(image, 'selfAssessmentId');
        return id ? loaded(stores.selfAssessments.byId.load(id)) : undefined;
      },
    },
    columns: {
      ...publicColumns('id', 'selfAssessmentId', 'questionId', 'narrative', 'evidence', 'score'),
      ...bookkeeping,
    },
  },
  {
    recordType: 'PlanReview',
    table: planReviews,
    current: (stores, id) => loaded(stores.plans.reviewsById.load(id)),
    columns: {
      ...publicColumns('id', 'planId', 'reviewingBodyId', 'reviewedOn', 'publishedOn'),
      summary: own('PlanReview.summary'),
      ...bookkeeping,
    },
  },
  {
    recordType: 'BodyDocument',
    table: bodyDocuments,
    current: (stores, id) => loaded(stores.bodies.documentsById.load(id)),
    // A document is read only through its body's lists: the drafts, or the documents once adopted.
    record: {
      fields: ['Body.documents', 'Body.draftDocuments'],
      choose: (image) => (image.status === 'DRAFT' ? 'Body.draftDocuments' : 'Body.documents'),
      parent: bodyOf,
    },
    columns: {
      ...publicColumns('id', 'bodyId', 'kind', 'title', 'documentVersion', 'status', 'adoptedOn', 'covers'),
      ...bookkeeping,
    },
  },
  {
    recordType: 'Person',
    table: people,
    current: (stores, id) => loaded(stores.posts.peopleById.load(id)),
    columns: { ...publicColumns('id', 'category'), name: own('Person.name'), ...bookkeeping },
  },
];

/**
 * Guarded fields that hold no column of a history image: a write's answer, which shows a record under the rule of
 * the field it mirrors (listed above under that field).
 */
export const fieldsOutsideHistory = [
  'BodyDocumentPayload.document',
  'InterestDeclarationPayload.declaration',
  // Worked out from a self-assessment's answers when read; never stored, so never in a change.
  'SelfAssessment.groupScores',
  'SelfAssessment.comparison',
];

/** The shape of a change's images: by operation where a record type files rows of another table, else its own. */
export function shapeOf(recordType: string, operation: string): ImageShape | undefined {
  const candidates = imageShapes.filter((shape) => shape.recordType === recordType);
  return (
    candidates.find((shape) => shape.operations?.includes(operation)) ??
    candidates.find((shape) => shape.operations === undefined)
  );
}
