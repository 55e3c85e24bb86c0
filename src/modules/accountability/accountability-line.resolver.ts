import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionOf, connectionOfRows } from '../../shared/connection';
import { resolveAsOf, type IsoDate } from '../../shared/dates';
import { viewOf } from '../../shared/global-id';
import { PageArgs } from '../../shared/pagination';
import { fromRow } from '../../shared/records';
import { DateScalar } from '../../shared/scalars';
import { Body, loadBody } from '../bodies/index';
import { Organisation, loadOrganisation } from '../organisations/index';
import { AccountabilityKind, upwardKinds } from './accountability.enums';
import { AccountabilityLine, AccountabilityPath, Party, type AccountabilityLineRow } from './accountability-line.type';

type Kind = keyof typeof AccountabilityKind;

export const toLine = (row: AccountabilityLineRow, asOf: IsoDate) =>
  fromRow(AccountabilityLine, 'AccountabilityLine', row, asOf);

const asOfArg = { nullable: true, description: 'Default: the date the parent was read as at.' } as const;
const kindsArg = { nullable: true, description: 'Only lines of these kinds.' } as const;

function loadParty(context: Context, bodyId: string | null, organisationId: string | null, asOf: IsoDate) {
  return bodyId ? loadBody(context, bodyId, asOf) : loadOrganisation(context, organisationId!, asOf);
}

@ObjectType({ description: 'A page of accountability lines, oldest first.' })
export class AccountabilityLineConnection extends ConnectionOf(AccountabilityLine, 'AccountabilityLine') {}

const byStart = { kind: 'date', sortKeyOf: (row: AccountabilityLineRow) => row.validFrom } as const;

function ofKinds(rows: AccountabilityLineRow[], kinds: Kind[] | null | undefined, asOf: IsoDate) {
  return rows.filter((row) => !kinds?.length || kinds.includes(row.kind)).map((row) => toLine(row, asOf));
}

@Resolver(() => AccountabilityLine)
export class AccountabilityLineResolver {
  @FieldResolver(() => Party, { description: 'The body or organisation the line starts from.' })
  from(@Root() line: AccountabilityLine, @Ctx() context: Context): typeof Party | Promise<typeof Party> {
    return loadParty(context, line.fromBodyId, line.fromOrganisationId, line.asOf);
  }

  @FieldResolver(() => Party, { description: 'The body or organisation the line points to.' })
  to(@Root() line: AccountabilityLine, @Ctx() context: Context): typeof Party | Promise<typeof Party> {
    return loadParty(context, line.toBodyId, line.toOrganisationId, line.asOf);
  }

  @Query(() => [AccountabilityPath], {
    description:
      'Every path upward from a body to the top as at a date. A body may answer to several, so there may be several ' +
      'paths; a path that would loop stops and is marked cyclic.',
  })
  async accountabilityChain(
    @Ctx() { stores }: Context,
    @Arg('from', () => ID, { description: 'The body (or organisation) to start from.' }) from: string,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'As at this date (default: the date a dated id carries, else today).',
    })
    asOf?: Date | null,
    @Arg('kinds', () => [AccountabilityKind], {
      nullable: true,
      description: `Lines to follow; default ${upwardKinds.join(', ')}.`,
    })
    kinds?: Kind[] | null,
  ): Promise<AccountabilityPath[]> {
    const start = viewOf(from, ['Body', 'Organisation'], 'from');
    const startId = start.rowId;
    const date = resolveAsOf(asOf, start.asOf ?? undefined);
    const chains = await stores.accountability.chains(startId, kinds?.length ? kinds : upwardKinds, date);
    return Promise.all(
      chains.map(async (chain) => {
        const rows = await stores.accountability.byId.loadMany(chain.lineIds);
        const lines = rows.map((row) => {
          if (!row || row instanceof Error) throw new Error('A line of an accountability chain vanished mid-request');
          return toLine(row, date);
        });
        return Object.assign(new AccountabilityPath(), { lines, cyclic: chain.cyclic });
      }),
    );
  }
}

@Resolver(() => Body)
export class BodyLinesResolver {
  @FieldResolver(() => [AccountabilityLine], { description: 'Lines from this body to others, as at the date.' })
  async linesOut(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
    @Arg('kinds', () => [AccountabilityKind], kindsArg) kinds?: Kind[] | null,
  ): Promise<AccountabilityLine[]> {
    const date = resolveAsOf(asOf, body.asOf);
    return ofKinds(await stores.accountability.fromParty.load({ key: body.uuid, asOf: date }), kinds, date);
  }

  @FieldResolver(() => [AccountabilityLine], {
    description: 'Lines from others to this body, as at the date.',
    deprecationReason: 'A strategic board receives hundreds of lines: use `linesInConnection`, which pages.',
  })
  async linesIn(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
    @Arg('kinds', () => [AccountabilityKind], kindsArg) kinds?: Kind[] | null,
  ): Promise<AccountabilityLine[]> {
    const date = resolveAsOf(asOf, body.asOf);
    return ofKinds(await stores.accountability.toParty.load({ key: body.uuid, asOf: date }), kinds, date);
  }

  @FieldResolver(() => AccountabilityLineConnection, {
    description: 'Lines from others to this body, as at the date, oldest first, a page at a time.',
  })
  async linesInConnection(
    @Root() body: Body,
    @Ctx() { stores }: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
    @Arg('kinds', () => [AccountabilityKind], kindsArg) kinds?: Kind[] | null,
  ): Promise<AccountabilityLineConnection> {
    const date = resolveAsOf(asOf, body.asOf);
    const rows = await stores.accountability.toParty.load({ key: body.uuid, asOf: date });
    const shown = rows.filter((row) => !kinds?.length || kinds.includes(row.kind));
    return connectionOfRows(shown, page, byStart, (row) => toLine(row, date));
  }

  @FieldResolver(() => [Body], {
    description: 'Bodies this one is a sub-group of (SUB_GROUP_OF lines), as at the date.',
  })
  async parentBodies(
    @Root() body: Body,
    @Ctx() context: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Body[]> {
    const date = resolveAsOf(asOf, body.asOf);
    const lines = await context.stores.accountability.fromParty.load({ key: body.uuid, asOf: date });
    const parents = lines.filter((line) => line.kind === 'SUB_GROUP_OF' && line.toBodyId);
    return Promise.all(parents.map((line) => loadBody(context, line.toBodyId!, date)));
  }

  @FieldResolver(() => [Body], { description: 'Sub-groups of this body (SUB_GROUP_OF lines), as at the date.' })
  async subGroups(
    @Root() body: Body,
    @Ctx() context: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
  ): Promise<Body[]> {
    const date = resolveAsOf(asOf, body.asOf);
    const lines = await context.stores.accountability.toParty.load({ key: body.uuid, asOf: date });
    const children = lines.filter((line) => line.kind === 'SUB_GROUP_OF' && line.fromBodyId);
    return Promise.all(children.map((line) => loadBody(context, line.fromBodyId!, date)));
  }
}

@Resolver(() => Organisation)
export class OrganisationLinesResolver {
  @FieldResolver(() => [AccountabilityLine], { description: 'Lines from this organisation, as at the date.' })
  async linesOut(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
    @Arg('kinds', () => [AccountabilityKind], kindsArg) kinds?: Kind[] | null,
  ): Promise<AccountabilityLine[]> {
    const date = resolveAsOf(asOf, organisation.asOf);
    return ofKinds(await stores.accountability.fromParty.load({ key: organisation.uuid, asOf: date }), kinds, date);
  }

  @FieldResolver(() => [AccountabilityLine], { description: 'Lines to this organisation, as at the date.' })
  async linesIn(
    @Root() organisation: Organisation,
    @Ctx() { stores }: Context,
    @Arg('asOf', () => DateScalar, asOfArg) asOf?: Date | null,
    @Arg('kinds', () => [AccountabilityKind], kindsArg) kinds?: Kind[] | null,
  ): Promise<AccountabilityLine[]> {
    const date = resolveAsOf(asOf, organisation.asOf);
    return ofKinds(await stores.accountability.toParty.load({ key: organisation.uuid, asOf: date }), kinds, date);
  }
}
