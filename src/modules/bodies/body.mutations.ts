import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { recordBodyDocument, updateBodyDocument } from './body-document.service';
import { endBodyLegalStatus, recordBodyLegalStatus } from './body-legal-status.service';
import {
  BodyDocumentPayload,
  BodyLegalStatusPayload,
  BodySuccessionPayload,
  EndBodyLegalStatusInput,
  RecordBodyDocumentInput,
  RecordBodyLegalStatusInput,
  RecordBodySuccessionInput,
  UpdateBodyDocumentInput,
} from './body-parts.input';
import { recordBodySuccession } from './body-succession.service';
import { BodyPayload, CreateBodyInput, EndBodyInput, RecordBodyAliasInput, UpdateBodyInput } from './body.input';
import { toBody, toDocument, toLegalStatus, toSuccession, toWorkings } from './body.resolver';
import { createBody, endBody, updateBody } from './body.service';
import { warningsOf } from '../compliance/index';
import {
  EndBodyAliasInput,
  EndBodyWorkingsInput,
  RecordBodyWorkingsInput,
  BodyWorkingsPayload,
} from './body-workings.input';
import { endBodyAlias, endBodyWorkings, recordBodyAlias, recordBodyWorkings } from './body-workings.service';

/** A body as it now stands, or as it last stood when it has ended; read after the write. */
async function bodyAfterWrite(context: Context, id: string) {
  const row = await context.stores.bodies.byId.load(id);
  if (!row) throw new Error(`Body ${id} vanished after it was written`);
  return toBody(row, row.validTo && row.validTo <= today() ? row.validFrom : today());
}

async function payload(context: Context, id: string, clientMutationId: string | null = null): Promise<BodyPayload> {
  return { body: await bodyAfterWrite(context, id), clientMutationId };
}

async function legalStatusPayload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<BodyLegalStatusPayload> {
  const row = await context.stores.bodies.legalStatusesById.load(id);
  if (!row) throw new Error(`Legal status ${id} vanished after it was written`);
  return { legalStatus: toLegalStatus(row), body: await bodyAfterWrite(context, row.bodyId), clientMutationId };
}

async function workingsPayload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<BodyWorkingsPayload> {
  const row = await context.stores.bodies.workingsById.load(id);
  if (!row) throw new Error(`Workings ${id} vanished after they were written`);
  return { workings: toWorkings(row), body: await bodyAfterWrite(context, row.bodyId), clientMutationId };
}

async function documentPayload(
  context: Context,
  id: string,
  clientMutationId: string | null = null,
): Promise<BodyDocumentPayload> {
  const row = await context.stores.bodies.documentsById.load(id);
  if (!row) throw new Error(`Document ${id} vanished after it was written`);
  const body = await bodyAfterWrite(context, row.bodyId);
  // DOMAIN.md §4 rule 16 warns: terms of reference that miss some of 003 Table 5's items are adopted all the same.
  const adopted = row.kind === 'TERMS_OF_REFERENCE' && row.status !== 'DRAFT' && row.adoptedOn;
  const warnings = adopted
    ? await warningsOf(context, { recordType: 'Body', rowId: row.bodyId, areaId: body.areaId, asOf: row.adoptedOn! }, [
        'board.terms-of-reference',
      ])
    : [];
  return { document: toDocument(row), body, clientMutationId, warnings };
}

async function successionPayload(
  context: Context,
  id: string,
  clientMutationId: string | null,
): Promise<BodySuccessionPayload> {
  const row = await context.stores.bodies.successionsById.load(id);
  if (!row) throw new Error(`Succession ${id} vanished after it was written`);
  const [predecessor, successor] = await Promise.all([
    bodyAfterWrite(context, row.predecessorId),
    bodyAfterWrite(context, row.successorId),
  ]);
  return { succession: toSuccession(row, successor.asOf), predecessor, successor, clientMutationId };
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

  @Mutation(() => BodyPayload, {
    description: 'Ends the use of one of a body’s other names on a date.',
  })
  async endBodyAlias(
    @Ctx() context: Context,
    @Arg('input', () => EndBodyAliasInput, { description: 'Which name, and when it stopped being used.' })
    input: EndBodyAliasInput,
  ): Promise<BodyPayload> {
    return payload(context, await endBodyAlias(context, input));
  }

  @Mutation(() => BodyWorkingsPayload, {
    description:
      'Records a change of how a body works from a date: its chair type, voting arrangement, model, role or ' +
      'decision rule. The workings holding then end that day; what the change leaves out carries on. Refused on ' +
      'or before the latest workings began, outside the body’s existence, or when nothing would change.',
  })
  async recordBodyWorkings(
    @Ctx() context: Context,
    @Arg('input', () => RecordBodyWorkingsInput, { description: 'The body, what changes and from when.' })
    input: RecordBodyWorkingsInput,
  ): Promise<BodyWorkingsPayload> {
    return workingsPayload(context, await recordBodyWorkings(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => BodyWorkingsPayload, { description: 'Ends a period of a body’s workings on a date.' })
  async endBodyWorkings(
    @Ctx() context: Context,
    @Arg('input', () => EndBodyWorkingsInput, { description: 'Which workings, and when they end.' })
    input: EndBodyWorkingsInput,
  ): Promise<BodyWorkingsPayload> {
    return workingsPayload(context, await endBodyWorkings(context, input));
  }

  @Mutation(() => BodyLegalStatusPayload, {
    description:
      'Records a change of a body’s legal status from a date; the status holding then ends that day. Refused on or ' +
      'before the current status began, outside the body’s existence, or when the status would not change.',
  })
  async recordBodyLegalStatus(
    @Ctx() context: Context,
    @Arg('input', () => RecordBodyLegalStatusInput, { description: 'The body, its new status and from when.' })
    input: RecordBodyLegalStatusInput,
  ): Promise<BodyLegalStatusPayload> {
    return legalStatusPayload(context, await recordBodyLegalStatus(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => BodyLegalStatusPayload, { description: 'Ends a body’s legal status on a date.' })
  async endBodyLegalStatus(
    @Ctx() context: Context,
    @Arg('input', () => EndBodyLegalStatusInput, { description: 'Which status, and when it ends.' })
    input: EndBodyLegalStatusInput,
  ): Promise<BodyLegalStatusPayload> {
    return legalStatusPayload(context, await endBodyLegalStatus(context, input));
  }

  @Mutation(() => BodyDocumentPayload, {
    description: 'Records a version of a body’s terms of reference, constitution, agreement or protocol.',
  })
  async recordBodyDocument(
    @Ctx() context: Context,
    @Arg('input', () => RecordBodyDocumentInput, { description: 'The body and the document.' })
    input: RecordBodyDocumentInput,
  ): Promise<BodyDocumentPayload> {
    return documentPayload(context, await recordBodyDocument(context, input), input.clientMutationId ?? null);
  }

  @Mutation(() => BodyDocumentPayload, {
    description: 'Corrects a document’s title or coverage, or moves it on: a draft adopted, an adopted one superseded.',
  })
  async updateBodyDocument(
    @Ctx() context: Context,
    @Arg('input', () => UpdateBodyDocumentInput, { description: 'Which document, and what changes.' })
    input: UpdateBodyDocumentInput,
  ): Promise<BodyDocumentPayload> {
    return documentPayload(context, await updateBodyDocument(context, input));
  }

  @Mutation(() => BodySuccessionPayload, {
    description: 'Records one body succeeding another, e.g. the ACPC replaced by the LSCB (administrators only).',
  })
  async recordBodySuccession(
    @Ctx() context: Context,
    @Arg('input', () => RecordBodySuccessionInput, { description: 'The two bodies and when.' })
    input: RecordBodySuccessionInput,
  ): Promise<BodySuccessionPayload> {
    return successionPayload(context, await recordBodySuccession(context, input), input.clientMutationId ?? null);
  }
}
