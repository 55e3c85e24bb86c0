import { and, eq, lt } from 'drizzle-orm';
import { bodies, consultations, plans } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate, periodFromInput } from '../../shared/dates';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import type { CreatePlanInput, PublishPlanInput, RecordConsultationInput } from './plan.input';

const constraintMeanings = {
  plans_area_id_areas_id_fk: { field: 'input.area', message: 'There is no such area' },
  plans_owner_body_id_bodies_id_fk: { field: 'input.ownerBody', message: 'There is no such body' },
  plans_period_in_order: { field: 'input.periodEnd', message: 'The period must end after it starts' },
  consultations_one_consultee: {
    field: 'input.consulteeBody',
    message: 'Name exactly one consultee: a body, an organisation or a group',
  },
  consultations_consultee_body_id_bodies_id_fk: { field: 'input.consulteeBody', message: 'There is no such body' },
  consultations_consultee_organisation_id_organisations_id_fk: {
    field: 'input.consulteeOrganisation',
    message: 'There is no such organisation',
  },
};

export async function createPlan(context: Context, input: CreatePlanInput): Promise<string> {
  const period = periodFromInput(input.periodStart, input.periodEnd, 'input.periodEnd');
  const title = input.title.trim();
  if (!title) throw badUserInput('input.title', 'Give the plan a title');
  const values = {
    kind: input.kind,
    title,
    areaId: rowIdOf(input.area, 'Area', 'input.area'),
    ownerBodyId: input.ownerBody ? rowIdOf(input.ownerBody, 'Body', 'input.ownerBody') : null,
    periodStart: period.validFrom,
    periodEnd: period.validTo,
    adoptedOn: input.adoptedOn ? isoDate(input.adoptedOn) : null,
  };
  return write(context, 'createPlan', async (change) =>
    onceFor(change, context, input.clientMutationId, 'createPlan', async () => {
      const [row] = await change.tx
        .insert(plans)
        .values(values)
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({ recordType: 'Plan', recordId: row!.id, areaId: row!.areaId, before: null, after: row! });
      return row!.id;
    }),
  );
}

/**
 * DOMAIN §4 rule 3 (ERROR at publication): a CYPP is published only once an LSCB of its area was consulted on it,
 * on a date before the plan was adopted (001 App. 1).
 */
export async function publishPlan(context: Context, input: PublishPlanInput): Promise<string> {
  const id = rowIdOf(input.plan, 'Plan', 'input.plan');
  const publishedOn = isoDate(input.publishedOn);
  return write(context, 'publishPlan', async (change) => {
    const [before] = await change.tx.select().from(plans).where(eq(plans.id, id));
    if (!before) throw notFound('input.plan', 'There is no such plan');
    assertVersion(before, input.expectedVersion);
    if (before.publishedOn) throw badUserInput('input.plan', `The plan was already published on ${before.publishedOn}`);
    if (before.adoptedOn && input.adoptedOn && isoDate(input.adoptedOn) !== before.adoptedOn) {
      throw badUserInput('input.adoptedOn', `The plan was already adopted on ${before.adoptedOn}`);
    }
    const adoptedOn = before.adoptedOn ?? (input.adoptedOn ? isoDate(input.adoptedOn) : null);
    if (!adoptedOn) throw badUserInput('input.adoptedOn', 'Give the date the plan was adopted before publishing it');
    if (publishedOn < adoptedOn) {
      throw badUserInput('input.publishedOn', `A plan is published on or after its adoption (${adoptedOn})`);
    }
    if (before.kind === 'CYPP') {
      const [consulted] = await change.tx
        .select({ id: consultations.id })
        .from(consultations)
        .innerJoin(bodies, eq(bodies.id, consultations.consulteeBodyId))
        .where(
          and(
            eq(consultations.planId, id),
            eq(bodies.kind, 'LSCB'),
            eq(bodies.areaId, before.areaId),
            lt(consultations.consultedOn, adoptedOn),
          ),
        );
      if (!consulted) {
        throw badUserInput(
          'input.plan',
          `A CYPP may be published only after an LSCB of its area was consulted on it before its adoption (${adoptedOn})`,
        );
      }
    }
    const after = await updateVersioned(change.tx, plans, id, input.expectedVersion, { adoptedOn, publishedOn });
    change.record({ recordType: 'Plan', recordId: id, areaId: before.areaId, before, after });
    return id;
  });
}

/** A consultation is part of its plan: its change is recorded in the plan's history. */
export async function recordConsultation(context: Context, input: RecordConsultationInput): Promise<string> {
  const planId = rowIdOf(input.plan, 'Plan', 'input.plan');
  const values = {
    planId,
    consulteeBodyId: input.consulteeBody ? rowIdOf(input.consulteeBody, 'Body', 'input.consulteeBody') : null,
    consulteeOrganisationId: input.consulteeOrganisation
      ? rowIdOf(input.consulteeOrganisation, 'Organisation', 'input.consulteeOrganisation')
      : null,
    consulteeGroup: input.consulteeGroup ?? null,
    consulteeDescription: input.consulteeDescription?.trim() || null,
    consultedOn: isoDate(input.consultedOn),
  };
  const named = [values.consulteeBodyId, values.consulteeOrganisationId, values.consulteeGroup].filter(Boolean);
  if (named.length !== 1) {
    throw badUserInput('input.consulteeBody', 'Name exactly one consultee: a body, an organisation or a group');
  }
  if (values.consulteeDescription && !values.consulteeGroup) {
    throw badUserInput(
      'input.consulteeDescription',
      'Describe how a group was reached; a body or organisation is named',
    );
  }
  return write(context, 'recordConsultation', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordConsultation', async () => {
      const [plan] = await change.tx.select().from(plans).where(eq(plans.id, planId));
      if (!plan) throw notFound('input.plan', 'There is no such plan');
      const [row] = await change.tx
        .insert(consultations)
        .values(values)
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({ recordType: 'Plan', recordId: planId, areaId: plan.areaId, before: null, after: row! });
      return planId;
    }),
  );
}
