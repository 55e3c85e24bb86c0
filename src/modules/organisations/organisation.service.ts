import { and, count, desc, eq, isNull, lt, or } from 'drizzle-orm';
import {
  memberships,
  organisationCoverage,
  organisationIdentifiers,
  organisationNames,
  organisations,
  posts,
} from '../../../schema/database/index';
import { organisationCodesChanged } from '../../auth/authenticate';
import type { Context } from '../../context';
import type { Database } from '../../db';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate, today, type IsoDate } from '../../shared/dates';
import { assertEndDate, openAfter, refuseOpenDependants } from '../../shared/ending';
import { badUserInput, notFound, requiredText } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { endPartsWithOwner, type DatedPart } from '../history/end-parts';
import { lockRow } from '../history/locks';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import type { CreateOrganisationInput, EndOrganisationInput, UpdateOrganisationInput } from './organisation.input';
import type { OrganisationRow } from './organisation.type';

const constraintMeanings = {
  organisations_code_unique: { field: 'input.code', message: 'Another organisation already has that code' },
  organisations_area_id_areas_id_fk: { field: 'input.area', message: 'There is no such area' },
  organisation_names_no_overlap: {
    field: 'input.nameChangedOn',
    message: 'The organisation already bore another name on that date',
  },
};

export async function createOrganisation(context: Context, input: CreateOrganisationInput): Promise<string> {
  const values = {
    code: input.code == null ? null : requiredText(input.code, 'input.code'),
    name: requiredText(input.name, 'input.name'),
    kind: input.kind,
    sector: input.sector,
    areaId: input.area ? rowIdOf(input.area, 'Area', 'input.area') : null,
    validFrom: isoDate(input.validFrom),
  };
  return write(context, 'createOrganisation', async (change) =>
    onceFor(change, context, input.clientMutationId, 'createOrganisation', async () => {
      const [row] = await change.tx
        .insert(organisations)
        .values(values)
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({ recordType: 'Organisation', recordId: row!.id, areaId: row!.areaId, before: null, after: row! });
      return row!.id;
    }),
  );
}

export async function updateOrganisation(context: Context, input: UpdateOrganisationInput): Promise<string> {
  const id = rowIdOf(input.organisation, 'Organisation', 'input.organisation');
  const values: Partial<typeof organisations.$inferInsert> = {};
  if (input.name != null) values.name = requiredText(input.name, 'input.name');
  if (input.code != null) values.code = requiredText(input.code, 'input.code');
  if (input.area != null) values.areaId = rowIdOf(input.area, 'Area', 'input.area');
  if (input.sector != null) values.sector = input.sector;
  if (input.kind != null) values.kind = input.kind;
  let codeChanged = false;
  const updated = await write(context, 'updateOrganisation', async (change) => {
    // Locked before the names are touched, so that of two writers at one version the second waits here and hears
    // CONFLICT, rather than rewriting the names the first has just changed.
    const before = await lockRow(change.tx, organisations, id, 'update');
    if (!before) throw notFound('input.organisation', 'There is no such organisation');
    assertVersion(before, input.expectedVersion);
    if (values.name !== undefined && values.name !== before.name) {
      const changedOn = input.nameChangedOn ? isoDate(input.nameChangedOn) : today();
      await recordFormerName(change.tx, before, values.name, changedOn).catch((error) =>
        explainConstraint(error, constraintMeanings),
      );
    }
    const after = await updateVersioned(change.tx, organisations, id, input.expectedVersion, values).catch((error) =>
      explainConstraint(error, constraintMeanings),
    );
    change.record({ recordType: 'Organisation', recordId: id, areaId: after.areaId, before, after });
    codeChanged = after.code !== before.code;
    return id;
  });
  // Once committed: a token naming the old code must no longer be taken for this organisation.
  if (codeChanged) organisationCodesChanged();
  return updated;
}

/**
 * Keeps `organisation_names` answerable: the name borne until `changedOn` is closed there (or written, if the
 * history had no open row), and the new name opens on that day.
 */
async function recordFormerName(
  tx: Database,
  before: OrganisationRow,
  name: string,
  changedOn: IsoDate,
): Promise<void> {
  const field = 'input.nameChangedOn';
  if (changedOn <= before.validFrom) {
    throw badUserInput(field, `The organisation began on ${before.validFrom}; a new name must take effect after that`);
  }
  const [latest] = await tx
    .select()
    .from(organisationNames)
    .where(eq(organisationNames.organisationId, before.id))
    .orderBy(desc(organisationNames.validFrom))
    .limit(1);
  const start = latest ? (latest.validTo ?? latest.validFrom) : before.validFrom;
  if (latest && latest.validTo === null) {
    if (latest.validFrom >= changedOn) throw badUserInput(field, `The current name was taken on ${latest.validFrom}`);
    await tx.update(organisationNames).set({ validTo: changedOn }).where(eq(organisationNames.id, latest.id));
  } else {
    if (start >= changedOn) throw badUserInput(field, `The names recorded run to ${start}`);
    await tx
      .insert(organisationNames)
      .values({ organisationId: before.id, name: before.name, validFrom: start, validTo: changedOn });
  }
  await tx.insert(organisationNames).values({ organisationId: before.id, name, validFrom: changedOn });
}

/** An organisation that ceases stops holding its identifiers and covering its areas on the same day. */
const partsEndingWithOrganisation: DatedPart[] = [
  {
    table: organisationIdentifiers,
    owner: organisationIdentifiers.organisationId,
    recordType: 'OrganisationIdentifier',
    what: 'identifier(s)',
  },
  {
    table: organisationCoverage,
    owner: organisationCoverage.organisationId,
    recordType: 'OrganisationCoverage',
    what: 'area coverage(s)',
  },
];

export async function endOrganisation(context: Context, input: EndOrganisationInput): Promise<string> {
  const id = rowIdOf(input.organisation, 'Organisation', 'input.organisation');
  const endOn = isoDate(input.endOn);
  return write(context, 'endOrganisation', async (change) => {
    // Locked before the dependants are counted and ended: posts, identifiers and coverage being added meanwhile hold
    // a share lock on the organisation, so they are either seen here or wait and then see the end.
    const before = await lockRow(change.tx, organisations, id, 'update');
    if (!before) throw notFound('input.organisation', 'There is no such organisation');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'organisation');
    const [employs] = await change.tx
      .select({ total: count() })
      .from(posts)
      .where(and(eq(posts.employerId, id), openAfter(posts, endOn)));
    const [seats] = await change.tx
      .select({ total: count() })
      .from(memberships)
      .where(
        and(
          or(eq(memberships.memberOrganisationId, id), eq(memberships.onBehalfOfId, id)),
          openAfter(memberships, endOn),
        ),
      );
    refuseOpenDependants([
      [employs?.total ?? 0, 'post(s) it employs'],
      [seats?.total ?? 0, 'seat(s) it holds'],
    ]);
    const after = await updateVersioned(change.tx, organisations, id, input.expectedVersion, { validTo: endOn });
    await endPartsWithOwner(change, id, endOn, after.areaId, partsEndingWithOrganisation);
    await change.tx
      .update(organisationNames)
      .set({ validTo: endOn })
      .where(
        and(
          eq(organisationNames.organisationId, id),
          isNull(organisationNames.validTo),
          lt(organisationNames.validFrom, endOn),
        ),
      );
    change.record({ recordType: 'Organisation', recordId: id, areaId: after.areaId, before, after });
    return id;
  });
}
