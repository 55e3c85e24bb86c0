import { GraphQLError } from 'graphql';
import { rule } from 'graphql-shield';
import type { Context } from '../context';
import { actions, type Action } from './actions';
import type { Anchors } from './access';
import { summariseInput } from './denial-summary';
import { fieldRules, type FieldRule } from './field-rules';

/**
 * A refusal names the schema coordinate whose rule refused (`Membership.role`, `Mutation.appointMember`) as
 * `coordinate`: `extensions.field` always means the input path at fault (`input.body`), which a refusal has none of.
 */
export function forbidden(action: Action, coordinate: string): GraphQLError {
  return new GraphQLError(`Not allowed: ${actions[action].description.toLowerCase()}`, {
    extensions: { code: 'FORBIDDEN', reason: 'REDACTED_BY_POLICY', action, coordinate },
  });
}

/** Anyone with valid credentials. The HTTP layer already refuses requests without them; this keeps deny-by-default. */
export const authenticated = rule('authenticated', { cache: 'contextual' })((_parent, _args, context: Context) =>
  context.viewer ? true : new GraphQLError('Credentials required', { extensions: { code: 'UNAUTHENTICATED' } }),
);

/** For the access matrix: the actions each guarded field may apply, by `Type.field`. */
export const guardedFields = new Map<string, readonly Action[]>();

export interface Decision {
  action: Action;
  anchors: Anchors;
}

export interface GuardOptions<Parent> {
  /** `Type.field` guarded. */
  field: string;
  /** Every action `decide` can choose, for the access matrix. */
  actions: readonly Action[];
  /** Which action applies to this record, and how the record relates to parties. */
  decide: (parent: Parent, context: Context) => Decision | Promise<Decision>;
  recordId: (parent: Parent) => string;
}

/**
 * A rule for a confidential field: allows the read on the first relation the applicable action permits, records the
 * read, and otherwise records the refusal and denies with FORBIDDEN so that the (nullable) field becomes null and
 * its parent survives.
 * Cached per record (strict), never per request, because the answer depends on the record.
 */
export function guard<Parent>(options: GuardOptions<Parent>) {
  guardedFields.set(options.field, options.actions);
  fieldRules.set(options.field, options as unknown as FieldRule);
  const [recordType = options.field, field = ''] = options.field.split('.');
  return rule(options.field, { cache: 'strict' })(async (parent: Parent, _args, context: Context) => {
    const { action, anchors } = await options.decide(parent, context);
    const grounds = await context.access.grounds(action, anchors);
    const recordId = options.recordId(parent);
    if (!grounds) {
      context.access.recordRefusal({ action, recordType, recordId, field });
      return forbidden(action, options.field);
    }
    if (grounds !== 'AUTHENTICATED') context.access.recordRead({ action, recordType, recordId, field, grounds });
    return true;
  });
}

export interface OperationGuardOptions<Args> {
  /** `Mutation.field` guarded. */
  field: string;
  action: Action;
  /** How the change's target relates to parties, worked out from the input (ids decoded, records looked up). */
  anchorsOf: (args: Args, context: Context) => Anchors | Promise<Anchors>;
  /**
   * A second permission the change needs as well, where it touches two records kept by different parties; `when`
   * limits it to the inputs that touch the second record.
   */
  also?: OperationCheck<Args>;
}

interface OperationCheck<Args> {
  action: Action;
  anchorsOf: (args: Args, context: Context) => Anchors | Promise<Anchors>;
  when?: (args: Args) => boolean;
}

/**
 * A rule for a mutation (or a query whose target is in its arguments): allowed on the first relation the action
 * permits (and, with `also`, the second action too); otherwise FORBIDDEN, and the refusal is recorded in
 * denied_writes with a bounded summary of the input (`summariseInput`). A refused mutation writes nothing: its
 * resolver never runs.
 */
export function guardOperation<Args>(options: OperationGuardOptions<Args>) {
  const checks: OperationCheck<Args>[] = [
    { action: options.action, anchorsOf: options.anchorsOf },
    ...(options.also ? [options.also] : []),
  ];
  guardedFields.set(
    options.field,
    checks.map((check) => check.action),
  );
  const [, operation = options.field] = options.field.split('.');
  return rule(options.field, { cache: 'strict' })(async (_parent, args: Args, context: Context) => {
    for (const check of checks) {
      if (check.when && !check.when(args)) continue;
      let anchors: Anchors;
      try {
        anchors = await check.anchorsOf(args, context);
      } catch (error) {
        // An id that names nothing of the right type is the caller's mistake to hear about, not a denial.
        if (error instanceof GraphQLError) return error;
        throw error;
      }
      if (await context.access.grounds(check.action, anchors)) continue;
      await context.access.recordDenial(operation, check.action, summariseInput(args));
      return forbidden(check.action, options.field);
    }
    return true;
  });
}
