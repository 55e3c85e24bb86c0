import type { AreaContext } from '../area-context';
import type { SourcedBuilder } from '../builder-plans';
import { c000, c003, generic, sourced, synthetic } from '../citations';
import { attestedBy003, registryEpoch, yearStart } from '../dates';
import { executiveLines, surround } from '../surround';
import { caseStudyTrust } from '../trust-board';

/** Unitary Sunderland, whose arrangements "mirror, and link clearly to, those of the LSP" (003 ¶61, Fig 3). */
export const sunderland: AreaContext = {
  slug: 'sunderland',
  code: 'E08000024',
  name: 'Sunderland',
  council: 'sunderland/council',
  // 003 App. 1 calls it "Sunderland Metropolitan Council"; 000's list and its own name are "Sunderland City Council".
  councilName: 'Sunderland City Council',
  twoTier: false,
  pcts: ['sunderland/pct'],
};

const ctx = sunderland;

export function declareSunderland(b: SourcedBuilder): void {
  b.area({
    code: ctx.code,
    name: ctx.name,
    kind: 'METROPOLITAN_BOROUGH',
    tier: 'UPPER',
    region: 'NORTH_EAST',
    validFrom: registryEpoch,
    prov: sourced(c003('Table 3'), c003('¶61')),
  });
  b.organisation(ctx.council, {
    name: ctx.councilName,
    kind: 'LOCAL_AUTHORITY',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: sourced(c000('List of organisations that responded'), c003('App. 1 ¶162')),
  });
  b.organisation('sunderland/pct', {
    name: 'Sunderland Teaching PCT',
    kind: 'PRIMARY_CARE_TRUST',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: synthetic(generic.relevantPartners),
  });
  b.coverage('sunderland/pct', ctx.code, synthetic(generic.pctCoverage), registryEpoch);
  b.organisation('sunderland/police', {
    name: 'Northumbria Police',
    kind: 'POLICE_SERVICE',
    sector: 'PUBLIC',
    validFrom: registryEpoch,
    coverage: [ctx.code],
    prov: synthetic(generic.partnerKinds, generic.policeCoverage),
  });
  caseStudyTrust(b, ctx, {
    name: "Sunderland Children's Trust",
    validFrom: yearStart(2004),
    established: yearStart(2004),
    chairType: 'LEADER_OF_THE_COUNCIL',
    size: 20,
    prov: sourced(c003('Table 3'), c003('¶61'), c003('Fig 3')),
  });
  surround(b, ctx, {
    // "The children's trust has a clear strategic role and relationship with the LSP" (¶61): the LSP is sourced,
    // the kind of line (REPORTS_TO) is not.
    lsp: { name: 'Sunderland local strategic partnership', prov: sourced(c003('¶61'), c003('Fig 3')) },
    // "a separate executive role (the children's trust strategic partnership) that oversees operational delivery
    // of children's services through a range of children's partnerships" (¶61).
    executive: false,
  });
  b.body('sunderland/executive', {
    name: "Sunderland Children's Trust Strategic Partnership",
    kind: 'EXECUTIVE_GROUP',
    level: 'EXECUTIVE',
    area: ctx.code,
    validFrom: attestedBy003,
    prov: sourced(c003('¶61'), c003('Fig 3')),
  });
  executiveLines(b, ctx, synthetic(c003('¶61'), generic.levels));
}
