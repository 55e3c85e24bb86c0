import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects one of `names` as a child field, directly or through fragments, without
 * the argument `unless` (e.g. an `asOf` of its own): a resolver can then read that child's rows in its own statement. A guess only to save a statement:
 * the child's resolver and its rules still decide what is answered, and `@skip`/`@include` are not read (a skipped
 * child costs a wider statement, nothing else).
 */
export function selectsChild(info: GraphQLResolveInfo, names: readonly string[], unless: string): boolean {
  const seen = new Set<string>();
  const search = (selectionSet: SelectionSetNode | undefined): boolean => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const named = names.includes(selection.name.value);
        if (named && !selection.arguments?.some((argument) => argument.name.value === unless)) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (search(selection.selectionSet)) return true;
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        if (search(info.fragments[selection.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => search(node.selectionSet));
}
