import type { AreaContext } from '../area-context';
import type { SourcedBuilder } from '../builder-plans';
import { c003, generic, sourced, synthetic } from '../citations';
import { registryEpoch, yearStart } from '../dates';
import { surround } from '../surround';
import { boardKey, caseStudyTrust } from '../trust-board';

/** London borough of Merton: "Merton Strategic Partnership", "Safer Merton" and a development manager (003 Fig 12). */
export const merton: AreaContext = {
  slug: 'merton',
  code: 'E09000024',
  name: 'Merton',
  council: 'merton/council',
  councilName: 'Merton London Borough Council',
  twoTier: false,
  pcts: ['org/sutton-and-merton-pct'],
  partners: { police: 'org/metropolitan-police' },
};

const ctx = merton;
const fig12 = sourced(c003('Fig 12'));

function declarePartners(b: SourcedBuilder): void {
  b.area({
    code: ctx.code,
    name: ctx.name,
    kind: 'LONDON_BOROUGH',
    tier: 'UPPER',
    region: 'LONDON',
    validFrom: registryEpoch,
    prov: sourced(c003('Table 3'), c003('Fig 12')),
  });
  b.organisation(ctx.council, {
    name: ctx.councilName,
    kind: 'LOCAL_AUTHORITY',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: sourced(c003('App. 1 ¶162'), c003('Fig 12')),
  });
  // Background: one PCT served both Sutton and Merton; Sutton adds its coverage (named-by-004.ts), and so Merton is
  // not coterminous with it.
  b.organisation('org/sutton-and-merton-pct', {
    name: 'Sutton and Merton PCT',
    kind: 'PRIMARY_CARE_TRUST',
    sector: 'PUBLIC',
    area: ctx.code,
    validFrom: registryEpoch,
    prov: synthetic(generic.relevantPartners),
  });
  b.coverage('org/sutton-and-merton-pct', ctx.code, synthetic(generic.pctCoverage), registryEpoch);
  b.organisation('org/metropolitan-police', {
    name: 'Metropolitan Police Service',
    kind: 'POLICE_SERVICE',
    sector: 'PUBLIC',
    validFrom: registryEpoch,
    coverage: [ctx.code],
    prov: synthetic(generic.partnerKinds, generic.policeCoverage),
  });
}

/**
 * "The post was created in 2007, and the post holder started in January 2008 … Funding for the post comes from
 * Merton Council's Commissioning and Partnerships Team", with "secretariat – servicing board and sub-groups" among
 * its objectives (003 Fig 12). April 2007 is a convention for "2007"; the employer is not stated, so none is set.
 */
function declareDevelopmentManager(b: SourcedBuilder): void {
  const post = 'merton/post/partnership-development-manager';
  b.post(post, {
    // As Fig 12's heading labels the post.
    title: "Merton Children's Partnership Development Manager",
    senior: false,
    validFrom: yearStart(2007),
    prov: fig12,
  });
  b.postFunder(post, ctx.council, undefined, fig12);
  // "the post holder started in January 2008" (Fig 12): a holder, unnamed, from that month.
  b.unnamedHolder(post, '2008-01-01', fig12);
  b.seat(boardKey(ctx), post, {
    role: 'ATTENDEE',
    constituency: 'OTHER',
    votingRight: false,
    validFrom: '2008-01-01',
    prov: fig12,
  });
}

export function declareMerton(b: SourcedBuilder): void {
  declarePartners(b);
  caseStudyTrust(b, ctx, {
    name: "Merton Children's Trust",
    validFrom: yearStart(2005),
    established: yearStart(2005),
    chairType: 'DIRECTOR_OF_CHILDRENS_SERVICES',
    size: 19,
    prov: sourced(c003('Table 3'), c003('¶86'), c003('Fig 12')),
    // Fig 12 sets out to "broaden membership and partner engagement, for example Housing, Safer Merton, GPs, Head
    // teachers": so in 2008 none of these held a seat, and the synthetic fill leaves them out.
    exclude: ['housing', 'lead-gp', 'primary-heads', 'secondary-heads', 'special-schools'],
  });
  surround(b, ctx, {
    // "integrate fully with the working of the Merton Strategic Partnership" (Fig 12): the name is the source's;
    // that it is Merton's LSP, as for Safer Merton's being its CDRP, is background knowledge, so synthetic.
    lsp: { name: 'Merton Strategic Partnership', prov: synthetic(c003('Fig 12')) },
    // Fig 12 names Safer Merton among "other thematic partnerships"; that it is Merton's CDRP is background
    // knowledge, so the record is synthetic.
    cdrp: { name: 'Safer Merton', prov: synthetic(c003('Fig 12')) },
  });
  declareDevelopmentManager(b);
}
