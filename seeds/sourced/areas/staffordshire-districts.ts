import type { AreaContext } from '../area-context';
import type { SourcedBuilder } from '../builder-plans';
import { c001, c003, generic, sourced, synthetic } from '../citations';
import { attestedBy003, registryEpoch } from '../dates';
import { boardKey } from '../trust-board';

interface District {
  slug: string;
  name: string;
  /** ONS GSS code of the district (E07). */
  code: string;
  council: string;
  /** How many of the 50 locality groups sit in the district: the split is synthetic, only the total is sourced. */
  localityGroups: number;
}

/** Staffordshire's eight districts (background knowledge: 003 gives only the count of district boards, ¶62). */
const districts: District[] = [
  {
    slug: 'cannock-chase',
    name: 'Cannock Chase',
    code: 'E07000192',
    council: 'Cannock Chase District Council',
    localityGroups: 6,
  },
  {
    slug: 'east-staffordshire',
    name: 'East Staffordshire',
    code: 'E07000193',
    council: 'East Staffordshire Borough Council',
    localityGroups: 7,
  },
  { slug: 'lichfield', name: 'Lichfield', code: 'E07000194', council: 'Lichfield District Council', localityGroups: 6 },
  {
    slug: 'newcastle-under-lyme',
    name: 'Newcastle-under-Lyme',
    code: 'E07000195',
    council: 'Newcastle-under-Lyme Borough Council',
    localityGroups: 7,
  },
  {
    slug: 'south-staffordshire',
    name: 'South Staffordshire',
    code: 'E07000196',
    council: 'South Staffordshire Council',
    localityGroups: 6,
  },
  { slug: 'stafford', name: 'Stafford', code: 'E07000197', council: 'Stafford Borough Council', localityGroups: 7 },
  {
    slug: 'staffordshire-moorlands',
    name: 'Staffordshire Moorlands',
    code: 'E07000198',
    council: 'Staffordshire Moorlands District Council',
    localityGroups: 6,
  },
  { slug: 'tamworth', name: 'Tamworth', code: 'E07000199', council: 'Tamworth Borough Council', localityGroups: 5 },
];

/** "eight district children's trust boards, 50 locality based groups" (003 ¶62). */
export const staffordshireCounts = { districtBoards: 8, localityGroups: 50 } as const;

export const districtBoardKey = (slug: string): string => `staffordshire/district-board/${slug}`;

/**
 * The districts as child areas, one district children's trust board in each, and the 50 locality groups under
 * them. One board per district is our reading of "eight district children's trust boards" in an eight-district
 * county. Locality groups are unnamed in the source, so they are numbered and synthetic; they advise their
 * district board as locality trusts advise the board (001 App. 1).
 */
export function declareStaffordshireDistricts(b: SourcedBuilder, ctx: AreaContext): void {
  const total = districts.reduce((sum, d) => sum + d.localityGroups, 0);
  if (districts.length !== staffordshireCounts.districtBoards || total !== staffordshireCounts.localityGroups) {
    throw new Error('Sourced seed: Staffordshire must have 8 district boards and 50 locality groups (003 ¶62)');
  }
  const background = synthetic(c003('¶62'));
  for (const district of districts) {
    b.area({
      code: district.code,
      name: district.name,
      kind: 'DISTRICT',
      tier: 'LOWER',
      region: 'WEST_MIDLANDS',
      parent: ctx.code,
      validFrom: registryEpoch,
      prov: background,
    });
    const council = `staffordshire/district-council/${district.slug}`;
    b.organisation(council, {
      name: district.council,
      kind: 'DISTRICT_COUNCIL',
      sector: 'PUBLIC',
      area: district.code,
      validFrom: registryEpoch,
      prov: synthetic(generic.partnerKinds, c003('¶140')),
    });
    const board = districtBoardKey(district.slug);
    b.body(board, {
      name: `${district.name} district children's trust board`,
      kind: 'DISTRICT_BOARD',
      level: 'STRATEGIC',
      area: district.code,
      validFrom: attestedBy003,
      prov: sourced(c003('¶62'), c003('Fig 4')),
    });
    b.line('REPORTS_TO', board, boardKey(ctx), { prov: synthetic(c003('¶62'), c003('Fig 4')) });
    b.seat(board, council, { prov: synthetic(c003('¶140'), c001('App. 1')) });
    for (let n = 1; n <= district.localityGroups; n += 1) {
      const group = `staffordshire/locality-group/${district.slug}-${n}`;
      b.body(group, {
        name: `${district.name} locality group ${n}`,
        kind: 'LOCALITY_BOARD',
        level: 'OPERATIONAL',
        area: district.code,
        validFrom: attestedBy003,
        prov: synthetic(c003('¶62')),
      });
      b.line('ADVISES', group, board, { prov: synthetic(c003('¶62'), c001('App. 1')) });
    }
  }
}
