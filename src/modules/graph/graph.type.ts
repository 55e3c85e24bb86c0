import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { IsoDate } from '../../shared/dates';
import { DateScalar } from '../../shared/scalars';
import { BodyKind, BodyLevel } from '../bodies/index';
import { MembershipRole } from '../memberships/index';
import { OrganisationKind } from '../organisations/index';
import { GraphEdgeKind, GraphNodeKind, type GraphEdgeKindValue } from './graph.enums';

@ObjectType({ description: 'A body or organisation in a partnership graph, with what a dashboard needs to draw it.' })
export class GraphNode {
  rowId!: string;
  asOf!: IsoDate;

  @Field(() => ID, {
    description:
      'Id of this node in this graph (its distance and place belong to the graph); edges refer to it. ' +
      '`recordId` is the id of the body or organisation.',
  })
  id!: string;

  @Field(() => ID, {
    description: 'Global id of the body or organisation as at the graph’s date: pass it to `node` or to mutations.',
  })
  recordId!: string;

  @Field(() => GraphNodeKind, { description: 'Body or organisation.' })
  kind!: keyof typeof GraphNodeKind;

  @Field(() => String, { description: 'Name to show.' })
  label!: string;

  @Field(() => BodyKind, { nullable: true, description: 'For a body, its kind.' })
  bodyKind!: keyof typeof BodyKind | null;

  @Field(() => BodyLevel, { nullable: true, description: 'For a body, its level.' })
  level!: keyof typeof BodyLevel | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'For an organisation, its kind.' })
  organisationKind!: keyof typeof OrganisationKind | null;

  @Field(() => Boolean, {
    description: 'Whether it belongs to the areas asked about (else it was reached through an edge).',
  })
  inArea!: boolean;

  @Field(() => Int, {
    description: 'Edges between it and the nearest body of the areas asked about (0 for those bodies).',
  })
  distance!: number;
}

@ObjectType({ description: 'A typed, directed edge between two graph nodes.' })
export class GraphEdge {
  recordType!: 'Membership' | 'AccountabilityLine' | 'Delegation';
  rowId!: string;
  asOf!: IsoDate;

  @Field(() => ID, { description: 'Id of this edge in this graph (its ends are nodes of the graph).' })
  id!: string;

  @Field(() => ID, {
    description: 'Global id of the membership, line or delegation behind the edge, as at the graph’s date.',
  })
  recordId!: string;

  @Field(() => GraphEdgeKind, { description: 'What the edge means.' })
  kind!: GraphEdgeKindValue;

  @Field(() => ID, { description: 'Id (`GraphNode.id`) of the node the edge starts from.' })
  source!: string;

  @Field(() => ID, { description: 'Id (`GraphNode.id`) of the node the edge points to.' })
  target!: string;

  @Field(() => MembershipRole, { nullable: true, description: 'For a membership, the seat’s role.' })
  role!: keyof typeof MembershipRole | null;
}

@ObjectType({ description: 'The web of bodies, organisations and lines of one or more areas on one date.' })
export class PartnershipGraph {
  areaIds!: string[];

  @Field(() => DateScalar, { description: 'The date the graph shows.' })
  asOf!: IsoDate;

  @Field(() => Int, { description: 'How many edges out from the areas’ bodies the graph reaches.' })
  depth!: number;

  @Field(() => [GraphNode], { description: 'Bodies and organisations.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Edges between the nodes.' })
  edges!: GraphEdge[];
}
