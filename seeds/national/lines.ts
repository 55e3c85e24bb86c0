import type { accountabilityKind, SourceCitation } from '../../schema/database/index';
import type { AreaBodies } from './body';
import type { AreaContext } from './context';
import { overlap } from './dates';
import { cite } from './figures';
import type { Organisation } from './organisations';
import type { Body } from './posts';
import { generated, nationalId } from './rows';

type LineKind = (typeof accountabilityKind.enumValues)[number];
type End = { body: Body } | { organisation: Organisation };

const endKey = (end: End) => ('body' in end ? end.body.key : end.organisation.key);
const endRef = (end: End) => ('body' in end ? end.body : end.organisation);

/**
 * The area's accountability graph (DOMAIN.md §1, "a typical area"). Every line lies within the lifetime of both
 * its ends (§4 rule 14), and REPORTS_TO, ACCOUNTABLE_TO and SUB_GROUP_OF always point up a fixed order of bodies
 * (locality → district → executive → board → LSP), so they can never form a cycle (rule 13).
 */
export function buildLines(ctx: AreaContext, board: Body, bodies: AreaBodies): void {
  const { profile, partners: p, rows } = ctx;
  const random = ctx.random('lines');
  const line = (from: End, kind: LineKind, to: End, sources: readonly SourceCitation[], note?: string) => {
    const period = overlap(endRef(from), endRef(to));
    if (!period) return;
    rows.accountabilityLines.push({
      id: nationalId('accountability_lines', `${endKey(from)}|${kind}|${endKey(to)}`),
      kind,
      fromBodyId: 'body' in from ? from.body.id : null,
      fromOrganisationId: 'organisation' in from ? from.organisation.id : null,
      toBodyId: 'body' in to ? to.body.id : null,
      toOrganisationId: 'organisation' in to ? to.organisation.id : null,
      note: note ?? null,
      ...period,
      ...generated(sources),
    });
  };
  const b = (body: Body): End => ({ body });
  const o = (organisation: Organisation): End => ({ organisation });

  if (profile.reportsToLsp) line(b(board), 'REPORTS_TO', b(bodies.lsp), cite.reportsToLsp);
  line(b(board), 'MUST_CONSULT', b(bodies.lscb), cite.lscbConsulted);
  if (profile.lscbRelation === 'ACCOUNTABLE') line(b(bodies.lscb), 'ACCOUNTABLE_TO', b(board), cite.lscb);
  if (profile.lscbRelation === 'SUB_GROUP') line(b(bodies.lscb), 'SUB_GROUP_OF', b(board), cite.lscb);
  line(b(board), 'WORKS_WITH', b(bodies.cdrp), cite.partnerships);
  line(b(bodies.cdrp), 'REPORTS_TO', b(bodies.lsp), cite.cdrpStrategy);
  line(b(bodies.fourteenNineteen), 'FEEDS_INTO', b(board), cite.partnerships);
  line(b(bodies.executive), 'SUB_GROUP_OF', b(board), cite.subGroups);
  if (profile.guidedByLsp) line(b(bodies.executive), 'GUIDED_BY', b(bodies.lsp), cite.guidedBy);
  for (const { body } of bodies.themes) line(b(body), 'SUB_GROUP_OF', b(bodies.executive), cite.subGroups);
  if (bodies.performance) line(b(bodies.performance), 'SUB_GROUP_OF', b(board), cite.subGroups);
  if (bodies.commissioning) {
    line(b(bodies.commissioning), 'SUB_GROUP_OF', b(bodies.executive), cite.jointCommissioning);
    line(b(bodies.commissioning), 'HOSTED_BY', o(p.la), cite.hosted);
  }
  for (const { body } of bodies.districts) line(b(body), 'REPORTS_TO', b(board), cite.districtBoards);
  bodies.localities.forEach(({ body }, i) => {
    line(b(body), 'ADVISES', b(board), cite.partnerships);
    // In counties with district boards a locality reports through its district; elsewhere to the executive.
    const district = bodies.districts[i % Math.max(1, bodies.districts.length)];
    line(b(body), 'REPORTS_TO', b(district?.body ?? bodies.executive), cite.localities);
  });
  for (const { body } of bodies.scrutiny) line(b(board), 'SCRUTINISED_BY', b(body), cite.scrutiny);
  if (profile.scrutiny.includes('POLICE_AUTHORITY'))
    line(b(board), 'SCRUTINISED_BY', o(p.policeAuthority), cite.scrutiny);
  // Each YOT "should have formalised accountability arrangements" (001 App. 1); no source says to whom or how often
  // they had, so: to the board in some areas, to the CDRP (their youth crime work, 001 App. 1) in most, and
  // unrecorded in a few. Its own stream, so the lines above and below keep their draws.
  const yot = ctx.random('yot-lines').weighted({ board: 35, cdrp: 45, unrecorded: 20 });
  if (yot === 'board') line(o(p.yot), 'ACCOUNTABLE_TO', b(board), cite.yotAccountability);
  if (yot === 'cdrp') line(o(p.yot), 'REPORTS_TO', b(bodies.cdrp), cite.yotAccountability);
  // 004 ¶73–¶75: accountable "to cabinet only", or "to each constituent organisation separately".
  const model = random.weighted({ cabinet: 45, constituents: 30, none: 25 });
  if (model === 'cabinet') line(b(board), 'ACCOUNTABLE_TO', o(p.la), cite.accountableTo, 'to cabinet only');
  if (model === 'constituents') {
    // A board can be accountable to up to three bodies (004 ¶76).
    for (const partner of [p.la, p.pcts[0]!.current, p.police]) {
      line(b(board), 'ACCOUNTABLE_TO', o(partner), cite.boardReach, 'to each constituent organisation separately');
    }
  }
}
