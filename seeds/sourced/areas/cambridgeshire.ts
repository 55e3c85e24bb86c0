import type { AreaContext } from '../area-context';
import type { SourcedBuilder } from '../builder-plans';
import { c003, generic, sourced, synthetic } from '../citations';
import { pctReorganisation, registryEpoch, yearStart } from '../dates';
import { surround } from '../surround';
import { caseStudyTrust } from '../trust-board';

/** Two-tier Cambridgeshire: 003 gives only its Table 3 row and its council (App. 1). */
export const cambridgeshire: AreaContext = {
  slug: 'cambridgeshire',
  code: 'E10000003',
  name: 'Cambridgeshire',
  council: 'cambridgeshire/county-council',
  councilName: 'Cambridgeshire County Council',
  twoTier: true,
  pcts: ['cambridgeshire/pct'],
};

const ctx = cambridgeshire;

export function declareCambridgeshire(b: SourcedBuilder): void {
  b.area({
    code: ctx.code,
    name: ctx.name,
    kind: 'COUNTY',
    tier: 'UPPER',
    region: 'EAST_OF_ENGLAND',
    validFrom: registryEpoch,
    prov: sourced(c003('Table 3'), c003('App. 1 ¶162')),
  });
  b.organisation(ctx.council, {
    name: ctx.councilName,
    kind: 'LOCAL_AUTHORITY',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: sourced(c003('App. 1 ¶162')),
  });
  b.organisation('cambridgeshire/pct', {
    name: 'Cambridgeshire PCT',
    kind: 'PRIMARY_CARE_TRUST',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: pctReorganisation,
    prov: synthetic(generic.pctMergers),
  });
  b.coverage('cambridgeshire/pct', ctx.code, synthetic(generic.pctCoverage), pctReorganisation);
  b.organisation('cambridgeshire/police', {
    name: 'Cambridgeshire Constabulary',
    kind: 'POLICE_SERVICE',
    sector: 'PUBLIC',
    validFrom: registryEpoch,
    coverage: [ctx.code],
    prov: synthetic(generic.partnerKinds, generic.policeCoverage),
  });
  caseStudyTrust(b, ctx, {
    name: 'Cambridgeshire Children and Young People Strategic Partnership',
    validFrom: yearStart(2006),
    established: yearStart(2006),
    chairType: 'DIRECTOR_OF_CHILDRENS_SERVICES',
    size: 24,
    prov: sourced(c003('Table 3')),
  });
  surround(b, ctx);
}
