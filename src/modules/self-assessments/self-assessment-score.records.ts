import type {
  GroupScoreRow,
  NationalGroupRow,
  QuestionComparisonRow,
  ScoreCounts,
} from './self-assessment-score.store';
import {
  GroupComparison,
  NationalGroupScore,
  NationalScores,
  QuestionComparison,
  SelfAssessmentComparison,
  SelfAssessmentGroupScore,
  scoreScale,
} from './self-assessment-score.type';

export const distributionOf = (counts: ScoreCounts) =>
  scoreScale.map(({ score, label }) => ({ score, label, answers: counts[`score${score}` as keyof ScoreCounts] }));

const mean = (sum: number, count: number) => (count ? sum / count : null);

const sumCounts = (rows: ScoreCounts[]): ScoreCounts =>
  rows.reduce(
    (total, row) => ({
      score1: total.score1 + row.score1,
      score2: total.score2 + row.score2,
      score3: total.score3 + row.score3,
      score4: total.score4 + row.score4,
    }),
    { score1: 0, score2: 0, score3: 0, score4: 0 },
  );

export const toGroupScore = (row: GroupScoreRow) =>
  Object.assign(new SelfAssessmentGroupScore(), {
    groupCode: row.groupCode,
    groupQuestion: row.groupQuestion,
    items: row.items,
    answered: row.answered,
    scored: row.scored,
    meanScore: mean(row.scoreSum, row.scored),
    distribution: distributionOf(row),
  });

export const toNationalGroup = (row: NationalGroupRow) =>
  Object.assign(new NationalGroupScore(), {
    groupCode: row.groupCode,
    groupQuestion: row.groupQuestion,
    items: row.items,
    assessments: row.assessments,
    scored: row.scored,
    meanScore: mean(row.scoreSum, row.scored),
    distribution: distributionOf(row),
  });

const national = (scored: number, sum: number, counts: ScoreCounts) =>
  Object.assign(new NationalScores(), { scored, meanScore: mean(sum, scored), distribution: distributionOf(counts) });

/** Questions as the database summed them; groups summed from them, so that both rest on the same answers. */
export function toComparison(rows: QuestionComparisonRow[]): SelfAssessmentComparison {
  const questions = rows.map((row) =>
    Object.assign(new QuestionComparison(), {
      questionId: row.questionId,
      groupCode: row.groupCode,
      score: row.score,
      national: national(row.othersScored, row.othersSum, row),
    }),
  );
  const codes = [...new Set(rows.map((row) => row.groupCode))];
  const groups = codes.map((code) => {
    const inGroup = rows.filter((row) => row.groupCode === code);
    const mine = inGroup.filter((row) => row.score !== null);
    const meanScore = mean(
      mine.reduce((total, row) => total + row.score!, 0),
      mine.length,
    );
    const scored = inGroup.reduce((total, row) => total + row.othersScored, 0);
    const others = national(
      scored,
      inGroup.reduce((total, row) => total + row.othersSum, 0),
      sumCounts(inGroup),
    );
    return Object.assign(new GroupComparison(), {
      groupCode: code,
      groupQuestion: inGroup[0]!.groupQuestion,
      meanScore,
      national: others,
      difference: meanScore !== null && others.meanScore !== null ? meanScore - others.meanScore : null,
    });
  });
  return Object.assign(new SelfAssessmentComparison(), {
    comparedWith: rows[0]?.comparedWith ?? 0,
    groups,
    questions,
  });
}
