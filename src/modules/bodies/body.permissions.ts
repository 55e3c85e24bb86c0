import type { Action } from '../../auth/actions';
import { guard, guardOperation } from '../../auth/rules';
import { publicQueries, publicStructure, publicTypes, type PermissionTree } from '../../auth/tree';
import { rowIdOf } from '../../shared/global-id';
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
  publicTypes('BodyConnection', 'BodyEdge', 'BodyDocument', 'BodyLegalStatus', 'BodySuccession'),
  {
    Body: {
      ...publicStructure(),
      documents: lscbBusiness('documents', 'structure:read'),
      draftDocuments: lscbBusiness('draftDocuments', 'draft:read'),
      decisions: lscbBusiness('decisions', 'structure:read'),
      selfAssessments: lscbBusiness('selfAssessments', 'structure:read'),
    },
  },
];

/**
 * Who may change bodies. A body's secretariat keeps it current: its name, workings, other names, and its end. Creating
 * a body is for registry administrators: a body created by a partner would make that partner its own secretariat in
 * all but name, and there is no relation yet to a body that does not exist (a secretariat of another body in the same
 * area would be a guess at authority, not a grant of it).
 */
const bodyOf = (input: { body: string }) => ({ bodies: [rowIdOf(input.body, 'Body', 'input.body')] });

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
    },
  },
  publicTypes('BodyPayload'),
];
