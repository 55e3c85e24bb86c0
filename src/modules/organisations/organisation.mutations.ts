import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  CreateOrganisationInput,
  EndOrganisationInput,
  OrganisationPayload,
  UpdateOrganisationInput,
} from './organisation.input';
import { createOrganisation, endOrganisation, updateOrganisation } from './organisation.service';
import {
  EndOrganisationCoverageInput,
  EndOrganisationIdentifierInput,
  OrganisationCoveragePayload,
  OrganisationIdentifierPayload,
  OrganisationSuccessionPayload,
  RecordOrganisationCoverageInput,
  RecordOrganisationIdentifierInput,
  RecordOrganisationSuccessionInput,
} from './organisation-part.input';
import {
  coveragePayload,
  identifierPayload,
  organisationAfterWrite,
  successionPayload,
} from './organisation-part.payloads';
import {
  endOrganisationCoverage,
  endOrganisationIdentifier,
  recordOrganisationCoverage,
  recordOrganisationIdentifier,
} from './organisation-part.service';
import { recordOrganisationSuccession } from './organisation-succession.service';

async function payload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<OrganisationPayload> {
  return { organisation: await organisationAfterWrite(context, id), clientMutationId };
}

@Resolver()
export class OrganisationMutations {
  @Mutation(() => OrganisationPayload, { description: 'Registers an organisation (administrators only).' })
  async createOrganisation(
    @Ctx() context: Context,
    @Arg('input', () => CreateOrganisationInput, { description: 'The organisation.' }) input: CreateOrganisationInput,
  ): Promise<OrganisationPayload> {
    return payload(context, await createOrganisation(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => OrganisationPayload, {
    description: 'Changes an organisation. A new name keeps the old one in `names`, dated.',
  })
  async updateOrganisation(
    @Ctx() context: Context,
    @Arg('input', () => UpdateOrganisationInput, { description: 'Which organisation, and what changes.' })
    input: UpdateOrganisationInput,
  ): Promise<OrganisationPayload> {
    return payload(context, await updateOrganisation(context, input));
  }

  @Mutation(() => OrganisationPayload, {
    description: 'Ends an organisation on a date. Refused while its posts or seats outlive that date.',
  })
  async endOrganisation(
    @Ctx() context: Context,
    @Arg('input', () => EndOrganisationInput, { description: 'Which organisation, and when it ends.' })
    input: EndOrganisationInput,
  ): Promise<OrganisationPayload> {
    return payload(context, await endOrganisation(context, input));
  }

  @Mutation(() => OrganisationIdentifierPayload, {
    description: 'Records an identifier an outside register gives an organisation, from a date.',
  })
  async recordOrganisationIdentifier(
    @Ctx() context: Context,
    @Arg('input', () => RecordOrganisationIdentifierInput, { description: 'The organisation, register and value.' })
    input: RecordOrganisationIdentifierInput,
  ): Promise<OrganisationIdentifierPayload> {
    const id = await recordOrganisationIdentifier(context, input);
    return identifierPayload(context, id, input.clientMutationId ?? null);
  }

  @Mutation(() => OrganisationIdentifierPayload, {
    description: 'Ends an identifier on a date; the register may then give it to another organisation.',
  })
  async endOrganisationIdentifier(
    @Ctx() context: Context,
    @Arg('input', () => EndOrganisationIdentifierInput, { description: 'Which identifier, and when it ends.' })
    input: EndOrganisationIdentifierInput,
  ): Promise<OrganisationIdentifierPayload> {
    return identifierPayload(context, await endOrganisationIdentifier(context, input));
  }

  @Mutation(() => OrganisationCoveragePayload, { description: 'Records an area an organisation serves, for a period.' })
  async recordOrganisationCoverage(
    @Ctx() context: Context,
    @Arg('input', () => RecordOrganisationCoverageInput, { description: 'The organisation, area and period.' })
    input: RecordOrganisationCoverageInput,
  ): Promise<OrganisationCoveragePayload> {
    const id = await recordOrganisationCoverage(context, input);
    return coveragePayload(context, id, input.clientMutationId ?? null);
  }

  @Mutation(() => OrganisationCoveragePayload, { description: 'Ends an organisation’s coverage of an area on a date.' })
  async endOrganisationCoverage(
    @Ctx() context: Context,
    @Arg('input', () => EndOrganisationCoverageInput, { description: 'Which coverage, and when it ends.' })
    input: EndOrganisationCoverageInput,
  ): Promise<OrganisationCoveragePayload> {
    return coveragePayload(context, await endOrganisationCoverage(context, input));
  }

  @Mutation(() => OrganisationSuccessionPayload, {
    description: 'Records one organisation succeeding another: a merger, split, absorption, renaming or replacement.',
  })
  async recordOrganisationSuccession(
    @Ctx() context: Context,
    @Arg('input', () => RecordOrganisationSuccessionInput, { description: 'Who gave way to whom, how, and when.' })
    input: RecordOrganisationSuccessionInput,
  ): Promise<OrganisationSuccessionPayload> {
    const id = await recordOrganisationSuccession(context, input);
    return successionPayload(context, id, input.clientMutationId ?? null);
  }
}
