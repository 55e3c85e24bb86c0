import { eq } from 'drizzle-orm';
import { areas, organisationCoverage, organisationIdentifiers, organisations } from '../../../schema/database/index';
import type { Context } from '../../context';
import type { Database } from '../../db';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate, periodFromInput, type IsoDate, type Period } from '../../shared/dates';
import { assertEndDate } from '../../shared/ending';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { lockRow } from '../history/locks';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import { identifierValue } from './identifier-format';
import type {
  EndOrganisationCoverageInput,
  EndOrganisationIdentifierInput,
  RecordOrganisationCoverageInput,
  RecordOrganisationIdentifierInput,
} from './organisation-part.input';
import type { OrganisationRow } from './organisation.type';

const identifierHeld = {
  field: 'input.value',
  message:
    'That identifier already names an organisation (this one or another) on some of these dates: an identifier names one organisation at a time, so end it there first',
};

const constraintMeanings = {
  organisation_identifiers_one_holder_at_a_time: identifierHeld,
  organisation_identifiers_scheme_value_from_key: identifierHeld,
  organisation_identifiers_organisation_id_organisations_id_fk: {
    field: 'input.organisation',
    message: 'There is no such organisation',
  },
  organisation_coverage_no_overlap: {
    field: 'input.validFrom',
    message:
      'The organisation already serves that area on some of these dates; end that coverage first, or start this one after it ends',
  },
  organisation_coverage_organisation_id_organisations_id_fk: {
    field: 'input.organisation',
    message: 'There is no such organisation',
  },
  organisation_coverage_area_id_areas_id_fk: { field: 'input.area', message: 'There is no such area' },
};

/**
 * The organisation, share-locked until the write commits, so that it cannot be ended unseen while the write checks
 * a part against its existence. Taken before the part's own row is written: the end locks the organisation first too.
 */
export async function organisationOf(tx: Database, id: string, field: string): Promise<OrganisationRow> {
  const row = await lockRow(tx, organisations, id, 'share');
  if (!row) throw notFound(field, 'There is no such organisation');
  return row;
}

/** Refuses a period that starts before `outer` began, or runs past its end: a fact cannot outlive what it is about. */
function assertWithin(period: Period, outer: Period, what: string): void {
  if (period.validFrom < outer.validFrom) {
    throw badUserInput('input.validFrom', `The ${what} began on ${outer.validFrom}; it cannot start before that`);
  }
  if (outer.validTo === null) return;
  if (period.validFrom >= outer.validTo) {
    throw badUserInput('input.validFrom', `The ${what} ended on ${outer.validTo}; it must start before that`);
  }
  if (period.validTo === null || period.validTo > outer.validTo) {
    throw badUserInput('input.validTo', `The ${what} ended on ${outer.validTo}; it must end by then`);
  }
}

const earlierEnd = (a: IsoDate | null, b: IsoDate | null): IsoDate | null =>
  a === null ? b : b === null ? a : a < b ? a : b;

export async function recordOrganisationIdentifier(
  context: Context,
  input: RecordOrganisationIdentifierInput,
): Promise<string> {
  const organisationId = rowIdOf(input.organisation, 'Organisation', 'input.organisation');
  const value = identifierValue(input.scheme, input.value);
  const validFrom = isoDate(input.validFrom);
  const operation = 'recordOrganisationIdentifier';
  return write(context, operation, async (change) =>
    onceFor(change, context, input.clientMutationId, operation, async () => {
      const organisation = await organisationOf(change.tx, organisationId, 'input.organisation');
      // An ended organisation's identifiers end with it, leaving the register free to give them to its successors.
      const period = { validFrom, validTo: organisation.validTo };
      assertWithin(period, organisation, 'organisation');
      const [row] = await change.tx
        .insert(organisationIdentifiers)
        .values({ organisationId, scheme: input.scheme, value, ...period })
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({
        recordType: 'OrganisationIdentifier',
        recordId: row!.id,
        areaId: organisation.areaId,
        before: null,
        after: row!,
      });
      return row!.id;
    }),
  );
}

export async function endOrganisationIdentifier(
  context: Context,
  input: EndOrganisationIdentifierInput,
): Promise<string> {
  const id = rowIdOf(input.identifier, 'OrganisationIdentifier', 'input.identifier');
  const endOn = isoDate(input.endOn);
  return write(context, 'endOrganisationIdentifier', async (change) => {
    const [before] = await change.tx.select().from(organisationIdentifiers).where(eq(organisationIdentifiers.id, id));
    if (!before) throw notFound('input.identifier', 'There is no such identifier');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'identifier');
    const organisation = await organisationOf(change.tx, before.organisationId, 'input.identifier');
    const after = await updateVersioned(change.tx, organisationIdentifiers, id, input.expectedVersion, {
      validTo: endOn,
    });
    change.record({ recordType: 'OrganisationIdentifier', recordId: id, areaId: organisation.areaId, before, after });
    return id;
  });
}

export async function recordOrganisationCoverage(
  context: Context,
  input: RecordOrganisationCoverageInput,
): Promise<string> {
  const organisationId = rowIdOf(input.organisation, 'Organisation', 'input.organisation');
  const areaId = rowIdOf(input.area, 'Area', 'input.area');
  const requested = periodFromInput(input.validFrom, input.validTo);
  const operation = 'recordOrganisationCoverage';
  return write(context, operation, async (change) =>
    onceFor(change, context, input.clientMutationId, operation, async () => {
      const organisation = await organisationOf(change.tx, organisationId, 'input.organisation');
      const [area] = await change.tx.select().from(areas).where(eq(areas.id, areaId));
      if (!area) throw notFound('input.area', 'There is no such area');
      const period = {
        validFrom: requested.validFrom,
        validTo: requested.validTo ?? earlierEnd(organisation.validTo, area.validTo),
      };
      assertWithin(period, organisation, 'organisation');
      assertWithin(period, area, 'area');
      const [row] = await change.tx
        .insert(organisationCoverage)
        .values({ organisationId, areaId, ...period })
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({
        recordType: 'OrganisationCoverage',
        recordId: row!.id,
        areaId: organisation.areaId,
        before: null,
        after: row!,
      });
      return row!.id;
    }),
  );
}

export async function endOrganisationCoverage(context: Context, input: EndOrganisationCoverageInput): Promise<string> {
  const id = rowIdOf(input.coverage, 'OrganisationCoverage', 'input.coverage');
  const endOn = isoDate(input.endOn);
  return write(context, 'endOrganisationCoverage', async (change) => {
    const [before] = await change.tx.select().from(organisationCoverage).where(eq(organisationCoverage.id, id));
    if (!before) throw notFound('input.coverage', 'There is no such coverage');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'coverage');
    const organisation = await organisationOf(change.tx, before.organisationId, 'input.coverage');
    const after = await updateVersioned(change.tx, organisationCoverage, id, input.expectedVersion, { validTo: endOn });
    change.record({ recordType: 'OrganisationCoverage', recordId: id, areaId: organisation.areaId, before, after });
    return id;
  });
}
