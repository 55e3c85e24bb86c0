import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects one of `names` as a child field, directly or through fragments, without
 * the argument `unless` (e.g. an `asOf` of its own): a resolver can then read that child's rows in its own statement.
 * A guess only to save a statement: the child's resolver and its rules still decide what is answered, and
 * `@skip`/`@include` are not read (a skipped child costs a wider statement, nothing else).
 */
export function selectsChild(info: GraphQLResolveInfo, names: readonly string[], unless: string): boolean {
  return namesAmong(fieldsOf(info, info.fieldNodes), names, unless);
}

/** The same for the records of a connection the field answers: a child of its `nodes` or of its `edges { node }`. */
export function selectsChildOfNodes(info: GraphQLResolveInfo, names: readonly string[], unless: string): boolean {
  const connection = fieldsOf(info, info.fieldNodes);
  const nodes = [
    ...connection.filter((field) => field.name.value === 'nodes'),
    ...fieldsOf(
      info,
      connection.filter((field) => field.name.value === 'edges'),
    ).filter((field) => field.name.value === 'node'),
  ];
  return namesAmong(fieldsOf(info, nodes), names, unless);
}

const namesAmong = (fields: FieldNode[], names: readonly string[], unless: string) =>
  fields.some(
    (field) => names.includes(field.name.value) && !field.arguments?.some((argument) => argument.name.value === unless),
  );

/** The child fields the given fields select, through inline and named fragments (each fragment read once). */
function fieldsOf(info: GraphQLResolveInfo, parents: readonly FieldNode[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const gather = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) gather(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        gather(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const parent of parents) gather(parent.selectionSet);
  return fields;
}
