import type { AreaContext } from '../area-context';
import type { SourcedBuilder } from '../builder-plans';
import { c000, c003, sourced, synthetic } from '../citations';
import { attestedBy000, registryEpoch } from '../dates';
import { trustBoard } from '../trust-board';

/** Bodies in 000's list of respondents to the 2008 consultation: their names and existence, nothing more. */
export const respondentAreas = {
  hertfordshire: 'E10000015',
  shropshire: 'E06000051',
  halton: 'E06000006',
} as const;

const respondents = c000('List of organisations that responded');

interface Respondent {
  slug: string;
  code: string;
  name: string;
  kind: 'COUNTY' | 'UNITARY';
  region: 'EAST_OF_ENGLAND' | 'WEST_MIDLANDS' | 'NORTH_WEST';
  /** The council is not in the list: its name is background knowledge (synthetic). */
  council: string;
  board: string;
}

/**
 * Shropshire is recorded under its current unitary code: in 2008 it was a two-tier county, but the county council
 * (the children's services authority) served the same area the unitary council took over in April 2009.
 */
const areas: Respondent[] = [
  {
    slug: 'hertfordshire',
    code: respondentAreas.hertfordshire,
    name: 'Hertfordshire',
    kind: 'COUNTY',
    region: 'EAST_OF_ENGLAND',
    council: 'Hertfordshire County Council',
    board: "Hertfordshire Children's Trust Partnership",
  },
  {
    slug: 'shropshire',
    code: respondentAreas.shropshire,
    name: 'Shropshire',
    kind: 'UNITARY',
    region: 'WEST_MIDLANDS',
    council: 'Shropshire County Council',
    board: "Shropshire Children's Trust",
  },
  // "alliance board" is one of the names 003 ¶58 lists for trust boards.
  {
    slug: 'halton',
    code: respondentAreas.halton,
    name: 'Halton',
    kind: 'UNITARY',
    region: 'NORTH_WEST',
    council: 'Halton Borough Council',
    board: "Halton Children and Young People's Alliance Board",
  },
];

export function declareRespondents(b: SourcedBuilder): void {
  for (const area of areas) {
    b.area({
      code: area.code,
      name: area.name,
      kind: area.kind,
      tier: 'UPPER',
      region: area.region,
      validFrom: registryEpoch,
      prov: sourced(respondents),
    });
    b.organisation(`${area.slug}/council`, {
      name: area.council,
      kind: 'LOCAL_AUTHORITY',
      sector: 'PUBLIC',
      area: area.code,
      validFrom: registryEpoch,
      prov: synthetic(c003('App. 1 ¶162')),
    });
    const ctx: AreaContext = {
      slug: area.slug,
      code: area.code,
      name: area.name,
      council: `${area.slug}/council`,
      councilName: area.council,
      twoTier: area.kind === 'COUNTY',
      pcts: [],
    };
    // Attested by the 2008 list, so recorded from the convention date; establishment is unknown and left empty.
    trustBoard(b, ctx, { name: area.board, validFrom: attestedBy000, prov: sourced(respondents, c003('¶58')) });
  }
  // A PCT in the list with no area of its own among ours: it served several Berkshire unitaries (background).
  b.organisation('org/berkshire-west-pct', {
    name: 'Berkshire West PCT',
    kind: 'PRIMARY_CARE_TRUST',
    sector: 'PUBLIC',
    validFrom: attestedBy000,
    prov: sourced(respondents),
  });
}
