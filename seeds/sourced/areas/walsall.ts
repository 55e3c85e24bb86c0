import type { AreaContext } from '../area-context';
import type { SourcedBuilder } from '../builder-plans';
import { c003, generic, sourced, synthetic } from '../citations';
import { registryEpoch, yearStart } from '../dates';
import { surround } from '../surround';
import { caseStudyTrust } from '../trust-board';
import { declareWalsallCommissioning } from './walsall-commissioning';

/** Metropolitan Walsall: an independent chair (003 Table 3) and a joint commissioning strategy (003 Fig 15). */
export const walsall: AreaContext = {
  slug: 'walsall',
  code: 'E08000030',
  name: 'Walsall',
  council: 'walsall/council',
  councilName: 'Walsall Metropolitan Borough Council',
  twoTier: false,
  pcts: ['walsall/pct'],
  partners: { police: 'org/west-midlands-police', vcs: 'walsall/voluntary-action' },
};

const ctx = walsall;
const fig15 = sourced(c003('Fig 15'));

/**
 * The partners who produced the joint commissioning strategy: "the local authority, West Midlands Police, Serco
 * (education services supplier to the council), the Children's Safeguarding Board, the LSP, Walsall Voluntary
 * Action, the PCT, and the Black Country Children's Services Improvement Partnership (multi-area)" (003 Fig 15).
 * The PCT is unnamed there, so it gets a plain label rather than its proper name.
 */
function declarePartners(b: SourcedBuilder): void {
  b.area({
    code: ctx.code,
    name: ctx.name,
    kind: 'METROPOLITAN_BOROUGH',
    tier: 'UPPER',
    region: 'WEST_MIDLANDS',
    validFrom: registryEpoch,
    prov: sourced(c003('Table 3'), c003('Fig 15')),
  });
  b.organisation(ctx.council, {
    name: ctx.councilName,
    kind: 'LOCAL_AUTHORITY',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: sourced(c003('App. 1 ¶162'), c003('Fig 15')),
  });
  b.organisation('walsall/pct', {
    name: 'Walsall PCT',
    kind: 'PRIMARY_CARE_TRUST',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: fig15,
  });
  b.coverage('walsall/pct', ctx.code, synthetic(generic.pctCoverage), registryEpoch);
  b.organisation('org/west-midlands-police', {
    name: 'West Midlands Police',
    kind: 'POLICE_SERVICE',
    sector: 'PUBLIC',
    validFrom: registryEpoch,
    prov: fig15,
  });
  // Fig 15 names the force, not what it served: its coverage is background, as the PCT's is.
  b.coverage('org/west-midlands-police', ctx.code, synthetic(generic.policeCoverage), registryEpoch);
  b.organisation('org/serco', {
    name: 'Serco',
    kind: 'PRIVATE_SECTOR',
    sector: 'PRIVATE',
    validFrom: registryEpoch,
    coverage: [ctx.code],
    prov: fig15,
  });
  b.organisation('walsall/voluntary-action', {
    name: 'Walsall Voluntary Action',
    kind: 'VOLUNTARY_AND_COMMUNITY',
    sector: 'VOLUNTARY_AND_COMMUNITY',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: fig15,
  });
  b.organisation('org/black-country-csip', {
    name: "Black Country Children's Services Improvement Partnership",
    kind: 'OTHER',
    sector: 'PUBLIC',
    validFrom: registryEpoch,
    coverage: [ctx.code],
    prov: fig15,
  });
}

/** The independent chair holds a post of the trust itself, not of the council. */
function declareIndependentChair(b: SourcedBuilder, board: string): void {
  const table3 = sourced(c003('Table 3'));
  const chair = 'walsall/post/independent-chair';
  b.post(chair, {
    title: "Independent Chair, Walsall Children and Young People's Trust",
    responsibleTo: board,
    senior: true,
    validFrom: yearStart(2005),
    prov: table3,
  });
  b.seat(board, chair, { role: 'CHAIR', constituency: 'OTHER', prov: table3 });
}

export function declareWalsall(b: SourcedBuilder): void {
  declarePartners(b);
  caseStudyTrust(b, ctx, {
    name: "Walsall Children and Young People's Trust",
    validFrom: yearStart(2005),
    established: yearStart(2005),
    chairType: 'INDEPENDENT',
    size: 14,
    prov: sourced(c003('Table 3'), c003('Fig 15')),
    named: (board) => declareIndependentChair(b, board),
  });
  surround(b, ctx, {
    lsp: { name: 'Walsall local strategic partnership', prov: fig15 },
    lscb: { name: "Walsall Children's Safeguarding Board", prov: fig15 },
  });
  declareWalsallCommissioning(b, ctx);
}
