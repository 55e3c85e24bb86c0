import type { UpperArea } from './areas';
import { buildBoard } from './board';
import { seatBoard } from './board-seats';
import { buildPartnershipBodies } from './bodies';
import { buildBudgets } from './budgets';
import { randomFor, type AreaContext } from './context';
import { seatGroups } from './group-seats';
import { buildLines } from './lines';
import type { OrganisationRegistry } from './organisations';
import { buildPartners } from './partners';
import { buildPlaces } from './places';
import { buildPlans } from './plans';
import { PostRegistry } from './posts';
import { buildSelfAssessments } from './self-assessments';
import type { NationalProfile } from './profile';
import type { Rows } from './rows';

/** Builds one area's rows. Its draws depend only on the seed number and its code, never on the other areas. */
export function buildArea(
  area: UpperArea,
  seedNumber: number,
  national: NationalProfile,
  registry: OrganisationRegistry,
  rows: Rows,
): void {
  const profile = national.areas.get(area.code);
  if (!profile) throw new Error(`No profile for ${area.code}`);
  const random = randomFor(seedNumber, area);
  const places = buildPlaces(area, random('places'), rows);
  const partners = buildPartners(registry, area, places, profile.coterminousPct, random('partners'));
  const ctx: AreaContext = {
    area,
    profile,
    places,
    partners,
    posts: new PostRegistry(rows, places.upper),
    rows,
    districtConstituency: national.districtConstituency,
    random,
  };
  const board = buildBoard(ctx);
  // The trust manager answers to the board though the council employs them (cf. 003 Fig 6).
  ctx.posts.of(partners.la, "Children's Trust Manager", board);
  const bodies = { board, ...buildPartnershipBodies(ctx, board) };
  seatBoard(ctx, board, bodies);
  seatGroups(ctx, bodies);
  buildLines(ctx, board, bodies);
  buildBudgets(ctx, board, bodies);
  buildPlans(ctx, board, bodies);
  buildSelfAssessments(ctx, board);
}
