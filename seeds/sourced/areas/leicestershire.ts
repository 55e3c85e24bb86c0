import type { AreaContext } from '../area-context';
import type { SourcedBuilder } from '../builder-plans';
import { c000, c001, c003, generic, sourced, synthetic } from '../citations';
import { attestedBy000, pctReorganisation, registryEpoch } from '../dates';
import { fillBoard } from '../seats';
import { surround } from '../surround';
import { trustBoard } from '../trust-board';

/**
 * Two-tier Leicestershire. 001 is the County Council's report on the 2008 guidance; 000 lists the council,
 * Leicestershire Police and University Hospitals Leicester among respondents. No source describes its board.
 */
export const leicestershire: AreaContext = {
  slug: 'leicestershire',
  code: 'E10000018',
  name: 'Leicestershire',
  council: 'leicestershire/county-council',
  councilName: 'Leicestershire County Council',
  twoTier: true,
  pcts: ['leicestershire/pct'],
  partners: { acuteTrust: 'leicestershire/university-hospitals' },
};

const ctx = leicestershire;
const respondents = c000('List of organisations that responded');

export function declareLeicestershire(b: SourcedBuilder): void {
  b.area({
    code: ctx.code,
    name: ctx.name,
    kind: 'COUNTY',
    tier: 'UPPER',
    region: 'EAST_MIDLANDS',
    validFrom: registryEpoch,
    prov: sourced(c001('¶8'), respondents),
  });
  b.organisation(ctx.council, {
    name: ctx.councilName,
    kind: 'LOCAL_AUTHORITY',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: sourced(c001('¶8'), respondents),
  });
  b.organisation('leicestershire/police', {
    name: 'Leicestershire Police',
    kind: 'POLICE_SERVICE',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: sourced(respondents),
  });
  // Spelt as in 000's list; the trust's formal name is background knowledge and not used.
  b.organisation('leicestershire/university-hospitals', {
    name: 'University Hospitals Leicester',
    kind: 'NHS_TRUST',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: sourced(respondents),
  });
  b.organisation('leicestershire/pct', {
    name: 'Leicestershire County and Rutland PCT',
    kind: 'PRIMARY_CARE_TRUST',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: pctReorganisation,
    prov: synthetic(generic.pctMergers, c001('¶5')),
  });
  // The PCT served Rutland and the police Leicester and Rutland too; the sources describe neither unitary, so the
  // registry records only the county, and reads both as coterminous with it.
  b.coverage('leicestershire/pct', ctx.code, synthetic(generic.pctCoverage), pctReorganisation);
  b.coverage('leicestershire/police', ctx.code, synthetic(generic.policeCoverage), registryEpoch);
  // 001 ¶8 recommends having a board "in the interim"; 96% of areas had one by March 2008 (003 ¶58). The board,
  // its name and all its seats are synthetic.
  const board = trustBoard(b, ctx, {
    name: "Leicestershire children's trust board",
    validFrom: attestedBy000,
    prov: synthetic(c001('¶8'), generic.boardsEverywhere),
  });
  fillBoard(b, ctx, board, { size: 12, validFrom: attestedBy000 });
  b.seat(board, 'leicestershire/university-hospitals', { prov: synthetic(c003('Table 6'), respondents) });
  surround(b, ctx);
}
