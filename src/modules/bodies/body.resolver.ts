import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionOf, connectionOfRows, toConnection } from '../../shared/connection';
import { heldOn, resolveAsOf, type IsoDate } from '../../shared/dates';
import { rowIdOf, toGlobalId, viewOf } from '../../shared/global-id';
import { PageArgs, pageRequest } from '../../shared/pagination';
import type { ReadBeside } from '../../shared/compiled-read';
import { selectsChildOfNodes } from '../../shared/lookahead';
import { fromRow } from '../../shared/records';
import { DateScalar } from '../../shared/scalars';
import { Area, toArea } from '../areas/index';
import { BodiesArgs } from './body.args';
import {
  BodyKind,
  BodyRole,
  ChairType,
  DecisionRule,
  GovernanceModel,
  LegalStatus,
  VotingArrangement,
} from './body.enums';
import {
  Body,
  BodyAlias,
  BodyWorkings,
  type BodyAliasRow,
  type BodyWorkingsRow,
  BodyDocument,
  BodyLegalStatus,
  BodySuccession,
  type BodyDocumentRow,
  type BodyLegalStatusRow,
  type BodyRow,
  type BodySuccessionRow,
} from './body.type';

/** The fields of a body that read its seats, and its lines out, as at the body's own date. */
const seatFields = ['memberships', 'membershipsConnection', 'chair'];
const lineOutFields = ['linesOut', 'parentBodies'];

/**
 * The children a page of bodies is asked for, read in the page's own statement: a dashboard's page of bodies nearly
 * always shows their seats and lines, and one statement costs less than three.
 */
function readBeside(stores: Context['stores'], info: GraphQLResolveInfo, asOf: IsoDate): ReadBeside[] {
  const besides: ReadBeside[] = [];
  if (selectsChildOfNodes(info, seatFields, 'asOf')) besides.push(stores.memberships.seatsBesideBodies(asOf));
  if (selectsChildOfNodes(info, lineOutFields, 'asOf')) besides.push(stores.accountability.linesBesideBodies(asOf));
  return besides;
}

@ObjectType({ description: 'A page of bodies.' })
export class BodyConnection extends ConnectionOf(Body, 'Body') {}

export const toBody = (row: BodyRow, asOf: IsoDate) => fromRow(Body, 'Body', row, asOf);

/** Parts of a body show a global id of their own type in place of the row key, which they keep as `uuid`. */
export const toLegalStatus = (row: BodyLegalStatusRow) =>
  Object.assign(new BodyLegalStatus(), row, { id: toGlobalId('BodyLegalStatus', row.id), uuid: row.id });
export const toDocument = (row: BodyDocumentRow) =>
  Object.assign(new BodyDocument(), row, { id: toGlobalId('BodyDocument', row.id), uuid: row.id });
export const toSuccession = (row: BodySuccessionRow, asOf: IsoDate) =>
  Object.assign(new BodySuccession(), row, {
    id: toGlobalId('BodySuccession', row.id, asOf),
    recordId: toGlobalId('BodySuccession', row.id),
    uuid: row.id,
    asOf,
  });

export const toWorkings = (row: BodyWorkingsRow) =>
  Object.assign(new BodyWorkings(), row, { id: toGlobalId('BodyWorkings', row.id), uuid: row.id });
export const toAlias = (row: BodyAliasRow) =>
  Object.assign(new BodyAlias(), row, { id: toGlobalId('BodyAlias', row.id), uuid: row.id });

/** The period of the body's workings that held on the date it is read as at, if any. */
async function workingsOn(body: Body, { stores }: Context): Promise<BodyWorkingsRow | undefined> {
  return (await stores.bodies.workings.load(body.uuid)).find((row) => heldOn(row, body.asOf));
}

const asOfArg = { nullable: true, description: 'Default: the date the parent was read as at.' } as const;

@Resolver(() => Body)
export class BodyResolver {
  @Query(() => Body, { nullable: true, description: 'One body by global id.' })
  async body(
    @Ctx() { stores }: Context,
    @Arg('id', () => ID, { description: 'The body’s global id.' }) id: string,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Read nested facts as at this date (default: the date a dated id carries, else today).',
    })
    asOf?: Date | null,
  ): Promise<Body | null> {
    const view = viewOf(id, 'Body', 'id');
    const row = await stores.bodies.byId.load(view.rowId);
    return row ? toBody(row, resolveAsOf(asOf, view.asOf ?? undefined)) : null;
  }

  @Query(() => BodyConnection, { description: 'Bodies by name, filtered, a page at a time.' })
  async bodies(
    @Ctx() { stores }: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => BodiesArgs) args: BodiesArgs,
  ): Promise<BodyConnection> {
    const request = pageRequest(args);
    const criteria = {
      ...args.filter,
      areaId: args.filter?.area ? rowIdOf(args.filter.area, 'Area', 'filter.area') : null,
      organisationId: args.filter?.organisation
        ? rowIdOf(args.filter.organisation, 'Organisation', 'filter.organisation')
        : null,
      asOf: resolveAsOf(args.asOf),
    };
    const page = await stores.bodies.page(criteria, request, readBeside(stores, info, criteria.asOf));
    return toConnection(
      page,
      (row) => row.name,
      (row) => toBody(row, criteria.asOf),
      () => stores.bodies.count(criteria),
    );
  }

  @FieldResolver(() => Area, { description: 'The area the body serves.' })
  async area(@Root() body: Body, @Ctx() { stores }: Context): Promise<Area> {
    const row = await stores.areas.byId.load(body.areaId);
    if (!row) throw new Error(`Area ${body.areaId} of body ${body.uuid} is missing`);
    return toArea(row, body.asOf);
  }

  @FieldResolver(() => [String], {
    description: 'Other names the body was known by on the date it is read as at; `aliasHistory` has every one.',
  })
  async aliases(@Root() body: Body, @Ctx() { stores }: Context): Promise<string[]> {
    const rows = await stores.bodies.aliases.load(body.uuid);
    return rows.filter((row) => heldOn(row, body.asOf)).map((row) => row.alias);
  }

  @FieldResolver(() => [BodyAlias], { description: 'Every other name the body has been known by, with its period.' })
  async aliasHistory(@Root() body: Body, @Ctx() { stores }: Context): Promise<BodyAlias[]> {
    return (await stores.bodies.aliases.load(body.uuid)).map(toAlias);
  }

  @FieldResolver(() => GovernanceModel, { nullable: true, description: 'Model A or Model B on the date, where known.' })
  async governanceModel(@Root() body: Body, @Ctx() context: Context): Promise<keyof typeof GovernanceModel | null> {
    return (await workingsOn(body, context))?.governanceModel ?? null;
  }

  @FieldResolver(() => BodyRole, {
    nullable: true,
    description: 'Advisory or decision-making on the date, where known.',
  })
  async role(@Root() body: Body, @Ctx() context: Context): Promise<keyof typeof BodyRole | null> {
    return (await workingsOn(body, context))?.role ?? null;
  }

  @FieldResolver(() => ChairType, { nullable: true, description: 'Who chaired it on the date, where known.' })
  async chairType(@Root() body: Body, @Ctx() context: Context): Promise<keyof typeof ChairType | null> {
    return (await workingsOn(body, context))?.chairType ?? null;
  }

  @FieldResolver(() => VotingArrangement, {
    nullable: true,
    description: 'How members voted on the date, where known.',
  })
  async votingArrangement(@Root() body: Body, @Ctx() context: Context): Promise<keyof typeof VotingArrangement | null> {
    return (await workingsOn(body, context))?.votingArrangement ?? null;
  }

  @FieldResolver(() => DecisionRule, {
    nullable: true,
    description: 'How decisions were reached on the date, where known.',
  })
  async decisionRule(@Root() body: Body, @Ctx() context: Context): Promise<keyof typeof DecisionRule | null> {
    return (await workingsOn(body, context))?.decisionRule ?? null;
  }

  @FieldResolver(() => [BodyWorkings], {
    description: 'Every period of the body’s workings (chair type, voting, model, role, decision rule), oldest first.',
  })
  async workingsHistory(@Root() body: Body, @Ctx() { stores }: Context): Promise<BodyWorkings[]> {
    return (await stores.bodies.workings.load(body.uuid)).map(toWorkings);
  }

  @FieldResolver(() => LegalStatus, { nullable: true, description: 'Legal status on the date, where recorded.' })
  async legalStatus(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<keyof typeof LegalStatus | null> {
    const date = resolveAsOf(asOf, body.asOf);
    const rows = await stores.bodies.legalStatuses.load(body.uuid);
    return rows.find((row) => heldOn(row, date))?.status ?? null;
  }

  @FieldResolver(() => [BodyLegalStatus], { description: 'Every legal status the body has had, oldest first.' })
  async legalStatuses(@Root() body: Body, @Ctx() { stores }: Context): Promise<BodyLegalStatus[]> {
    return (await stores.bodies.legalStatuses.load(body.uuid)).map(toLegalStatus);
  }

  @FieldResolver(() => [BodyDocument], {
    nullable: true,
    description:
      'Adopted and superseded terms of reference, constitutions and agreements; an LSCB’s only for its members.',
  })
  async documents(@Root() body: Body, @Ctx() { stores }: Context): Promise<BodyDocument[]> {
    const rows = await stores.bodies.documents.load(body.uuid);
    return rows.filter((document) => document.status !== 'DRAFT').map(toDocument);
  }

  @FieldResolver(() => [BodyDocument], {
    nullable: true,
    description: 'Draft documents, before adoption: only for the parties (partners) and the secretariat.',
  })
  async draftDocuments(@Root() body: Body, @Ctx() { stores }: Context): Promise<BodyDocument[]> {
    const rows = await stores.bodies.documents.load(body.uuid);
    return rows.filter((document) => document.status === 'DRAFT').map(toDocument);
  }

  @FieldResolver(() => [BodySuccession], { description: 'Bodies this one replaced.' })
  async predecessors(@Root() body: Body, @Ctx() { stores }: Context): Promise<BodySuccession[]> {
    return (await stores.bodies.successionsTo.load(body.uuid)).map((row) => toSuccession(row, body.asOf));
  }

  @FieldResolver(() => [BodySuccession], { description: 'Bodies that replaced this one.' })
  async successors(@Root() body: Body, @Ctx() { stores }: Context): Promise<BodySuccession[]> {
    return (await stores.bodies.successionsFrom.load(body.uuid)).map((row) => toSuccession(row, body.asOf));
  }
}

@Resolver(() => BodySuccession)
export class BodySuccessionResolver {
  @FieldResolver(() => Body, { description: 'The body that gave way.' })
  predecessor(@Root() succession: BodySuccession, @Ctx() context: Context): Body | Promise<Body> {
    return loadBody(context, succession.predecessorId, succession.asOf);
  }

  @FieldResolver(() => Body, { description: 'The body that took over.' })
  successor(@Root() succession: BodySuccession, @Ctx() context: Context): Body | Promise<Body> {
    return loadBody(context, succession.successorId, succession.asOf);
  }
}

@Resolver(() => Area)
export class AreaBodiesResolver {
  @FieldResolver(() => [Body], {
    description: 'Bodies of this area (not of areas within it), as at the date.',
    deprecationReason:
      'Loads every body at once, and a large county has a hundred: use `bodiesConnection`, which pages.',
  })
  async bodies(
    @Root() area: Area,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
    @Arg('kinds', () => [BodyKind], { nullable: true, description: 'Only these kinds.' })
    kinds?: (keyof typeof BodyKind)[] | null,
  ): Promise<Body[]> {
    const date = resolveAsOf(asOf, area.asOf);
    const rows = await stores.bodies.inArea.load({ key: area.uuid, asOf: date });
    return rows.filter((row) => !kinds?.length || kinds.includes(row.kind)).map((row) => toBody(row, date));
  }

  @FieldResolver(() => BodyConnection, {
    description: 'Bodies of this area (not of areas within it), as at the date, by name, a page at a time.',
  })
  async bodiesConnection(
    @Root() area: Area,
    @Ctx() { stores }: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
    @Arg('kinds', () => [BodyKind], { nullable: true, description: 'Only these kinds.' })
    kinds?: (keyof typeof BodyKind)[] | null,
  ): Promise<BodyConnection> {
    const date = resolveAsOf(asOf, area.asOf);
    const rows = await stores.bodies.inArea.load({ key: area.uuid, asOf: date });
    const shown = rows.filter((row) => !kinds?.length || kinds.includes(row.kind));
    return connectionOfRows(shown, page, byName, (row) => toBody(row, date));
  }
}

const byName = { kind: 'text', sortKeyOf: (row: BodyRow) => row.name } as const;

/** For references the database guarantees (foreign keys), so a missing row is a fault, not an answer. */
export function loadBody({ stores }: Context, rowId: string, asOf: IsoDate): Body | Promise<Body> {
  const known = stores.bodies.byId.peek(rowId);
  if (known) return stores.bodies.byId.show(known, asOf, toBody);
  return stores.bodies.byId.load(rowId).then((row) => {
    if (!row) throw new Error(`Body ${rowId} is referenced but missing`);
    return stores.bodies.byId.show(row, asOf, toBody);
  });
}
