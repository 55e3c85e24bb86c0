import type { Context } from '../../context';
import { today } from '../../shared/dates';
import type { Organisation } from './organisation.type';
import { toCoverage } from './organisation-coverage.type';
import type {
  OrganisationCoveragePayload,
  OrganisationIdentifierPayload,
  OrganisationSuccessionPayload,
} from './organisation-part.input';
import { toIdentifier, toOrganisation, toSuccession } from './organisation.resolver';

/**
 * The organisation as it stands after a write, read as at today, or as at its first day once it has ended (so that
 * its nested facts still answer).
 */
export async function organisationAfterWrite(context: Context, id: string): Promise<Organisation> {
  const row = await context.stores.organisations.byId.load(id);
  if (!row) throw new Error(`Organisation ${id} vanished after it was written`);
  return toOrganisation(row, row.validTo && row.validTo <= today() ? row.validFrom : today());
}

export async function identifierPayload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<OrganisationIdentifierPayload> {
  const row = await context.stores.organisations.identifierById.load(id);
  if (!row) throw new Error(`Identifier ${id} vanished after it was written`);
  const organisation = await organisationAfterWrite(context, row.organisationId);
  return { identifier: toIdentifier(row), organisation, clientMutationId };
}

export async function coveragePayload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<OrganisationCoveragePayload> {
  const row = await context.stores.organisations.coverageById.load(id);
  if (!row) throw new Error(`Coverage ${id} vanished after it was written`);
  const organisation = await organisationAfterWrite(context, row.coverage.organisationId);
  return { coverage: toCoverage(row, organisation.asOf), organisation, clientMutationId };
}

export async function successionPayload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<OrganisationSuccessionPayload> {
  const row = await context.stores.organisations.successionById.load(id);
  if (!row) throw new Error(`Succession ${id} vanished after it was written`);
  const organisation = await organisationAfterWrite(context, row.successorId);
  return { succession: toSuccession(row, organisation.asOf), organisation, clientMutationId };
}
