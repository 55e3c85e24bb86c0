import type { AreaContext } from '../area-context';
import type { SourcedBuilder } from '../builder-plans';
import { c003, generic, sourced, synthetic } from '../citations';
import { registryEpoch, yearStart } from '../dates';
import { surround } from '../surround';
import { caseStudyTrust } from '../trust-board';

/** Metropolitan Barnsley: 003 gives only its Table 3 row and its council (App. 1). */
export const barnsley: AreaContext = {
  slug: 'barnsley',
  // Barnsley's code for this era; a 2023 boundary change replaced it with E08000038.
  code: 'E08000016',
  name: 'Barnsley',
  council: 'barnsley/council',
  councilName: 'Barnsley Metropolitan Borough Council',
  twoTier: false,
  pcts: ['barnsley/pct'],
};

const ctx = barnsley;

export function declareBarnsley(b: SourcedBuilder): void {
  b.area({
    code: ctx.code,
    name: ctx.name,
    kind: 'METROPOLITAN_BOROUGH',
    tier: 'UPPER',
    region: 'YORKSHIRE_AND_THE_HUMBER',
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
  b.organisation('barnsley/pct', {
    name: 'Barnsley PCT',
    kind: 'PRIMARY_CARE_TRUST',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: synthetic(generic.relevantPartners),
  });
  b.coverage('barnsley/pct', ctx.code, synthetic(generic.pctCoverage), registryEpoch);
  b.organisation('barnsley/police', {
    name: 'South Yorkshire Police',
    kind: 'POLICE_SERVICE',
    sector: 'PUBLIC',
    validFrom: registryEpoch,
    coverage: [ctx.code],
    prov: synthetic(generic.partnerKinds, generic.policeCoverage),
  });
  caseStudyTrust(b, ctx, {
    name: "Barnsley Children and Young People's Trust",
    validFrom: yearStart(2005),
    established: yearStart(2005),
    chairType: 'LEAD_MEMBER',
    size: 13,
    prov: sourced(c003('Table 3')),
  });
  surround(b, ctx);
}
