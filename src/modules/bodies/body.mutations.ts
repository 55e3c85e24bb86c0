import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { BodyPayload, CreateBodyInput, EndBodyInput, RecordBodyAliasInput, UpdateBodyInput } from './body.input';
import { toBody } from './body.resolver';
import { createBody, endBody, recordBodyAlias, updateBody } from './body.service';

async function payload(context: Context, id: string, clientMutationId: string | null = null): Promise<BodyPayload> {
  const row = await context.stores.bodies.byId.load(id);
  if (!row) throw new Error(`Body ${id} vanished after it was written`);
  return { body: toBody(row, row.validTo && row.validTo <= today() ? row.validFrom : today()), clientMutationId };
}

@Resolver()
export class BodyMutations {
  @Mutation(() => BodyPayload, { description: 'Registers a body (administrators only).' })
  async createBody(
    @Ctx() context: Context,
    @Arg('input', () => CreateBodyInput, { description: 'The body.' }) input: CreateBodyInput,
  ): Promise<BodyPayload> {
    return payload(context, await createBody(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => BodyPayload, { description: 'Changes how a body is named or works.' })
  async updateBody(
    @Ctx() context: Context,
    @Arg('input', () => UpdateBodyInput, { description: 'Which body, and what changes.' }) input: UpdateBodyInput,
  ): Promise<BodyPayload> {
    return payload(context, await updateBody(context, input));
  }

  @Mutation(() => BodyPayload, {
    description: 'Ends a body on a date. Refused while seats, lines or posts on it outlive that date.',
  })
  async endBody(
    @Ctx() context: Context,
    @Arg('input', () => EndBodyInput, { description: 'Which body, and when it ends.' }) input: EndBodyInput,
  ): Promise<BodyPayload> {
    return payload(context, await endBody(context, input));
  }

  @Mutation(() => BodyPayload, { description: 'Records another name a body is known by.' })
  async recordBodyAlias(
    @Ctx() context: Context,
    @Arg('input', () => RecordBodyAliasInput, { description: 'The body and its other name.' })
    input: RecordBodyAliasInput,
  ): Promise<BodyPayload> {
    return payload(context, await recordBodyAlias(context, input));
  }
}
