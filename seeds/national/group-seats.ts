import type { AreaBodies, EcmOutcome } from './bodies';
import type { AreaContext } from './context';
import { cite } from './figures';
import type { Organisation } from './organisations';
import { seatMembers, type Body, type Seat } from './posts';
import type { Random } from './random';

type SeatMaker = (org: Organisation | null, title: string, extra?: Partial<Seat>) => Seat;

/** Outside the board no figure applies, so mandates are drawn: councils and PCTs more often hold one. */
function seatMaker(ctx: AreaContext, random: Random): SeatMaker {
  return (org, title, extra = {}) => {
    const strong = org?.kind === 'LOCAL_AUTHORITY' || org?.kind === 'PRIMARY_CARE_TRUST';
    const draw = random.next();
    const canCommitResources = org === null ? null : draw < (strong ? 0.5 : 0.25) ? true : draw < 0.8 ? false : null;
    return { post: ctx.posts.of(org, title), onBehalfOf: org, canCommitResources, ...extra };
  };
}

const chairOf = (seat: Seat): Seat => ({ ...seat, role: 'CHAIR' });

/** Seats on every body but the board: LSCB, LSP, CDRP, 14-19, executive, sub-groups, localities and districts. */
export function seatGroups(ctx: AreaContext, bodies: AreaBodies): void {
  const { area, partners: p, rows } = ctx;
  const random = ctx.random('group-seats');
  const seat = seatMaker(ctx, random);
  const place = area.name;
  const sector = { constituency: 'SECTOR' } as const;
  const dcs = seat(p.la, "Director of Children's Services");
  const safeguarding = seat(p.la, 'Assistant Director, Safeguarding and Specialist Services');
  const learning = seat(p.la, 'Assistant Director, Learning and Achievement');
  const youth = seat(p.la, 'Head of Integrated Youth Support');
  const police = seat(p.police, `Head of Public Protection, ${place}`);
  const commander = seat(p.police, `Divisional Commander, ${place}`);
  const yot = seat(p.yot, 'Head of Youth Offending Service');
  const connexions = seat(p.connexions, `Area Manager, ${place}`);
  const pcts = p.pcts.map((trust) => trust.current);
  const publicHealth = seat(pcts[0]!, 'Director of Public Health');
  const some = (chance: number, ...seats: Seat[]) => (random.chance(chance) ? seats : []);
  const write = (body: Body | null, seats: Seat[]) => body && seatMembers(rows, body, seats);

  write(bodies.lscb, [
    bodies.lscbIndependentChair
      ? chairOf(seat(null, 'Independent Chair, Safeguarding Children Board', { constituency: 'OTHER' }))
      : chairOf(dcs),
    dcs,
    safeguarding,
    ...pcts.map((pct) => seat(pct, 'Designated Nurse for Safeguarding Children')),
    police,
    seat(p.probation, `Assistant Chief Officer, ${place}`),
    yot,
    seat(p.nhsTrust, 'Director of Nursing'),
    seat(p.cafcass, `Service Manager, ${place}`),
    seat(p.primarySchools[0]!, 'Headteacher', sector),
    seat(p.vcsForum, 'Chair', sector),
    ...some(0.6, seat(p.la, "Lead Member for Children's Services", { role: 'ASSOCIATE', votingRight: false })),
    ...some(0.5, { ...seat(p.la, "Children's Trust Manager"), sources: cite.lscbJointMembers }),
    ...some(0.3, connexions),
    ...p.districtCouncils
      .slice(0, 1)
      .map((council) => seat(council, 'Councillor representative', { constituency: 'ALL_DISTRICTS' })),
  ]);
  write(bodies.lsp, [
    chairOf(seat(p.la, 'Leader of the Council')),
    seat(p.la, 'Chief Executive'),
    ...pcts.map((pct) => seat(pct, 'Chief Executive')),
    commander,
    seat(p.policeAuthority, `Member for ${place}`),
    seat(p.fire, `Area Manager, ${place}`),
    seat(p.lsc, `Area Director, ${place}`),
    seat(p.jobcentre, `District Manager, ${place}`),
    seat(p.cvs, 'Chief Officer', sector),
    seat(p.business, 'Chief Executive', sector),
    seat(p.college, 'Principal', sector),
    ...p.districtCouncils.map((council) => seat(council, 'Leader of the Council')),
    ...some(0.5, seat(p.probation, `Assistant Chief Officer, ${place}`)),
  ]);
  write(bodies.cdrp, [
    chairOf(random.chance(0.5) ? seat(p.la, 'Chief Executive') : commander),
    seat(p.la, 'Head of Community Safety'),
    commander,
    seat(p.policeAuthority, `Member for ${place}`),
    seat(p.fire, `Area Manager, ${place}`),
    publicHealth,
    seat(p.probation, `Assistant Chief Officer, ${place}`),
    yot,
    ...p.districtCouncils.map((council) => seat(council, 'Community Safety Manager')),
  ]);
  write(bodies.fourteenNineteen, [
    chairOf(learning),
    seat(p.lsc, `Area Director, ${place}`),
    seat(p.college, 'Principal', sector),
    ...p.highSchools.map((school) => seat(school, 'Headteacher', sector)),
    seat(p.specialSchool, 'Headteacher', sector),
    connexions,
    seat(p.jobcentre, `District Manager, ${place}`),
    seat(p.business, 'Education Business Partnership Manager', sector),
    ...some(0.4, yot),
    ...some(0.4, seat(p.vcsForum, 'Chair', sector)),
  ]);
  write(bodies.executive, [
    chairOf(dcs),
    safeguarding,
    learning,
    ...pcts.map((pct) => seat(pct, 'Director of Commissioning')),
    police,
    yot,
    ...some(0.5, connexions),
    ...some(0.3, seat(p.lsc, `Area Director, ${place}`)),
    ...some(0.7, seat(p.la, "Children's Trust Manager")),
  ]);
  const themeChairs: Record<EcmOutcome, Seat> = {
    BE_HEALTHY: publicHealth,
    STAY_SAFE: safeguarding,
    ENJOY_AND_ACHIEVE: learning,
    POSITIVE_CONTRIBUTION: youth,
    ECONOMIC_WELLBEING: connexions,
  };
  const themePool = [
    dcs,
    safeguarding,
    learning,
    youth,
    publicHealth,
    police,
    yot,
    connexions,
    seat(p.nhsTrust, 'Director of Nursing'),
    seat(p.cvs, 'Chief Officer', sector),
    seat(p.vcsForum, 'Chair', sector),
    seat(p.primarySchools[0]!, 'Headteacher', sector),
    seat(p.college, 'Principal', sector),
    seat(p.lsc, `Area Director, ${place}`),
    seat(p.jobcentre, `District Manager, ${place}`),
  ];
  for (const { outcome, body } of bodies.themes) {
    const chair = themeChairs[outcome];
    const members = random.shuffle(themePool.filter((s) => s.post.key !== chair.post.key)).slice(0, random.int(4, 8));
    write(body, [chairOf(chair), ...members]);
  }
  write(bodies.performance, [
    chairOf(seat(p.la, 'Head of Performance')),
    seat(pcts[0]!, 'Head of Performance'),
    safeguarding,
    learning,
    police,
    yot,
  ]);
  write(bodies.commissioning, [
    chairOf(seat(p.la, 'Head of Joint Commissioning')),
    ...pcts.map((pct) => seat(pct, 'Director of Commissioning')),
    seat(pcts[0]!, "Children's Commissioning Manager"),
    safeguarding,
    ...some(0.5, yot),
    ...some(0.4, seat(p.cvs, 'Chief Officer', sector)),
  ]);
  seatLocalities(ctx, bodies, seat, random);
}

/** Locality boards gather local heads, the council's locality manager and neighbourhood services (001 App. 1). */
function seatLocalities(ctx: AreaContext, bodies: AreaBodies, seat: SeatMaker, random: Random): void {
  const { partners: p, rows } = ctx;
  const sector = { constituency: 'SECTOR' } as const;
  bodies.localities.forEach(({ place, body }, i) => {
    const primary = seat(p.primarySchools[i]!, 'Headteacher', sector);
    const high = seat(p.highSchools[Math.floor(i / 2)] ?? p.specialSchool, 'Headteacher', sector);
    const manager = seat(p.la, `Locality Manager, ${place.name}`);
    seatMembers(rows, body, [
      chairOf(random.chance(0.5) ? manager : random.pick([primary, high])),
      manager,
      primary,
      high,
      seat(p.pcts[i % p.pcts.length]!.current, `Health Visiting Team Leader, ${place.name}`),
      seat(p.police, `Neighbourhood Inspector, ${place.name}`),
      seat(p.cvs, `Locality Development Worker, ${place.name}`, sector),
      ...(random.chance(0.3) ? [seat(p.yot, `Youth Offending Officer, ${place.name}`)] : []),
      ...(random.chance(0.3) ? [seat(p.connexions, `Personal Adviser Team Leader, ${place.name}`)] : []),
      ...(random.chance(0.3)
        ? [
            seat(null, `Young People's Representative, ${place.name}`, {
              role: 'CO_OPTEE',
              constituency: 'OTHER',
              sources: cite.youngPeople,
            }),
          ]
        : []),
    ]);
  });
  for (const { place, index, body } of bodies.districts) {
    const council = p.districtCouncils[index]!;
    seatMembers(rows, body, [
      chairOf(seat(council, 'Lead Councillor for Children and Young People')),
      seat(p.la, `District Commissioner, ${place.name}`, { sources: cite.districtBoards }),
      seat(p.pcts[index % p.pcts.length]!.current, `Locality Commissioner, ${place.name}`),
      seat(p.police, `District Commander, ${place.name}`),
      seat(p.cvs, `Locality Development Worker, ${place.name}`, sector),
      // Localities of a county are dealt out to its districts in turn, and each has its primary school.
      ...p.primarySchools
        .filter((_, i) => i % p.districtCouncils.length === index)
        .map((school) => seat(school, 'Headteacher', sector)),
    ]);
  }
}
