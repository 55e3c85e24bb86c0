import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { organisationCoverage } from '../../../schema/database/index';
import type { IsoDate } from '../../shared/dates';
import { toGlobalId } from '../../shared/global-id';
import { DatedFact } from '../../shared/record.type';
import { Area, toArea, type AreaRow } from '../areas/index';

export type OrganisationCoverageRow = typeof organisationCoverage.$inferSelect;

/** A coverage row together with the area it covers, as the store reads them. */
export interface CoverageWithArea {
  coverage: OrganisationCoverageRow;
  area: AreaRow;
}

@ObjectType({
  description: 'A period in which an organisation served an area: one police service covers several trusts (003 ¶83).',
})
export class OrganisationCoverage extends DatedFact {
  organisationId!: string;

  @Field(() => ID, {
    description: 'Opaque id of this period of coverage: name it to end it, or to read its `history`.',
  })
  id!: string;

  @Field(() => Int, { description: 'Goes up by one with every change; send it back as `expectedVersion` to end it.' })
  version!: number;

  @Field(() => Area, { description: 'The area served.' })
  area!: Area;
}

/** The area is read as at the date its organisation was read as at, like the organisation's other facts. */
export function toCoverage({ coverage, area }: CoverageWithArea, asOf: IsoDate): OrganisationCoverage {
  return Object.assign(new OrganisationCoverage(), coverage, {
    id: toGlobalId('OrganisationCoverage', coverage.id),
    area: toArea(area, asOf),
  });
}
