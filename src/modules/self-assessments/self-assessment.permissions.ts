import { guard } from '../../auth/rules';
import { publicQueries, publicStructure, publicTypes, type PermissionTree } from '../../auth/tree';
import type { Context } from '../../context';
import { lscbOr } from '../bodies/body.permissions';
import type { SelfAssessment } from './self-assessment.type';

/** Answers are for members and oversight until published (003 ¶11); an LSCB's stay with its members. */
async function answersDecision(assessment: SelfAssessment, { stores }: Context) {
  const body = await stores.bodies.byId.load(assessment.bodyId);
  if (!body) throw new Error(`Body ${assessment.bodyId} of self-assessment ${assessment.uuid} is missing`);
  const { action, anchors } = lscbOr('self-assessment:read')({ kind: body.kind, uuid: body.id, areaId: body.areaId });
  return { action, anchors: { ...anchors, public: action === 'self-assessment:read' && assessment.published } };
}

export const selfAssessmentPermissions: PermissionTree[] = [
  publicQueries('selfAssessmentQuestions'),
  publicTypes('SelfAssessmentAnswer', 'SelfAssessmentQuestion'),
  {
    SelfAssessment: {
      ...publicStructure(),
      answers: guard<SelfAssessment>({
        field: 'SelfAssessment.answers',
        actions: ['lscb:read', 'self-assessment:read'],
        decide: answersDecision,
        recordId: (assessment) => assessment.uuid,
      }),
    },
  },
];
