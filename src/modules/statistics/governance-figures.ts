import { ac, pathfinders, percent, share, type FigureRecord } from './figure-record';
import type { StatisticsFacts } from './statistics.store';

/* The figures of 003 Table 5 and of the pathfinder evaluation (004 ¶83, ¶87, ¶137, ¶141, Table 4.4). */

/** 003 Table 5: the share of trusts whose terms of reference cover each item. */
export const table5: [string, string, number][] = [
  ['CHAIR_AND_MEMBERS', 'the responsibilities of chair and board members', 86],
  ['DECISION_MAKING', 'decision making processes', 86],
  ['MEMBERSHIP', 'the rationale for membership', 85],
  ['COMMISSIONING', 'commissioning', 80],
  ['ALIGNMENT', 'the alignment of partners’ budgets', 75],
  ['RELATIONSHIPS', 'key relationships with other partnerships and sub-groups', 71],
  ['INFORMATION_SHARING', 'information sharing', 70],
  ['PROBITY_AND_INTERESTS', 'probity and declaration of interest', 54],
  ['POOLING', 'arrangements for pooling budgets', 49],
];

/** 004 Table 4.4: of 86 services funded through pooled budgets, how many of each kind (CAMHS within health). */
export const table44: [string, string, number][] = [
  ['HEALTH_OR_CAMHS', 'health services (CAMHS included)', 44],
  ['CAMHS', 'child and adolescent mental health services', 16],
  ['SOCIAL_CARE', 'social care', 11],
  ['CROSS_SECTOR', 'cross-sector initiatives', 6],
  ['EDUCATION', 'education', 5],
  ['YOUTH_OFFENDING', 'youth offending services', 5],
  ['EARLY_YEARS', 'early years', 5],
  ['ALL_SERVICES', 'all services for children', 4],
  ['CHILDRENS_FUND', 'the Children’s Fund', 3],
  ['CONNEXIONS', 'the Connexions service', 2],
];

const ofPathfinders = (count: number, of: number, locator: string) => ({
  value: percent(count, of),
  text: `${count} of ${of} pathfinders`,
  sources: [pathfinders(locator)],
});

/** 004 ¶87: the council's chairs of the pathfinders' boards, by their post. */
export function councilChairPostFigures({
  councilChairPosts: posts,
  boardsWithChair,
}: StatisticsFacts): FigureRecord[] {
  const basis = (kinds: string) =>
    `A chair on the date sitting for the council in a post of kind ${kinds}; 004 counts the pathfinders’ boards.`;
  return [
    share(
      'chair.council-elected-member',
      'chairs',
      'Boards chaired by a council elected member',
      posts.electedMember,
      boardsWithChair,
      ofPathfinders(12, 31, '¶87'),
      basis('LEAD_MEMBER or LEADER_OF_THE_COUNCIL'),
    ),
    share(
      'chair.council-director',
      'chairs',
      'Boards chaired by the director of children’s services',
      posts.director,
      boardsWithChair,
      ofPathfinders(10, 31, '¶87'),
      basis('DIRECTOR_OF_CHILDRENS_SERVICES'),
    ),
    share(
      'chair.council-chief-executive',
      'chairs',
      'Boards chaired by the council’s chief executive',
      posts.chiefExecutive,
      boardsWithChair,
      ofPathfinders(6, 31, '¶87'),
      basis('CHIEF_EXECUTIVE'),
    ),
  ];
}

export function termsOfReferenceFigures({ termsOfReference, boards }: StatisticsFacts): FigureRecord[] {
  return table5.map(([item, label, expected]) =>
    share(
      `terms-of-reference.${item}`,
      'terms-of-reference',
      `Boards whose terms of reference cover ${label}`,
      termsOfReference.get(item) ?? 0,
      boards,
      { value: expected, text: `${expected}%`, sources: [ac('Table 5')] },
      `The latest terms of reference adopted by the date (Body.documents, item ${item}); drafts are not counted.`,
    ),
  );
}

export function managersOnLscbFigure({ managersOnLscb, boards }: StatisticsFacts): FigureRecord {
  return share(
    'lscb.board-manager-member',
    'lscb',
    'Boards whose manager has a seat on the LSCB',
    managersOnLscb,
    boards,
    ofPathfinders(21, 31, '¶83'),
    'A seat on the date on an LSCB of the board’s area, held by a post that answers to the board (Post.responsibleTo) ' +
      'and does not chair it: the registry has no post kind for a manager, so the board’s own staff stand for it.',
  );
}

export function allServicesFigure({ areasBudgetingAllServices, areas }: StatisticsFacts): FigureRecord {
  return share(
    'budgets.all-services-areas',
    'budgets',
    'Areas pooling or aligning budgets for all children’s services',
    areasBudgetingAllServices,
    areas,
    { ...ofPathfinders(4, 31, '¶137'), sources: [pathfinders('¶137'), pathfinders('¶141')] },
    'A pooled or aligned budget in force on the date whose service areas include ALL_SERVICES.',
  );
}

export function pooledServiceFigures({ pooledByService, pooledBudgets }: StatisticsFacts): FigureRecord[] {
  return table44.map(([service, label, examples]) =>
    share(
      `budgets.pooled-for.${service}`,
      'budgets',
      `Pooled budgets funding ${label}`,
      pooledByService.get(service) ?? 0,
      pooledBudgets,
      { value: percent(examples, 86), text: `${examples} of 86 pooled services`, sources: [pathfinders('Table 4.4')] },
      'Pooled budgets in force on the date whose service areas include it (HEALTH or CAMHS for health), of all pooled ' +
        'budgets; a budget funding several services counts for each.',
    ),
  );
}
