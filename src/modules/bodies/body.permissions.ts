import type { Action } from '../../auth/actions';
import { guard } from '../../auth/rules';
import { publicQueries, publicStructure, publicTypes, type PermissionTree } from '../../auth/tree';
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
