import type { AreaBodies, EcmOutcome } from './body';
import type { AreaContext } from './context';
import { cite } from './figures';
import { seatMembers, type Body, type Seat } from './posts';
import { chairOf, seatMaker } from './seat-maker';
import { seatLocalities } from './locality-seats';

type Kit = ReturnType<typeof groupKit>;

/** The seat maker and the posts several bodies share: one office sits on many bodies (joint members, 004 ¶83). */
function groupKit(ctx: AreaContext) {
  const { area, partners: p, rows } = ctx;
  const random = ctx.random('group-seats');
  const seat = seatMaker(ctx, random);
  const pcts = p.pcts.map((trust) => trust.current);
  const c = {
    pcts,
    dcs: seat(p.la, "Director of Children's Services"),
    safeguarding: seat(p.la, 'Assistant Director, Safeguarding and Specialist Services'),
    learning: seat(p.la, 'Assistant Director, Learning and Achievement'),
    youth: seat(p.la, 'Head of Integrated Youth Support'),
    police: seat(p.police, `Head of Public Protection, ${area.name}`),
    commander: seat(p.police, `Divisional Commander, ${area.name}`),
    yot: seat(p.yot, 'Head of Youth Offending Service'),
    connexions: seat(p.connexions, `Area Manager, ${area.name}`),
    publicHealth: seat(pcts[0]!, 'Director of Public Health'),
  };
  return {
    random,
    seat,
    c,
    sector: { constituency: 'SECTOR' } as const,
    some: (chance: number, ...seats: Seat[]) => (random.chance(chance) ? seats : []),
    write: (body: Body | null, seats: Seat[]) => body && seatMembers(rows, body, seats),
  };
}

/** Seats on every body but the board: LSCB, LSP, CDRP, 14-19, executive, sub-groups, localities and districts. */
export function seatGroups(ctx: AreaContext, bodies: AreaBodies): void {
  const kit = groupKit(ctx);
  seatStrategicGroups(ctx, bodies, kit);
  seatExecutiveGroups(ctx, bodies, kit);
  seatLocalities(ctx, bodies, kit.seat, kit.random);
}

/** The LSCB, LSP, CDRP and 14-19 partnership, each with the partners the guidance expects of it. */
function seatStrategicGroups(
  ctx: AreaContext,
  bodies: AreaBodies,
  { random, seat, c, sector, some, write }: Kit,
): void {
  const { area, partners: p } = ctx;
  write(bodies.lscb, [
    bodies.lscbIndependentChair
      ? chairOf(seat(null, 'Independent Chair, Safeguarding Children Board', { constituency: 'OTHER' }))
      : chairOf(c.dcs),
    c.dcs,
    c.safeguarding,
    ...c.pcts.map((pct) => seat(pct, 'Designated Nurse for Safeguarding Children')),
    c.police,
    seat(p.probation, `Assistant Chief Officer, ${area.name}`),
    c.yot,
    seat(p.nhsTrust, 'Director of Nursing'),
    seat(p.cafcass, `Service Manager, ${area.name}`),
    seat(p.primarySchools[0]!, 'Headteacher', sector),
    seat(p.vcsForum, 'Chair', sector),
    ...some(0.6, seat(p.la, "Lead Member for Children's Services", { role: 'ASSOCIATE', votingRight: false })),
    ...some(21 / 31, { ...seat(p.la, "Children's Trust Manager"), sources: cite.lscbJointMembers }),
    ...some(0.3, c.connexions),
    ...p.districtCouncils
      .slice(0, 1)
      .map((council) => seat(council, 'Councillor representative', { constituency: 'ALL_DISTRICTS' })),
  ]);
  write(bodies.lsp, [
    chairOf(seat(p.la, 'Leader of the Council')),
    seat(p.la, 'Chief Executive'),
    ...c.pcts.map((pct) => seat(pct, 'Chief Executive')),
    c.commander,
    seat(p.policeAuthority, `Member for ${area.name}`),
    seat(p.fire, `Area Manager, ${area.name}`),
    seat(p.lsc, `Area Director, ${area.name}`),
    seat(p.jobcentre, `District Manager, ${area.name}`),
    seat(p.cvs, 'Chief Officer', sector),
    seat(p.business, 'Chief Executive', sector),
    seat(p.college, 'Principal', sector),
    ...p.districtCouncils.map((council) => seat(council, 'Leader of the Council')),
    ...some(0.5, seat(p.probation, `Assistant Chief Officer, ${area.name}`)),
  ]);
  write(bodies.cdrp, [
    chairOf(random.chance(0.5) ? seat(p.la, 'Chief Executive') : c.commander),
    seat(p.la, 'Head of Community Safety'),
    c.commander,
    seat(p.policeAuthority, `Member for ${area.name}`),
    seat(p.fire, `Area Manager, ${area.name}`),
    c.publicHealth,
    seat(p.probation, `Assistant Chief Officer, ${area.name}`),
    c.yot,
    ...p.districtCouncils.map((council) => seat(council, 'Community Safety Manager')),
  ]);
  write(bodies.fourteenNineteen, [
    chairOf(c.learning),
    seat(p.lsc, `Area Director, ${area.name}`),
    seat(p.college, 'Principal', sector),
    ...p.highSchools.map((school) => seat(school, 'Headteacher', sector)),
    seat(p.specialSchool, 'Headteacher', sector),
    c.connexions,
    seat(p.jobcentre, `District Manager, ${area.name}`),
    seat(p.business, 'Education Business Partnership Manager', sector),
    ...some(0.4, c.yot),
    ...some(0.4, seat(p.vcsForum, 'Chair', sector)),
  ]);
}

/** The chief officers' group, the ECM sub-groups, the performance board and the joint commissioning unit. */
function seatExecutiveGroups(
  ctx: AreaContext,
  bodies: AreaBodies,
  { random, seat, c, sector, some, write }: Kit,
): void {
  const { area, partners: p } = ctx;
  write(bodies.executive, [
    chairOf(c.dcs),
    c.safeguarding,
    c.learning,
    ...c.pcts.map((pct) => seat(pct, 'Director of Commissioning')),
    c.police,
    c.yot,
    ...some(0.5, c.connexions),
    ...some(0.3, seat(p.lsc, `Area Director, ${area.name}`)),
    ...some(0.7, seat(p.la, "Children's Trust Manager")),
  ]);
  const themeChairs: Record<EcmOutcome, Seat> = {
    BE_HEALTHY: c.publicHealth,
    STAY_SAFE: c.safeguarding,
    ENJOY_AND_ACHIEVE: c.learning,
    POSITIVE_CONTRIBUTION: c.youth,
    ECONOMIC_WELLBEING: c.connexions,
  };
  const themePool = [
    c.dcs,
    c.safeguarding,
    c.learning,
    c.youth,
    c.publicHealth,
    c.police,
    c.yot,
    c.connexions,
    seat(p.nhsTrust, 'Director of Nursing'),
    seat(p.cvs, 'Chief Officer', sector),
    seat(p.vcsForum, 'Chair', sector),
    seat(p.primarySchools[0]!, 'Headteacher', sector),
    seat(p.college, 'Principal', sector),
    seat(p.lsc, `Area Director, ${area.name}`),
    seat(p.jobcentre, `District Manager, ${area.name}`),
  ];
  for (const { outcome, body } of bodies.themes) {
    const chair = themeChairs[outcome];
    const members = random.shuffle(themePool.filter((s) => s.post.key !== chair.post.key)).slice(0, random.int(4, 8));
    write(body, [chairOf(chair), ...members]);
  }
  write(bodies.performance, [
    chairOf(seat(p.la, 'Head of Performance')),
    seat(c.pcts[0]!, 'Head of Performance'),
    c.safeguarding,
    c.learning,
    c.police,
    c.yot,
  ]);
  write(bodies.commissioning, [
    chairOf(seat(p.la, 'Head of Joint Commissioning')),
    ...c.pcts.map((pct) => seat(pct, 'Director of Commissioning')),
    seat(c.pcts[0]!, "Children's Commissioning Manager"),
    c.safeguarding,
    ...some(0.5, c.yot),
    ...some(0.4, seat(p.cvs, 'Chief Officer', sector)),
  ]);
}
