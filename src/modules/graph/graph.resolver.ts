import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { resolveAsOf } from '../../shared/dates';
import { badUserInput } from '../../shared/errors';
import { rowIdOf, toGlobalId } from '../../shared/global-id';
import { ArgumentBounds } from '../../shared/input-bounds';
import { Node } from '../../shared/record.type';
import { DateScalar } from '../../shared/scalars';
import { Body, BodyKind, toBody } from '../bodies/index';
import { nodeLoaders } from '../node/node-loaders';
import { Organisation, toOrganisation } from '../organisations/index';
import { GraphEdge, GraphNode, PartnershipGraph } from './graph.type';
import type { GraphEdgeKindValue } from './graph.enums';
import { graphKey, graphPartId } from './graph-ids';

/** Beyond this the graph of an area reaches most of England through shared partners: ask for several areas instead. */
const maxDepth = 4;
const maxAreas = 50;

@Resolver(() => PartnershipGraph)
export class PartnershipGraphResolver {
  @Query(() => PartnershipGraph, {
    description:
      'The web of bodies, organisations and typed edges of one or more areas (with the areas within them) on a date, ' +
      'ready to draw. Answered in a fixed number of SQL statements, however large the area.',
  })
  @ArgumentBounds({ areas: { items: maxAreas }, areaCodes: { text: 'code', items: maxAreas } })
  async partnershipGraph(
    @Ctx() { stores }: Context,
    @Arg('areas', () => [ID], { nullable: true, description: 'Areas by global id.' }) areas?: string[] | null,
    @Arg('areaCodes', () => [String], { nullable: true, description: 'Areas by GSS code, e.g. ["E10000028"].' })
    areaCodes?: string[] | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The date to show (default today).' })
    asOf?: Date | null,
    @Arg('kinds', () => [BodyKind], { nullable: true, description: 'Only bodies of these kinds (default all).' })
    kinds?: (keyof typeof BodyKind)[] | null,
    @Arg('depth', () => Int, {
      defaultValue: 1,
      description: `How many edges out from the areas’ own bodies to reach: 0 to ${maxDepth}. 1 adds their members and directly linked bodies.`,
    })
    depth: number = 1,
  ): Promise<PartnershipGraph> {
    const areaIds = (areas ?? []).map((id, index) => rowIdOf(id, 'Area', `areas[${index}]`));
    const codes = areaCodes ?? [];
    if (areaIds.length + codes.length === 0) throw badUserInput('areas', 'Name at least one area, by id or by code');
    if (areaIds.length + codes.length > maxAreas) throw badUserInput('areas', `At most ${maxAreas} areas at once`);
    if (!Number.isInteger(depth) || depth < 0 || depth > maxDepth) {
      throw badUserInput('depth', `depth must be between 0 and ${maxDepth}; got ${depth}`);
    }
    const date = resolveAsOf(asOf);
    const request = { areaIds, areaCodes: codes, asOf: date, depth, bodyKinds: kinds?.length ? kinds : null };

    const { reached, unknownCodes } = await stores.graph.reach(request);
    if (unknownCodes.length) {
      const index = codes.indexOf(unknownCodes[0]!);
      const named = unknownCodes.map((code) => JSON.stringify(code)).join(', ');
      throw new GraphQLError(`No area has the code ${named}`, {
        extensions: { code: 'BAD_USER_INPUT', field: `areaCodes[${index}]`, unknownCodes },
      });
    }
    const ids = reached.map((row) => row.id);
    const [bodyRows, organisationRows, edgeRows] = await Promise.all([
      stores.graph.bodies(ids),
      stores.graph.organisations(ids),
      stores.graph.edges(ids, date),
    ]);
    // Drill-downs from the graph (node.body.memberships…) then cost no statement to fetch the nodes again.
    for (const row of bodyRows) stores.bodies.byId.prime(row.id, row);
    for (const row of organisationRows) stores.organisations.byId.prime(row.id, row);

    const key = graphKey(request);
    const reachOf = new Map(reached.map((row) => [row.id, row]));
    const globalIdOf = new Map<string, string>();
    const nodes: GraphNode[] = [];
    for (const row of bodyRows) {
      const node = graphNode(key, 'Body', row.id, row.name, reachOf.get(row.id)!, date);
      nodes.push(Object.assign(node, { bodyKind: row.kind, level: row.level }));
      globalIdOf.set(row.id, node.id);
    }
    for (const row of organisationRows) {
      const node = graphNode(key, 'Organisation', row.id, row.name, reachOf.get(row.id)!, date);
      nodes.push(Object.assign(node, { organisationKind: row.kind }));
      globalIdOf.set(row.id, node.id);
    }
    const edges = edgeRows.map((row) => {
      const recordId = toGlobalId(row.recordType, row.id, date);
      return Object.assign(new GraphEdge(), {
        recordType: row.recordType,
        rowId: row.id,
        asOf: date,
        id: graphPartId('GraphEdge', key, recordId),
        recordId,
        kind: row.kind as GraphEdgeKindValue,
        source: globalIdOf.get(row.sourceId)!,
        target: globalIdOf.get(row.targetId)!,
        role: row.role as GraphEdge['role'],
      });
    });
    return Object.assign(new PartnershipGraph(), { areaIds, asOf: date, depth, nodes, edges });
  }
}

function graphNode(
  key: string,
  type: 'Body' | 'Organisation',
  rowId: string,
  label: string,
  reach: { distance: number; inArea: boolean },
  asOf: string,
) {
  const recordId = toGlobalId(type, rowId, asOf);
  return Object.assign(new GraphNode(), {
    rowId,
    asOf,
    id: graphPartId('GraphNode', key, recordId),
    recordId,
    kind: type === 'Body' ? ('BODY' as const) : ('ORGANISATION' as const),
    label,
    bodyKind: null,
    level: null,
    organisationKind: null,
    inArea: reach.inArea,
    distance: reach.distance,
  });
}

@Resolver(() => GraphNode)
export class GraphNodeResolver {
  @FieldResolver(() => Body, { nullable: true, description: 'The body, for drilling down (already loaded).' })
  async body(@Root() node: GraphNode, @Ctx() { stores }: Context): Promise<Body | null> {
    if (node.kind !== 'BODY') return null;
    const row = await stores.bodies.byId.load(node.rowId);
    return row ? toBody(row, node.asOf) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation, for drilling down (already loaded).',
  })
  async organisation(@Root() node: GraphNode, @Ctx() { stores }: Context): Promise<Organisation | null> {
    if (node.kind !== 'ORGANISATION') return null;
    const row = await stores.organisations.byId.load(node.rowId);
    return row ? toOrganisation(row, node.asOf) : null;
  }
}

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The membership, accountability line or delegation behind the edge, for drilling down.',
  })
  async record(@Root() edge: GraphEdge, @Ctx() context: Context): Promise<Node | null> {
    return (await nodeLoaders[edge.recordType]?.(context, edge.rowId, edge.asOf)) ?? null;
  }
}
