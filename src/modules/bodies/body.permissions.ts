import type { Action } from '../../auth/actions';
import { guard, guardOperation } from '../../auth/rules';
import { publicQueries, publicStructure, publicTypes, type PermissionTree } from '../../auth/tree';
import { rowIdOf } from '../../shared/global-id';
import type { Context } from '../../context';
import type {
  BodyDocumentPayload,
  EndBodyLegalStatusInput,
  RecordBodyDocumentInput,
  RecordBodyLegalStatusInput,
  RecordBodySuccessionInput,
  UpdateBodyDocumentInput,
} from './body-parts.input';
import type { EndBodyAliasInput, EndBodyWorkingsInput, RecordBodyWorkingsInput } from './body-workings.input';
import type { CreateBodyInput, EndBodyInput, RecordBodyAliasInput, UpdateBodyInput } from './body.input';
import type { Body } from './body.type';

/** An LSCB's business is for those who sit on it (004 ¶84); other bodies' follows `otherwise`. */
export function lscbOr(otherwise: Action) {
  return (body: Pick<Body, 'kind' | 'uuid' | 'areaId'>) => ({
    action: body.kind === 'LSCB' ? ('lscb:read' as const) : otherwise,
    anchors: { bodies: [body.uuid], areas: [body.areaId] },
  });
}

const lscbBusiness = (field: string, otherwise: Action) =>
  guard<Body>({
    field: `Body.${field}`,
    actions: ['lscb:read', otherwise],
    decide: lscbOr(otherwise),
    recordId: (body) => body.uuid,
  });

export const bodyPermissions: PermissionTree[] = [
  publicQueries('body', 'bodies'),
  publicTypes(
    'BodyConnection',
    'BodyEdge',
    'BodyDocument',
    'BodyLegalStatus',
    'BodyWorkings',
    'BodyAlias',
    'BodySuccession',
  ),
  {
    Body: {
      ...publicStructure(),
      documents: lscbBusiness('documents', 'structure:read'),
      draftDocuments: lscbBusiness('draftDocuments', 'draft:read'),
      decisions: lscbBusiness('decisions', 'structure:read'),
      decisionsConnection: lscbBusiness('decisionsConnection', 'structure:read'),
      selfAssessments: lscbBusiness('selfAssessments', 'structure:read'),
    },
  },
];

/**
 * Who may change bodies. A body's secretariat keeps it current: its name, workings, other names, legal status,
 * governing documents, and its end. Creating a body is for registry administrators: a body created by a partner would
 * make that partner its own secretariat in all but name, and there is no relation yet to a body that does not exist
 * (a secretariat of another body in the same area would be a guess at authority, not a grant of it).
 */
const bodyOf = (input: { body: string }) => ({ bodies: [rowIdOf(input.body, 'Body', 'input.body')] });

/** A part named by its own id belongs to the body it was recorded for; one that is not there anchors to nobody. */
const bodyOfLegalStatus = async ({ legalStatus }: EndBodyLegalStatusInput, { stores }: Context) => {
  const row = await stores.bodies.legalStatusesById.load(rowIdOf(legalStatus, 'BodyLegalStatus', 'input.legalStatus'));
  return { bodies: [row?.bodyId] };
};
const bodyOfWorkings = async ({ workings }: EndBodyWorkingsInput, { stores }: Context) => {
  const row = await stores.bodies.workingsById.load(rowIdOf(workings, 'BodyWorkings', 'input.workings'));
  return { bodies: [row?.bodyId] };
};
const bodyOfAlias = async ({ alias }: EndBodyAliasInput, { stores }: Context) => {
  const row = await stores.bodies.aliasesById.load(rowIdOf(alias, 'BodyAlias', 'input.alias'));
  return { bodies: [row?.bodyId] };
};
const bodyOfDocument = async ({ document }: UpdateBodyDocumentInput, { stores }: Context) => {
  const row = await stores.bodies.documentsById.load(rowIdOf(document, 'BodyDocument', 'input.document'));
  return { bodies: [row?.bodyId] };
};

/**
 * A document in a write's answer is read on the rules that keep it in `Body.documents` or `Body.draftDocuments`, so
 * the answer is no way round them; those who may write a body's documents always meet those rules.
 */
const documentInAnswer = guard<BodyDocumentPayload>({
  field: 'BodyDocumentPayload.document',
  actions: ['lscb:read', 'draft:read', 'structure:read'],
  decide: ({ body, document }) => lscbOr(document?.status === 'DRAFT' ? 'draft:read' : 'structure:read')(body),
  recordId: ({ document }) => document?.uuid ?? '',
});

export const bodyWritePermissions: PermissionTree[] = [
  {
    Mutation: {
      createBody: guardOperation<{ input: CreateBodyInput }>({
        field: 'Mutation.createBody',
        action: 'organisation:register',
        anchorsOf: () => ({}),
      }),
      updateBody: guardOperation<{ input: UpdateBodyInput }>({
        field: 'Mutation.updateBody',
        action: 'body:edit',
        anchorsOf: ({ input }) => bodyOf(input),
      }),
      endBody: guardOperation<{ input: EndBodyInput }>({
        field: 'Mutation.endBody',
        action: 'body:edit',
        anchorsOf: ({ input }) => bodyOf(input),
      }),
      recordBodyAlias: guardOperation<{ input: RecordBodyAliasInput }>({
        field: 'Mutation.recordBodyAlias',
        action: 'body:edit',
        anchorsOf: ({ input }) => bodyOf(input),
      }),
      endBodyAlias: guardOperation<{ input: EndBodyAliasInput }>({
        field: 'Mutation.endBodyAlias',
        action: 'body:edit',
        anchorsOf: ({ input }, context) => bodyOfAlias(input, context),
      }),
      recordBodyWorkings: guardOperation<{ input: RecordBodyWorkingsInput }>({
        field: 'Mutation.recordBodyWorkings',
        action: 'body:edit',
        anchorsOf: ({ input }) => bodyOf(input),
      }),
      endBodyWorkings: guardOperation<{ input: EndBodyWorkingsInput }>({
        field: 'Mutation.endBodyWorkings',
        action: 'body:edit',
        anchorsOf: ({ input }, context) => bodyOfWorkings(input, context),
      }),
      recordBodyLegalStatus: guardOperation<{ input: RecordBodyLegalStatusInput }>({
        field: 'Mutation.recordBodyLegalStatus',
        action: 'body:edit',
        anchorsOf: ({ input }) => bodyOf(input),
      }),
      endBodyLegalStatus: guardOperation<{ input: EndBodyLegalStatusInput }>({
        field: 'Mutation.endBodyLegalStatus',
        action: 'body:edit',
        anchorsOf: ({ input }, context) => bodyOfLegalStatus(input, context),
      }),
      recordBodyDocument: guardOperation<{ input: RecordBodyDocumentInput }>({
        field: 'Mutation.recordBodyDocument',
        action: 'body:edit',
        anchorsOf: ({ input }) => bodyOf(input),
      }),
      updateBodyDocument: guardOperation<{ input: UpdateBodyDocumentInput }>({
        field: 'Mutation.updateBodyDocument',
        action: 'body:edit',
        anchorsOf: ({ input }, context) => bodyOfDocument(input, context),
      }),
      // Successions join bodies across time and often across secretariats (the ACPC's and the LSCB's): registry work.
      recordBodySuccession: guardOperation<{ input: RecordBodySuccessionInput }>({
        field: 'Mutation.recordBodySuccession',
        action: 'organisation:register',
        anchorsOf: () => ({}),
      }),
    },
  },
  publicTypes('BodyPayload', 'BodyLegalStatusPayload', 'BodyWorkingsPayload', 'BodySuccessionPayload'),
  { BodyDocumentPayload: { ...publicStructure(), document: documentInAnswer } },
];
