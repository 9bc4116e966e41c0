import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** The names of the fields a selection set asks for, through its fragments (`...F`, `... on T { }`) too. */
export function fieldNames(selectionSet: SelectionSetNode | undefined, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return (selectionSet?.selections ?? []).flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldNames(s.selectionSet, fragments, seen);
    const fragment = fragments.get(s.name.value);
    if (!fragment || seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    return fieldNames(fragment.selectionSet, fragments, seen);
  });
}

/** The fields asked of the value a resolver returns (its subfields), wherever the query names them. */
export function askedFields(info: GraphQLResolveInfo): string[] {
  const fragments = new Map(Object.entries(info.fragments));
  return info.fieldNodes.flatMap((node) => fieldNames(node.selectionSet, fragments));
}

/** Every field asked below a resolver's field, at any depth (through fragments too). */
export function askedFieldsDeep(info: GraphQLResolveInfo): Set<string> {
  const fragments = new Map(Object.entries(info.fragments));
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        names.add(s.name.value);
        walk(s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        walk(fragments.get(s.name.value)?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return names;
}
