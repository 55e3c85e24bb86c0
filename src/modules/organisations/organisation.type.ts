import { Field, ID, Int, ObjectType } from 'type-graphql';
import type {
  dutyStatuses,
  organisationIdentifiers,
  organisationNames,
  organisations,
  organisationSuccessions,
} from '../../../schema/database/index';
import type { IsoDate } from '../../shared/dates';
import { DatedFact, DatedRecord, Node, SourceCitation } from '../../shared/record.type';
import { DateScalar } from '../../shared/scalars';
import {
  DutyRegime,
  DutyStatusValue,
  IdentifierScheme,
  OrganisationKind,
  Sector,
  SuccessionKind,
} from './organisation.enums';

export type OrganisationRow = typeof organisations.$inferSelect;
export type OrganisationNameRow = typeof organisationNames.$inferSelect;
export type OrganisationIdentifierRow = typeof organisationIdentifiers.$inferSelect;
export type SuccessionRow = typeof organisationSuccessions.$inferSelect;
export type DutyStatusRow = typeof dutyStatuses.$inferSelect;

@ObjectType({ implements: Node, description: 'A partner organisation: a council, PCT, police force, school, charity…' })
export class Organisation extends DatedRecord {
  areaId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The registry’s own code for the organisation, as identity tokens and API keys name it.',
  })
  code!: string | null;

  @Field(() => String, { description: 'Current name; `names` keeps the history.' })
  name!: string;

  @Field(() => OrganisationKind, {
    description: 'What kind of partner it is (the same as `organisationKind`).',
    deprecationReason:
      'Use `organisationKind`: `kind` is an enum of its own on each type, so `... on Body { kind } ... on Organisation { kind }` cannot be asked together.',
  })
  kind!: keyof typeof OrganisationKind;

  @Field(() => OrganisationKind, {
    description: 'What kind of partner it is. Named for its type, so it sits beside `Body.bodyKind`.',
  })
  get organisationKind(): keyof typeof OrganisationKind {
    return this.kind;
  }

  @Field(() => Sector, { description: 'Public, voluntary and community, or private sector.' })
  sector!: keyof typeof Sector;
}

@ObjectType({ description: 'A name an organisation bore for a period.' })
export class OrganisationName extends DatedFact {
  @Field(() => String, { description: 'The name.' })
  name!: string;
}

@ObjectType({ description: 'An identifier of the organisation in an outside register.' })
export class OrganisationIdentifier extends DatedFact {
  organisationId!: string;

  @Field(() => ID, { description: 'Opaque id of this identifier: name it to end it, or to read its `history`.' })
  id!: string;

  @Field(() => Int, { description: 'Goes up by one with every change; send it back as `expectedVersion` to end it.' })
  version!: number;

  @Field(() => IdentifierScheme, { description: 'The register.' })
  scheme!: keyof typeof IdentifierScheme;

  @Field(() => String, { description: 'The identifier in that register.' })
  value!: string;
}

@ObjectType({ description: 'One organisation succeeding another, e.g. PCTs merging in October 2006.' })
export class OrganisationSuccession {
  @Field(() => ID, { description: 'Opaque id of this succession: name it to read its `history`.' })
  id!: string;

  @Field(() => ID, {
    description: 'The id of the record itself, whatever date it was read as at (see `Node.recordId`).',
  })
  recordId!: string;

  predecessorId!: string;
  successorId!: string;
  asOf!: IsoDate;

  @Field(() => SuccessionKind, { description: 'Merger, split, absorption, renaming or replacement.' })
  kind!: keyof typeof SuccessionKind;

  @Field(() => DateScalar, { description: 'When it took effect.' })
  occurredOn!: IsoDate;

  @Field(() => [SourceCitation], { description: 'Where this comes from.' })
  sources!: SourceCitation[];
}

@ObjectType({ description: 'A dated duty-to-co-operate status of an organisation kind or of one organisation.' })
export class DutyStatus extends DatedFact {
  uuid!: string;
  organisationId!: string | null;

  @Field(() => ID, { description: 'Opaque global id: name it to end this, or to read its history.' })
  id!: string;

  @Field(() => Int, { description: 'Goes up by one with every change; send it back as `expectedVersion` to end it.' })
  version!: number;

  @Field(() => OrganisationKind, { nullable: true, description: 'The kind it applies to, when it applies to a kind.' })
  organisationKind!: keyof typeof OrganisationKind | null;

  @Field(() => DutyRegime, { description: 'The statutory regime.' })
  regime!: keyof typeof DutyRegime;

  @Field(() => DutyStatusValue, { description: 'The status.' })
  status!: keyof typeof DutyStatusValue;
}
