import { ac, count, leicestershire, pathfinders, percent, share, type FigureRecord } from './figure-record';
import { organisationKindLabels } from '../reference/labels';
import {
  allServicesFigure,
  councilChairPostFigures,
  managersOnLscbFigure,
  pooledServiceFigures,
  termsOfReferenceFigures,
} from './governance-figures';
import type { StatisticsFacts } from './statistics.store';

/** 003 Table 6: the share of trusts in which each kind of partner commits resources. */
export const table6: [string, number][] = [
  ['LOCAL_AUTHORITY', 97],
  ['PRIMARY_CARE_TRUST', 81],
  ['POLICE_SERVICE', 57],
  ['YOUTH_OFFENDING_TEAM', 42],
  ['SCHOOL', 38],
  ['VOLUNTARY_AND_COMMUNITY', 37],
  ['CONNEXIONS', 14],
  ['PRIVATE_SECTOR', 9],
  ['LEARNING_AND_SKILLS_COUNCIL', 9],
  ['FIRE_SERVICE', 5],
  ['NHS_TRUST', 5],
];

/**
 * The smallest number of boards a mandate figure may be drawn from when the viewer may not read every one of their
 * mandates: below it, a share could tell one partner's confidential mandate to someone who knows the others.
 */
export const mandateMinimumBoards = 10;

/**
 * Every figure, in DOMAIN.md §5's order, from the counts of one scope. `mandatesReadable` says whether the viewer may
 * read the mandates of every board counted; where not, the mandate figures are shown only over enough boards.
 */
export function figuresOf(facts: StatisticsFacts, mandatesReadable: boolean): FigureRecord[] {
  const { boards, areas, chairs, boardsWithChair, scrutiny, districtSeats } = facts;
  const districtTotal = districtSeats.own + districtSeats.all + districtSeats.other;
  const pooled = [...facts.pooledByBasis.values()].reduce((sum, n) => sum + n, 0);
  const statuses = [...facts.legalStatuses.values()].reduce((sum, n) => sum + n, 0);
  const byKind = 'Counted by the committee’s scrutiny kind (Body.scrutinyKind), on lines in force on the date.';
  const figures: FigureRecord[] = [
    share('partnership.in-place', 'partnership', 'Areas with a children’s trust board', facts.areasWithBoard, areas, {
      value: 96,
      text: '96% in March 2008',
      sources: [ac('¶58')],
    }),
    share('chair.council', 'chairs', 'Boards chaired from the council', chairs.council, boardsWithChair, {
      value: 88,
      text: '88%',
      sources: [ac('¶84')],
    }),
    share('chair.other-partner', 'chairs', 'Boards chaired by another partner', chairs.otherPartner, boardsWithChair, {
      value: 10,
      text: '10%',
      sources: [ac('¶84')],
    }),
    share(
      'chair.independent',
      'chairs',
      'Boards with an independent chair',
      chairs.independent,
      boardsWithChair,
      { value: 2, text: '2%', sources: [ac('¶84')] },
      'A chair who sits on behalf of no organisation.',
    ),
    ...councilChairPostFigures(facts),
    share('board.reports-to-lsp', 'lsp', 'Boards reporting to their LSP', facts.reportsToLsp, boards, {
      value: 83,
      text: '83%',
      sources: [ac('¶148')],
    }),
    share(
      'scrutiny.children-and-young-people',
      'scrutiny',
      'Scrutinised by a children and young people committee',
      scrutiny.childrenAndYoungPeople,
      boards,
      { value: 60, text: 'over 60%', sources: [ac('¶149')] },
      byKind,
    ),
    share(
      'scrutiny.local-authority',
      'scrutiny',
      'Scrutinised by the council’s overview and scrutiny committee',
      scrutiny.localAuthority,
      boards,
      { value: 50, text: '50%', sources: [ac('¶149')] },
      byKind,
    ),
    share(
      'scrutiny.health',
      'scrutiny',
      'Scrutinised by a health overview and scrutiny committee',
      scrutiny.health,
      boards,
      { value: 36, text: '36%', sources: [ac('¶149')] },
      byKind,
    ),
    share(
      'scrutiny.police-authority',
      'scrutiny',
      'Scrutinised by the police authority',
      scrutiny.policeAuthority,
      boards,
      {
        value: 9,
        text: '9%',
        sources: [ac('¶149')],
      },
    ),
    share(
      'lead-member.on-board',
      'lead-members',
      'Boards with the lead member for children’s services among their members',
      facts.leadMember,
      boards,
      { value: 92, text: '92%', sources: [ac('¶70')] },
      'A seat held on the date by a post of kind LEAD_MEMBER.',
    ),
    share(
      'private-sector.on-board',
      'lead-members',
      'Boards with the private sector among their members',
      facts.privateSector,
      boards,
      { value: 17, text: 'one in six', sources: [ac('¶71')] },
      'A seat held on the date for a private-sector organisation, or speaking for the private sector.',
    ),
    share(
      'lead-gp.on-board',
      'lead-members',
      'Boards with a lead GP among their members',
      facts.leadGp,
      boards,
      { value: null, text: 'the guidance asks boards to seek one', sources: [leicestershire('¶9')] },
      'A seat held on the date by a post of kind LEAD_GP.',
    ),
    ...termsOfReferenceFigures(facts),
    count(
      'board.size.smallest',
      'board-size',
      'Seats on the smallest board',
      facts.smallestBoard,
      {
        value: 6,
        text: '9–30 in the case studies, 6–32 in the pathfinders',
        sources: [ac('Table 3'), pathfinders('¶88')],
      },
      'Seats held on the date, attendees excepted.',
    ),
    count(
      'board.size.largest',
      'board-size',
      'Seats on the largest board',
      facts.largestBoard,
      {
        value: 32,
        text: '9–30 in the case studies, 6–32 in the pathfinders',
        sources: [ac('Table 3'), pathfinders('¶88')],
      },
      'Seats held on the date, attendees excepted.',
    ),
    share(
      'districts.own-authority',
      'districts',
      'District councillors speaking for their own authority',
      districtSeats.own,
      districtTotal,
      {
        value: 61,
        text: '61%',
        sources: [ac('¶140')],
      },
    ),
    share(
      'districts.all-districts',
      'districts',
      'District councillors speaking for all districts',
      districtSeats.all,
      districtTotal,
      {
        value: 23,
        text: '23%',
        sources: [ac('¶140')],
      },
    ),
    share(
      'districts.other',
      'districts',
      'District councillors speaking for others',
      districtSeats.other,
      districtTotal,
      {
        value: 16,
        text: '16%',
        sources: [ac('¶140')],
      },
    ),
    share('budgets.pooled-areas', 'budgets', 'Areas with a pooled budget', facts.areasPooling, areas, {
      value: 36,
      text: '"just over a third"',
      sources: [ac('¶111')],
    }),
    share('budgets.aligned-areas', 'budgets', 'Areas with an aligned budget', facts.areasAligning, areas, {
      value: 75,
      text: 'three quarters; about three quarters (21 of 31) of the pathfinders',
      sources: [ac('¶115'), pathfinders('¶141')],
    }),
    allServicesFigure(facts),
    share(
      'commissioning.strategy-in-place',
      'commissioning',
      'Areas with a joint commissioning strategy in place',
      facts.jointCommissioning.inPlace,
      areas,
      { value: 47, text: 'nearly half', sources: [ac('¶94')] },
      'A JOINT_COMMISSIONING_STRATEGY plan whose status on the date is IN_PLACE, or, where no status is recorded, adopted and in force.',
    ),
    share(
      'commissioning.strategy-planned',
      'commissioning',
      'Areas planning a joint commissioning strategy',
      facts.jointCommissioning.planned,
      areas,
      { value: 40, text: 'a further 40 per cent planning to develop them during 2008/09', sources: [ac('¶94')] },
      'Areas with none in place whose strategy’s status on the date is PLANNED or IN_PREPARATION.',
    ),
    ...[
      ['HEALTH_ACT_1999_S31', 's31 used or intended in 9 and 7 of 31 pathfinders'],
      ['CHILDREN_ACT_2004_S10', 's10 used or intended in 3 and 10 of 31 pathfinders'],
    ].map(([basis, text]) =>
      share(
        `budgets.pooled-under.${basis}`,
        'budgets',
        `Pooled budgets under ${basis}`,
        facts.pooledByBasis.get(basis!) ?? 0,
        pooled,
        {
          value: null,
          text: text!,
          sources: [pathfinders('¶136')],
        },
      ),
    ),
    ...pooledServiceFigures(facts),
    share('lscb.must-consult', 'lscb', 'Boards that must consult their LSCB', facts.mustConsultLscb, boards, {
      value: 100,
      text: 'the trust "must" consult the LSCB',
      sources: [leicestershire('App. 1')],
    }),
    share(
      'lscb.subordinate',
      'lscb',
      'Boards to which the LSCB is accountable or a sub-group',
      facts.lscbSubordinate,
      boards,
      {
        value: null,
        text: 'some areas made the LSCB accountable to the board',
        sources: [pathfinders('¶84')],
      },
    ),
    managersOnLscbFigure(facts),
    share(
      'coterminosity.pct',
      'coterminosity',
      'Areas served by one PCT that serves no other authority',
      facts.coterminousPct,
      areas,
      { value: 80.6, text: '25 of 31 pathfinders', sources: [pathfinders('¶66')] },
      'From the PCTs’ (and care trusts’) recorded coverage on the date, as `Area.coterminosity` reads it.',
    ),
    share(
      'coterminosity.police',
      'coterminosity',
      'Areas served by one police service that serves no other authority',
      facts.coterminousPolice,
      areas,
      { value: null, text: 'a police service covers "two or more children’s trusts"', sources: [ac('¶83')] },
      'From the police services’ recorded coverage on the date, as `Area.coterminosity` reads it.',
    ),
    ...[
      ['NON_LEGAL_PARTNERSHIP', 23],
      ['LEGAL_ENTITY', 3],
      ['LEGAL_PARTNERSHIP', 2],
      ['LIMITED_COMPANY', 1],
    ].map(([status, pathfinderCount]) =>
      share(
        `legal-status.${status}`,
        'legal-status',
        `Boards with legal status ${status}`,
        facts.legalStatuses.get(status as string) ?? 0,
        statuses,
        {
          value: percent(pathfinderCount as number, 29),
          text: `${pathfinderCount} of 29 pathfinders`,
          sources: [pathfinders('¶72')],
        },
      ),
    ),
    ...[
      ['ALL_MEMBERS', 18],
      ['CONSENSUS_ONLY', 8],
    ].map(([arrangement, pathfinderCount]) =>
      share(
        `voting.${arrangement}`,
        'voting',
        `Boards voting ${arrangement}`,
        facts.voting.get(arrangement as string) ?? 0,
        boards,
        {
          value: null,
          text: `${pathfinderCount} pathfinders`,
          sources: [pathfinders('¶89')],
        },
      ),
    ),
  ];
  const mayShowMandates = mandatesReadable || boards >= mandateMinimumBoards;
  for (const [kind, expected] of table6) {
    const label = organisationKindLabels[kind as keyof typeof organisationKindLabels]?.label ?? kind;
    const figure = share(
      `resources.${kind}`,
      'resources',
      `Boards where ${label} commits resources`,
      facts.committingByKind.get(kind) ?? 0,
      boards,
      {
        value: expected,
        text: `${expected}%`,
        sources: [ac('Table 6')],
      },
      'A seat held for an organisation of the kind with a mandate to commit its resources.',
    );
    figures.push(mayShowMandates ? figure : { ...figure, numerator: null, value: null, suppressed: true });
  }
  return figures;
}
