import type { SourcedBuilder } from '../builder-plans';
import { c004, sourced, synthetic, generic } from '../citations';
import { registryEpoch } from '../dates';

/**
 * The three real places 004 names itself, in its own citations (Table 4.1, ¶150, References). Its site facts stay
 * anonymous (¶283): only what 004 attributes by name is recorded here, and nothing else of 004's is attached to
 * these areas.
 */
export const namedBy004 = {
  greenwich: 'E09000011',
  nottinghamshire: 'E10000024',
  sutton: 'E09000029',
} as const;

/** Greenwich's CYPP 2006/08 (004 Table 4.1): "2006/08" read as the financial years 2006-07 and 2007-08. */
function declareGreenwich(b: SourcedBuilder): void {
  const table41 = sourced(c004('Table 4.1'), c004('References'));
  b.area({
    code: namedBy004.greenwich,
    name: 'Greenwich',
    kind: 'LONDON_BOROUGH',
    tier: 'UPPER',
    region: 'LONDON',
    validFrom: registryEpoch,
    prov: table41,
  });
  b.organisation('greenwich/council', {
    name: 'Greenwich Council',
    kind: 'LOCAL_AUTHORITY',
    sector: 'PUBLIC',
    area: namedBy004.greenwich,
    validFrom: registryEpoch,
    prov: table41,
  });
  b.coverage('org/metropolitan-police', namedBy004.greenwich, synthetic(generic.policeCoverage), registryEpoch);
  // periodEnd is exclusive, as validity is elsewhere; the plan's adoption and publication days are not given.
  b.plan('greenwich/cypp-2006', {
    kind: 'CYPP',
    title: "Greenwich children and young people's plan 2006/08",
    area: namedBy004.greenwich,
    periodStart: '2006-04-01',
    periodEnd: '2008-04-01',
    prov: table41,
  });
}

/** "Children's Integrated Commissioning Model for Nottinghamshire. 2006, Nottinghamshire County Council" (004 ¶150). */
function declareNottinghamshire(b: SourcedBuilder): void {
  const para150 = sourced(c004('¶150'), c004('References'));
  b.area({
    code: namedBy004.nottinghamshire,
    name: 'Nottinghamshire',
    kind: 'COUNTY',
    tier: 'UPPER',
    region: 'EAST_MIDLANDS',
    validFrom: registryEpoch,
    prov: para150,
  });
  b.organisation('nottinghamshire/county-council', {
    name: 'Nottinghamshire County Council',
    kind: 'LOCAL_AUTHORITY',
    sector: 'PUBLIC',
    area: namedBy004.nottinghamshire,
    validFrom: registryEpoch,
    prov: para150,
  });
  // A working definition of commissioning, the nearest plan kind being a joint commissioning strategy; "2006"
  // becomes 1 April 2006 by convention.
  b.plan('nottinghamshire/commissioning-model-2006', {
    kind: 'JOINT_COMMISSIONING_STRATEGY',
    title: "Children's Integrated Commissioning Model for Nottinghamshire",
    area: namedBy004.nottinghamshire,
    periodStart: '2006-04-01',
    prov: para150,
  });
}

/** "Sutton's Children's Trust Arrangements: Framework for Joint Planning and Commissioning…", 2006 (004 ¶150). */
function declareSutton(b: SourcedBuilder): void {
  const para150 = sourced(c004('¶150'), c004('References'));
  b.area({
    code: namedBy004.sutton,
    name: 'Sutton',
    kind: 'LONDON_BOROUGH',
    tier: 'UPPER',
    region: 'LONDON',
    validFrom: registryEpoch,
    prov: para150,
  });
  b.organisation('sutton/council', {
    name: 'London Borough of Sutton',
    kind: 'LOCAL_AUTHORITY',
    sector: 'PUBLIC',
    area: namedBy004.sutton,
    validFrom: registryEpoch,
    prov: sourced(c004('References')),
  });
  b.coverage('org/sutton-and-merton-pct', namedBy004.sutton, synthetic(generic.relevantPartners), registryEpoch);
  b.coverage('org/metropolitan-police', namedBy004.sutton, synthetic(generic.policeCoverage), registryEpoch);
  b.plan('sutton/commissioning-framework-2006', {
    kind: 'JOINT_COMMISSIONING_STRATEGY',
    title:
      "Sutton's Children's Trust Arrangements: Framework for Joint Planning and Commissioning Services for " +
      'Children and Young People',
    area: namedBy004.sutton,
    periodStart: '2006-04-01',
    prov: para150,
  });
}

/** Declared after Merton, whose PCT and police service they share. */
export function declareNamedBy004(b: SourcedBuilder): void {
  declareGreenwich(b);
  declareNottinghamshire(b);
  declareSutton(b);
}
