import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import {
  CreateOrganisationInput,
  EndOrganisationInput,
  OrganisationPayload,
  UpdateOrganisationInput,
} from './organisation.input';
import { toOrganisation } from './organisation.resolver';
import { createOrganisation, endOrganisation, updateOrganisation } from './organisation.service';

async function payload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<OrganisationPayload> {
  const row = await context.stores.organisations.byId.load(id);
  if (!row) throw new Error(`Organisation ${id} vanished after it was written`);
  return {
    organisation: toOrganisation(row, row.validTo && row.validTo <= today() ? row.validFrom : today()),
    clientMutationId,
  };
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
}
