import type { AreaBodies } from './bodies';
import type { AreaContext } from './context';
import { addMonths, dayBetween } from './dates';
import { cite, table6Kinds, type Table6Kind } from './figures';
import type { Organisation } from './organisations';
import { seatMembers, type Body, type Seat } from './posts';
import type { PresenceKind } from './profile';

const isTable6 = (kind: string): kind is Table6Kind => (table6Kinds as readonly string[]).includes(kind);

/**
 * Whether a partner's members on the board can commit its resources. For the 003 Table 6 kinds the area profile
 * decides (so the national shares hold); the answer is per partner, the same for all its seats. Where there is no
 * mandate it is recorded as false or, for some, unknown: many members "lack a mandate" (003 Summary).
 */
function mandates(ctx: AreaContext) {
  const random = ctx.random('board-mandates');
  const decided = new Map<string, boolean | null>();
  return (organisation: Organisation | null): boolean | null => {
    if (!organisation) return null;
    let mandate = decided.get(organisation.kind);
    if (mandate === undefined) {
      const chance = random.next();
      mandate = isTable6(organisation.kind)
        ? ctx.profile.commits.has(organisation.kind) || (chance < 0.7 ? false : null)
        : chance < 0.25
          ? true
          : chance < 0.75
            ? false
            : null;
      decided.set(organisation.kind, mandate);
    }
    return mandate;
  };
}

/** The board's seats: chair, the partners the profile puts on it, district councillors, then extras to its size. */
export function seatBoard(ctx: AreaContext, board: Body, bodies: AreaBodies): void {
  const { area, partners: p, posts, profile } = ctx;
  const random = ctx.random('board-seats');
  const mandate = mandates(ctx);
  const [pct] = p.pcts;
  if (!pct) throw new Error(`${area.name} has no PCT`);
  const seat = (org: Organisation | null, title: string, extra: Partial<Seat> = {}): Seat => ({
    post: posts.of(org, title),
    onBehalfOf: org,
    canCommitResources: mandate(org),
    sources: org && isTable6(org.kind) ? cite.resources : cite.boardMembers,
    ...extra,
  });
  const sector = { constituency: 'SECTOR' } as const;
  const la = (title: string) => seat(p.la, title);
  const chair: Seat = {
    LEAD_MEMBER: () => la("Lead Member for Children's Services"),
    DIRECTOR_OF_CHILDRENS_SERVICES: () => la("Director of Children's Services"),
    LEADER_OF_THE_COUNCIL: () => la('Leader of the Council'),
    CHIEF_EXECUTIVE: () => la('Chief Executive'),
    ALTERNATING_LA_PCT: () => seat(pct.current, 'Chief Executive'),
    OTHER_PARTNER: () =>
      random.chance(0.8)
        ? seat(pct.current, random.pick(['Chief Executive', 'Chair']))
        : seat(p.police, `Divisional Commander, ${area.name}`),
    INDEPENDENT: () => seat(null, "Independent Chair, Children's Trust Board", { constituency: 'OTHER' }),
  }[profile.chairType]();
  const has = (kind: PresenceKind) => profile.present.has(kind);
  const pctTitle = chair.onBehalfOf === pct.current ? 'Director of Commissioning' : 'Chief Executive';
  const core: (Seat | false)[] = [
    { ...chair, role: 'CHAIR', sources: [...cite.chairs, ...cite.councilChairs] },
    la("Director of Children's Services"),
    profile.leadMemberOnBoard && { ...la("Lead Member for Children's Services"), sources: cite.leadMember },
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
    ...p.districtCouncils.map((council, i) => {
      const district = ctx.places.districts[i]!;
      return {
        ...seat(council, 'Councillor representative on the county board'),
        constituency: ctx.districtConstituency.get(district.code) ?? 'OWN_ORGANISATION',
        sources: cite.districtCouncillors,
      };
    }),
    has('PROBATION_SERVICE') && seat(p.probation, `Assistant Chief Officer, ${area.name}`),
    has('FE_COLLEGE') && seat(p.college, 'Principal', sector),
    has('JOBCENTRE_PLUS') && seat(p.jobcentre, `District Manager, ${area.name}`),
    ...(profile.youngPeople
      ? [1, 2].map((n) =>
          seat(null, `Young People's Representative ${n}`, {
            role: 'CO_OPTEE',
            constituency: 'OTHER',
            votingRight: random.chance(0.5),
            sources: cite.youngPeople,
          }),
        )
      : []),
    profile.parents &&
      seat(null, 'Parent Representative', { role: 'CO_OPTEE', constituency: 'OTHER', sources: cite.youngPeople }),
  ];
  const extras = random.shuffle([
    la('Chief Executive'),
    la('Leader of the Council'),
    la("Opposition Spokesperson for Children's Services"),
    la('Assistant Director, Safeguarding and Specialist Services'),
    la('Assistant Director, Learning and Achievement'),
    seat(pct.current, 'Director of Public Health'),
    seat(pct.current, 'Professional Executive Committee Chair'),
    ...(has('SCHOOL')
      ? [seat(p.highSchools[0] ?? p.specialSchool, 'Headteacher', sector), seat(p.specialSchool, 'Headteacher', sector)]
      : []),
    ...(has('VOLUNTARY_AND_COMMUNITY') ? [seat(p.vcsForum, 'Chair', sector)] : []),
    ...(bodies.lscbIndependentChair
      ? [
          seat(null, 'Independent Chair, Safeguarding Children Board', {
            constituency: 'OTHER',
            sources: cite.lscbJointMembers,
          }),
        ]
      : []),
  ]);
  // Board sizes run from 6 to 32 (004 ¶88), most between 9 and 30 (003 Table 3).
  const target = Math.min(32, Math.max(6, 8 + random.int(0, 11) + random.int(0, 11)));
  const chosen = withoutRepeatedPosts(core.filter((s): s is Seat => s !== false));
  for (const extra of withoutRepeatedPosts(extras, chosen)) {
    if (chosen.length >= target) break;
    chosen.push(extra);
  }
  const formerTitle =
    profile.chairType === 'DIRECTOR_OF_CHILDRENS_SERVICES'
      ? "Lead Member for Children's Services"
      : "Director of Children's Services";
  const seats = withChairHistory(ctx, board, chosen.slice(0, 32), la(formerTitle));
  const predecessors = p.pcts.flatMap((trust) => trust.predecessors.map((old) => seat(old, 'Chief Executive')));
  const manager = random.chance(0.7)
    ? [
        {
          ...seat(p.la, "Children's Trust Manager"),
          post: posts.of(p.la, "Children's Trust Manager", board),
          role: 'ATTENDEE' as const,
          votingRight: false,
          canCommitResources: null,
        },
      ]
    : [];
  seatMembers(ctx.rows, board, [...seats, ...predecessors, ...manager]);
}

function withoutRepeatedPosts(seats: Seat[], already: Seat[] = []): Seat[] {
  const seen = new Set(already.map((s) => s.post.key));
  return seats.filter((s) => !seen.has(s.post.key) && seen.add(s.post.key));
}

/**
 * About a third of older boards changed chair by autumn 2008; alternating boards always have (004 ¶87). The
 * earlier chair was usually the director, or the lead member when the director chairs now.
 */
function withChairHistory(ctx: AreaContext, board: Body, seats: Seat[], formerChairSeat: Seat): Seat[] {
  const random = ctx.random('chair-history');
  const alternating = ctx.profile.chairType === 'ALTERNATING_LA_PCT';
  if (board.validFrom >= '2007-06-01' || !(alternating || random.chance(0.35))) return seats;
  const [chair, ...others] = seats;
  if (!chair) return seats;
  const changedOn = dayBetween(random, addMonths(board.validFrom, 12), '2008-09-01');
  const formerChair: Seat = { ...formerChairSeat, role: 'CHAIR', to: changedOn, sources: cite.chairs };
  // The former chair stays on as a member if the board still has a seat for the post; the new one was a member.
  const stays = others.some((s) => s.post.key === formerChairSeat.post.key);
  const rest = others.flatMap((s) =>
    s.post.key === formerChairSeat.post.key ? [formerChair, { ...s, from: changedOn }] : [s],
  );
  const wasMember = chair.onBehalfOf ? [{ ...chair, role: 'MEMBER' as const, to: changedOn }] : [];
  return [{ ...chair, from: changedOn }, ...wasMember, ...(stays ? rest : [formerChair, ...rest])];
}
