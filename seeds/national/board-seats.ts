import type { AreaBodies } from './body';
import type { AreaContext } from './context';
import { addMonths, dayBetween } from './dates';
import { cite } from './figures';
import { isTable6, mandates } from './mandates';
import type { Organisation } from './organisations';
import { seatMembers, type Body, type Seat } from './posts';
import type { ChairType, PresenceKind } from './profile';
import { nationalId } from './rows';

type BoardSeat = (org: Organisation | null, title: string, extra?: Partial<Seat>) => Seat;

const sector = { constituency: 'SECTOR' } as const;

/** The board's seats: chair, the partners the profile puts on it, district councillors, then extras to its size. */
export function seatBoard(ctx: AreaContext, board: Body, bodies: AreaBodies): void {
  const { partners: p, posts, profile } = ctx;
  const random = ctx.random('board-seats');
  const mandate = mandates(ctx);
  const seat: BoardSeat = (org, title, extra = {}) => ({
    post: posts.of(org, title),
    onBehalfOf: org,
    canCommitResources: mandate(org),
    sources: org && isTable6(org.kind) ? cite.resources : cite.boardMembers,
    ...extra,
  });
  const chair = chairSeat(ctx, seat);
  // Board sizes run from 6 to 32 (004 ¶88), most between 9 and 30 (003 Table 3).
  const target = Math.min(32, Math.max(6, 8 + random.int(0, 11) + random.int(0, 11)));
  const chosen = withoutRepeatedPosts([
    { ...chair, role: 'CHAIR', sources: [...cite.chairs, ...cite.councilChairs] },
    ...requiredSeats(ctx, seat, chair),
  ]);
  for (const extra of withoutRepeatedPosts(random.shuffle(optionalSeats(ctx, seat, bodies)), chosen)) {
    if (chosen.length >= target) break;
    chosen.push(extra);
  }
  const former =
    profile.chairType === 'DIRECTOR_OF_CHILDRENS_SERVICES'
      ? { title: "Lead Member for Children's Services", chairType: 'LEAD_MEMBER' as const }
      : { title: "Director of Children's Services", chairType: 'DIRECTOR_OF_CHILDRENS_SERVICES' as const };
  const seats = withChairHistory(ctx, board, chosen.slice(0, 32), seat(p.la, former.title), former.chairType);
  // Before the October 2006 mergers the predecessor PCTs sat instead (004 ¶66).
  const predecessors = p.pcts.flatMap((trust) => trust.predecessors.map((old) => seat(old, 'Chief Executive')));
  const manager = random.chance(0.7)
    ? [
        {
          ...seat(p.la, "Children's Trust Manager"),
          role: 'ATTENDEE' as const,
          votingRight: false,
          canCommitResources: null,
        },
      ]
    : [];
  seatMembers(ctx.rows, board, [...seats, ...predecessors, ...manager]);
}

/** 88% council, 10% another partner, 2% independent (003 ¶84); council chairs split as 004 ¶87's pathfinders. */
function chairSeat(ctx: AreaContext, seat: BoardSeat): Seat {
  const { area, partners: p } = ctx;
  const pct = p.pcts[0]!.current;
  const random = ctx.random('board-chair');
  switch (ctx.profile.chairType) {
    case 'LEAD_MEMBER':
      return seat(p.la, "Lead Member for Children's Services");
    case 'DIRECTOR_OF_CHILDRENS_SERVICES':
      return seat(p.la, "Director of Children's Services");
    case 'LEADER_OF_THE_COUNCIL':
      return seat(p.la, 'Leader of the Council');
    case 'CHIEF_EXECUTIVE':
      return seat(p.la, 'Chief Executive');
    case 'ALTERNATING_LA_PCT':
      return seat(pct, 'Chief Executive');
    case 'OTHER_PARTNER':
      return random.chance(0.8)
        ? seat(pct, random.pick(['Chief Executive', 'Chair']))
        : seat(p.police, `Divisional Commander, ${area.name}`);
    case 'INDEPENDENT':
      return seat(null, "Independent Chair, Children's Trust Board", { constituency: 'OTHER' });
  }
}

/** Seats the profile requires: its quotas for partner kinds, lead members, children and young people, parents. */
function requiredSeats(ctx: AreaContext, seat: BoardSeat, chair: Seat): Seat[] {
  const { area, partners: p, profile } = ctx;
  const random = ctx.random('board-required');
  const has = (kind: PresenceKind) => profile.present.has(kind);
  const pctTitle = chair.onBehalfOf === p.pcts[0]!.current ? 'Director of Commissioning' : 'Chief Executive';
  const coOptee = { role: 'CO_OPTEE', constituency: 'OTHER', sources: cite.youngPeople } as const;
  const seats: (Seat | false)[] = [
    seat(p.la, "Director of Children's Services"),
    profile.leadMemberOnBoard && { ...seat(p.la, "Lead Member for Children's Services"), sources: cite.leadMember },
    ...p.pcts.map((trust) => seat(trust.current, pctTitle)),
    has('POLICE_SERVICE') && seat(p.police, `Divisional Commander, ${area.name}`),
    has('YOUTH_OFFENDING_TEAM') && seat(p.yot, 'Head of Youth Offending Service'),
    has('SCHOOL') && seat(p.primarySchools[0] ?? p.specialSchool, 'Headteacher', sector),
    has('VOLUNTARY_AND_COMMUNITY') && seat(p.cvs, 'Chief Officer', sector),
    has('CONNEXIONS') && seat(p.connexions, `Area Manager, ${area.name}`),
    has('PRIVATE_SECTOR') && { ...seat(p.business, 'Chief Executive', sector), sources: cite.privateSector },
    has('LEARNING_AND_SKILLS_COUNCIL') && seat(p.lsc, `Area Director, ${area.name}`),
    has('FIRE_SERVICE') && seat(p.fire, `Area Manager, ${area.name}`),
    has('NHS_TRUST') && seat(p.nhsTrust, 'Director of Nursing'),
    // Every district has a councillor on the board (001 App. 1: "not assume that one district represents the others").
    ...p.districtCouncils.map((council, i) =>
      seat(council, 'Councillor representative on the county board', {
        constituency: ctx.districtConstituency.get(ctx.places.districts[i]!.code) ?? 'OWN_ORGANISATION',
        sources: cite.districtCouncillors,
      }),
    ),
    has('PROBATION_SERVICE') && seat(p.probation, `Assistant Chief Officer, ${area.name}`),
    has('FE_COLLEGE') && seat(p.college, 'Principal', sector),
    has('JOBCENTRE_PLUS') && seat(p.jobcentre, `District Manager, ${area.name}`),
    ...(profile.youngPeople
      ? [1, 2].map((n) =>
          seat(null, `Young People's Representative ${n}`, { ...coOptee, votingRight: random.chance(0.5) }),
        )
      : []),
    profile.parents && seat(null, 'Parent Representative', coOptee),
  ];
  return seats.filter((s): s is Seat => s !== false);
}

/** Further officers and representatives, drawn until the board reaches its size. */
function optionalSeats(ctx: AreaContext, seat: BoardSeat, bodies: AreaBodies): Seat[] {
  const { partners: p, profile } = ctx;
  const pct = p.pcts[0]!.current;
  return [
    seat(p.la, 'Chief Executive'),
    seat(p.la, 'Leader of the Council'),
    seat(p.la, "Opposition Spokesperson for Children's Services"),
    seat(p.la, 'Assistant Director, Safeguarding and Specialist Services'),
    seat(p.la, 'Assistant Director, Learning and Achievement'),
    seat(pct, 'Director of Public Health'),
    seat(pct, 'Professional Executive Committee Chair'),
    ...(profile.present.has('SCHOOL')
      ? [seat(p.highSchools[0] ?? p.specialSchool, 'Headteacher', sector), seat(p.specialSchool, 'Headteacher', sector)]
      : []),
    ...(profile.present.has('VOLUNTARY_AND_COMMUNITY') ? [seat(p.vcsForum, 'Chair', sector)] : []),
    // Joint members link the board and the LSCB (004 ¶83).
    ...(bodies.lscbIndependentChair
      ? [
          seat(null, 'Independent Chair, Safeguarding Children Board', {
            constituency: 'OTHER',
            sources: cite.lscbJointMembers,
          }),
        ]
      : []),
  ];
}

function withoutRepeatedPosts(seats: Seat[], already: Seat[] = []): Seat[] {
  const seen = new Set(already.map((s) => s.post.key));
  return seats.filter((s) => !seen.has(s.post.key) && seen.add(s.post.key));
}

/**
 * About a third of older boards changed chair by autumn 2008; alternating boards always have (004 ¶87). The
 * earlier chair was usually the director, or the lead member when the director chairs now.
 */
function withChairHistory(
  ctx: AreaContext,
  board: Body,
  seats: Seat[],
  formerChairSeat: Seat,
  formerChairType: ChairType,
): Seat[] {
  const random = ctx.random('chair-history');
  const alternating = ctx.profile.chairType === 'ALTERNATING_LA_PCT';
  if (board.validFrom >= '2007-06-01' || !(alternating || random.chance(0.35))) return seats;
  const [chair, ...others] = seats;
  if (!chair) return seats;
  const changedOn = dayBetween(random, addMonths(board.validFrom, 12), '2008-09-01');
  // An alternating board's chair type holds through each change of chair; any other board's changes with it.
  if (!alternating) changeChairType(ctx, board, changedOn, formerChairType);
  const formerChair: Seat = { ...formerChairSeat, role: 'CHAIR', to: changedOn, sources: cite.chairs };
  // The former chair stays on as a member if the board still has a seat for the post; the new one was a member.
  const stays = others.some((s) => s.post.key === formerChairSeat.post.key);
  const rest = others.flatMap((s) =>
    s.post.key === formerChairSeat.post.key ? [formerChair, { ...s, from: changedOn }] : [s],
  );
  const wasMember = chair.onBehalfOf ? [{ ...chair, role: 'MEMBER' as const, to: changedOn }] : [];
  return [{ ...chair, from: changedOn }, ...wasMember, ...(stays ? rest : [formerChair, ...rest])];
}

/** The board's workings period splits where its chair changed: the former chair's type until then, the profile's after. */
function changeChairType(ctx: AreaContext, board: Body, changedOn: string, formerChairType: ChairType): void {
  const current = ctx.rows.bodyWorkings.find((row) => row.bodyId === board.id && row.validTo === board.validTo);
  if (!current) return;
  ctx.rows.bodyWorkings.push({
    ...current,
    id: nationalId('body_workings', `${board.key}|${changedOn}`),
    validFrom: changedOn,
  });
  Object.assign(current, { chairType: formerChairType, validTo: changedOn, sources: [...cite.chairs] });
}
