import type { AreaContext } from '../area-context';
import type { SourcedBuilder } from '../builder-plans';
import { c000, c001, c003, generic, sourced, synthetic } from '../citations';
import { attestedBy003, pctReorganisation, registryEpoch, yearStart } from '../dates';
import { surround } from '../surround';
import { caseStudyTrust } from '../trust-board';
import { declareStaffordshireDistricts } from './staffordshire-districts';
import { declareStaffordshireMoney } from './staffordshire-money';

/** Two-tier Staffordshire: a county trust, eight district boards, 50 locality groups, a shadow board (003 ¶62). */
export const staffordshire: AreaContext = {
  slug: 'staffordshire',
  code: 'E10000028',
  name: 'Staffordshire',
  council: 'staffordshire/county-council',
  councilName: 'Staffordshire County Council',
  twoTier: true,
  pcts: ['staffordshire/pct-south', 'staffordshire/pct-north'],
};

const respondents = c000('List of organisations that responded');
const ctx = staffordshire;

/** Background: the PCTs that merged into the two county PCTs in October 2006 (004 ¶66 gives the national picture). */
const mergedPcts: [string, string, string][] = [
  ['burntwood-lichfield-tamworth', 'Burntwood, Lichfield and Tamworth PCT', 'staffordshire/pct-south'],
  ['cannock-chase', 'Cannock Chase PCT', 'staffordshire/pct-south'],
  ['east-staffordshire', 'East Staffordshire PCT', 'staffordshire/pct-south'],
  ['south-western-staffordshire', 'South Western Staffordshire PCT', 'staffordshire/pct-south'],
  ['newcastle-under-lyme', 'Newcastle-under-Lyme PCT', 'staffordshire/pct-north'],
  ['staffordshire-moorlands', 'Staffordshire Moorlands PCT', 'staffordshire/pct-north'],
];

function declarePartners(b: SourcedBuilder): void {
  b.area({
    code: ctx.code,
    name: ctx.name,
    kind: 'COUNTY',
    tier: 'UPPER',
    region: 'WEST_MIDLANDS',
    validFrom: registryEpoch,
    prov: sourced(c003('¶62'), c003('Table 3')),
  });
  b.organisation(ctx.council, {
    name: ctx.councilName,
    kind: 'LOCAL_AUTHORITY',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: sourced(c003('App. 1 ¶162'), c003('Fig 6'), respondents),
  });
  const pctProv = synthetic(generic.pctMergers);
  // Each PCT served part of the county, so neither the six nor the two that followed were coterminous with it.
  const pctCoverage = synthetic(generic.pctCoverage);
  b.organisation('staffordshire/pct-south', {
    name: 'South Staffordshire PCT',
    kind: 'PRIMARY_CARE_TRUST',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: pctReorganisation,
    prov: pctProv,
  });
  b.organisation('staffordshire/pct-north', {
    name: 'North Staffordshire PCT',
    kind: 'PRIMARY_CARE_TRUST',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: pctReorganisation,
    prov: pctProv,
  });
  for (const pct of ctx.pcts) b.coverage(pct, ctx.code, pctCoverage, pctReorganisation);
  for (const [slug, name, successor] of mergedPcts) {
    const key = `staffordshire/pct-before-2006/${slug}`;
    b.organisation(key, {
      name,
      kind: 'PRIMARY_CARE_TRUST',
      sector: 'PUBLIC',
      area: ctx.code,
      validFrom: registryEpoch,
      validTo: pctReorganisation,
      prov: pctProv,
    });
    b.coverage(key, ctx.code, pctCoverage, registryEpoch, pctReorganisation);
    b.organisationSuccession(key, successor, 'MERGER', pctReorganisation, pctProv);
  }
  b.organisation('staffordshire/police', {
    name: 'Staffordshire Police',
    kind: 'POLICE_SERVICE',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: synthetic(generic.partnerKinds, generic.policeCoverage),
  });
  // It served Stoke-on-Trent too, which the sources do not describe and the sourced areas leave out.
  b.coverage('staffordshire/police', ctx.code, synthetic(generic.policeCoverage), registryEpoch);
}

/**
 * The Children's Commissioner "is employed by the County Council but is responsible to the Staffordshire
 * Children's Trust" (003 Fig 6).
 */
function declareParticipation(b: SourcedBuilder, board: string): void {
  const fig6 = sourced(c003('Fig 6'));
  const commissioner = 'staffordshire/post/childrens-commissioner';
  b.post(commissioner, {
    title: "Staffordshire Children's Commissioner",
    employer: ctx.council,
    responsibleTo: board,
    senior: false,
    validFrom: attestedBy003,
    prov: fig6,
  });
  // Fig 6 describes the commissioner at work, so the post had a holder in 2008; no name is given.
  b.unnamedHolder(commissioner, attestedBy003, fig6);
  // "is on the children's trust board" (Fig 6): one of the nine members of 003 Table 3.
  b.seat(board, commissioner, { constituency: 'OTHER', prov: fig6 });
  b.body('staffordshire/participation-sub-group', {
    name: "Children and Young People's Participation sub-group",
    kind: 'THEME_SUB_GROUP',
    level: 'EXECUTIVE',
    area: ctx.code,
    validFrom: attestedBy003,
    prov: fig6,
  });
  b.line('SUB_GROUP_OF', 'staffordshire/participation-sub-group', board, { prov: fig6 });
  // The commissioner "facilitates" the sub-group (Fig 6); whether that makes them its chair is not said.
  b.seat('staffordshire/participation-sub-group', commissioner, { constituency: 'OTHER', prov: fig6 });
  // "a shadow board of children and young people" (¶62) which "reports to the children's trust board" (Fig 6).
  b.body('staffordshire/shadow-board', {
    name: "Staffordshire shadow children's trust board",
    kind: 'SHADOW_BOARD',
    level: 'STRATEGIC',
    area: ctx.code,
    validFrom: attestedBy003,
    prov: sourced(c003('¶62'), c003('Fig 6')),
  });
  b.line('REPORTS_TO', 'staffordshire/shadow-board', board, { prov: fig6 });
}

/**
 * The county's PCTs sat on the board from its start: before October 2006 the six that then merged into North and
 * South Staffordshire PCTs (004 ¶66), whose seats the two successors took over. The LA–PCT partnership is "the
 * driving relationship" (001 ¶5); which PCTs sat, and from when, is not in the sources, so the seats are synthetic.
 */
function declareEarlyPctSeats(b: SourcedBuilder, board: string): void {
  const prov = synthetic(generic.pctMergers, c001('¶5'), generic.relevantPartners);
  for (const [slug] of mergedPcts) {
    b.seat(board, `staffordshire/pct-before-2006/${slug}`, {
      constituency: 'OWN_ORGANISATION',
      canCommitResources: true,
      validTo: pctReorganisation,
      prov,
    });
  }
}

export function declareStaffordshire(b: SourcedBuilder): void {
  declarePartners(b);
  caseStudyTrust(b, ctx, {
    name: "Staffordshire Children's Trust",
    validFrom: yearStart(2005),
    established: yearStart(2005),
    chairType: 'DIRECTOR_OF_CHILDRENS_SERVICES',
    size: 9,
    prov: sourced(c003('Table 3'), c003('¶62'), c003('Fig 4')),
    named: (board) => {
      declareParticipation(b, board);
      declareEarlyPctSeats(b, board);
    },
  });
  surround(b, ctx);
  declareStaffordshireDistricts(b, ctx);
  declareStaffordshireMoney(b, ctx);
}
