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

/**
 * A self-assessment's answers, and everything worked out from them for it (its scores per group, its comparison
 * with others), are read on one rule: another body's are its members' and oversight's until published, then
 * everyone's (003 ¶11; DOMAIN.md §8). The national figures (`selfAssessmentScores`, `comparison.national`) sum
 * published ones alone, so they are public.
 */
const answersRule = (field: string) =>
  guard<SelfAssessment>({
    field: `SelfAssessment.${field}`,
    actions: ['lscb:read', 'self-assessment:read'],
    decide: answersDecision,
    recordId: (assessment) => assessment.uuid,
  });

export const selfAssessmentPermissions: PermissionTree[] = [
  publicQueries('selfAssessmentQuestions', 'selfAssessmentScores'),
  publicTypes(
    'SelfAssessmentAnswer',
    'SelfAssessmentQuestion',
    'ScoreCount',
    'SelfAssessmentGroupScore',
    'NationalScores',
    'QuestionComparison',
    'GroupComparison',
    'SelfAssessmentComparison',
    'SelfAssessmentScores',
    'NationalGroupScore',
  ),
  {
    SelfAssessment: {
      ...publicStructure(),
      answers: answersRule('answers'),
      groupScores: answersRule('groupScores'),
      comparison: answersRule('comparison'),
    },
  },
];
