import { Field, ID, InterfaceType } from 'type-graphql';
import type { NodeTypeName } from './global-id';

/** What `Query.node` returns: the object, tagged with the type its id named. */
export interface TaggedNode {
  __typename: NodeTypeName;
}

/**
 * The Relay object-identification interface. `node(id:)` answers an object of the type its id
 * names, so the type is read from the tag `node.resolver.ts` puts on it rather than guessed from
 * the object's fields.
 */
@InterfaceType({ description: 'An object with a global id: refetch it with node(id)', resolveType: (value: TaggedNode) => value.__typename })
export abstract class Node {
  @Field(() => ID, { description: 'A global id, unique across all types and opaque: pass it to node(id) to fetch the object again' })
  id!: string;
}
