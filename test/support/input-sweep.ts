import {
  getNamedType,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { toGlobalId } from '../../src/shared/global-id';
import { boundsOf, takesText, type InputBounds } from '../../src/shared/input-bounds';

/** One place in the schema a test can send a value to, and the request that sends it there. */
export interface Target {
  /** What the refusal must name: `input.name`, `filter.codes`, `ids`. */
  path: string;
  /** Where the schema declares it: `CreateBodyInput.name`, `Query.nodes(ids:)`. */
  coordinate: string;
  kind: 'text' | 'list';
  type: GraphQLInputType;
  bounds: InputBounds;
  /** The GraphQL document and its variables, with `value` at this place and harmless values elsewhere. */
  request(value: unknown): { query: string; variables: Record<string, unknown> };
}

export const nowhereId = toGlobalId('Area', '00000000-0000-0000-0000-000000000000');

/** A value of the type that passes every check, for the arguments and fields a target does not concern. */
export function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, placeholder(field.type)]));
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (type === GraphQLID) return nowhereId;
  if (type === GraphQLInt || type === GraphQLFloat) return 1;
  if (type === GraphQLBoolean) return true;
  return type.name === 'Date' ? '2008-04-01' : 'x';
}

/** Every text and list place within one argument's type, with a way to put a value there. */
function* placesIn(
  type: GraphQLInputType,
  place: { path: string; coordinate: string; bounds: InputBounds },
  wrap: (value: unknown) => unknown,
): Generator<Omit<Target, 'request'> & { wrap: (value: unknown) => unknown }> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    yield { ...place, kind: 'list', type: inner, wrap };
    yield* placesIn(inner.ofType, { ...place, path: `${place.path}[0]` }, (value) => wrap([value]));
  } else if (isInputObjectType(inner)) {
    for (const field of Object.values(inner.getFields())) {
      const others = placeholder(inner) as Record<string, unknown>;
      const put = (value: unknown) => wrap({ ...others, [field.name]: value });
      const coordinate = `${inner.name}.${field.name}`;
      yield* placesIn(field.type, { path: `${place.path}.${field.name}`, coordinate, bounds: boundsOf(field) }, put);
    }
  } else if (isLeafType(inner) && takesText(inner)) {
    yield { ...place, kind: 'text', type: inner, wrap };
  }
}

const selectionOf = (field: GraphQLField<unknown, unknown>) =>
  isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';

/** The document calling `field` with every argument as a variable; a field of a Node type is reached by `node`. */
function documentFor(owner: GraphQLObjectType, field: GraphQLField<unknown, unknown>, isRoot: boolean): string {
  const declarations = field.args.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ');
  const call = `${field.name}(${field.args.map((argument) => `${argument.name}: $${argument.name}`).join(', ')})`;
  const selection = `${call}${selectionOf(field)}`;
  const body = isRoot ? selection : `node(id: "${nowhereId}") { ... on ${owner.name} { ${selection} } }`;
  const operation = { Mutation: 'mutation', Subscription: 'subscription' }[owner.name] ?? 'query';
  return `${operation} (${declarations}) { ${body} }`;
}

/**
 * Every text and list place a caller can send a value to: the arguments of root fields and of fields of Node types
 * (reached through `node`), and the input fields within them. A field with arguments on a type that is neither is
 * reported, so that the sweep never quietly misses one.
 */
export function sweepTargets(schema: GraphQLSchema): { targets: Target[]; unreachable: string[] } {
  const targets: Target[] = [];
  const unreachable: string[] = [];
  const node = schema.getType('Node');
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !('getFields' in type) || isInputObjectType(type)) continue;
    const owner = type as GraphQLObjectType;
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const isRoot = roots.includes(owner);
    const isNode = 'getInterfaces' in owner && owner.getInterfaces().some((face) => face === node);
    for (const field of Object.values(owner.getFields())) {
      if (field.args.length === 0) continue;
      if (!isRoot && !isNode) {
        unreachable.push(`${owner.name}.${field.name}`);
        continue;
      }
      const document = documentFor(owner, field, isRoot);
      for (const argument of field.args) targets.push(...targetsOf(owner, field, argument, document));
    }
  }
  return { targets, unreachable };
}

function targetsOf(
  owner: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  argument: GraphQLArgument,
  query: string,
): Target[] {
  const others = Object.fromEntries(
    field.args.filter((other) => isNonNullType(other.type)).map((other) => [other.name, placeholder(other.type)]),
  );
  const place = {
    path: argument.name,
    coordinate: `${owner.name}.${field.name}(${argument.name}:)`,
    bounds: boundsOf(argument, field),
  };
  return [...placesIn(argument.type, place, (value) => value)].map(({ wrap, ...place }) => ({
    ...place,
    request: (value: unknown) => ({ query, variables: { ...others, [argument.name]: wrap(value) } }),
  }));
}
