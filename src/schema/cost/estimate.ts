import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { FIELD_COSTS, UNSIZED_LIST_ITEMS, batchLimit, type BatchEndpoint, type FieldCost } from './field-costs';

/**
 * An operation's cost in upstream calls, estimated from the document alone, before anything
 * runs (issue 9 item 4, Apollo Router's demand control): Σ ceil(keys / limit) over the batched
 * endpoints plus the unbatched calls, with list sizes taken from `first` and `ids` and every
 * level multiplied by the items above it. Aliases count as the fields they name.
 */
export interface CostEstimate {
  /** Upstream calls the operation may make at most (see `field-costs.ts` for what "at most" means). */
  calls: number;
  /** Keys per batched endpoint, before division by the batch limit; for logs and tests. */
  keys: Partial<Record<BatchEndpoint, number>>;
}

type Variables = Readonly<Record<string, unknown>> | undefined;

interface Walk {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Variables;
  calls: number;
  keys: Partial<Record<BatchEndpoint, number>>;
  /** Fragment spreads being walked, so a (validation-refused) cycle cannot loop. */
  active: Set<string>;
}

export function estimateOperationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables?: Variables,
): CostEstimate {
  const root = schema.getRootType(operation.operation);
  if (!root) return { calls: 0, keys: {} };
  const walk: Walk = { schema, fragments, variables, calls: 0, keys: {}, active: new Set() };
  walkSelections(walk, operation.selectionSet, root, 1);
  let calls = walk.calls;
  for (const [endpoint, keys] of Object.entries(walk.keys) as [BatchEndpoint, number][]) {
    calls += Math.ceil(keys / batchLimit(endpoint));
  }
  return { calls, keys: walk.keys };
}

function walkSelections(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLCompositeType, times: number): void {
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case Kind.FIELD:
        walkField(walk, selection, parent, times);
        break;
      case Kind.INLINE_FRAGMENT: {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? walk.schema.getType(typeName) : parent;
        if (type && isCompositeType(type)) walkSelections(walk, selection.selectionSet, type, times);
        break;
      }
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = walk.fragments.get(name);
        const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !type || !isCompositeType(type) || walk.active.has(name)) break;
        walk.active.add(name);
        walkSelections(walk, fragment.selectionSet, type, times);
        walk.active.delete(name);
        break;
      }
    }
  }
}

function walkField(walk: Walk, node: FieldNode, parent: GraphQLCompositeType, times: number): void {
  // Interfaces and unions: only object types carry resolvers in this schema (type-graphql).
  if (!isObjectType(parent)) return;
  const field = parent.getFields()[node.name.value];
  if (!field) return; // __typename and introspection cost nothing upstream
  const cost: FieldCost | undefined = FIELD_COSTS[`${parent.name}.${field.name}`];
  const args = cost ? argumentsOf(field, node, walk.variables) : {};

  if (cost) {
    const pages = cost.pages ? Math.ceil(count(args['first']) / batchLimit(cost.pages)) + 1 : 0;
    const window = cost.window && args['after'] !== undefined && args['after'] !== null ? 1 : 0;
    walk.calls += times * ((cost.calls ?? 0) + window + pages);
    for (const key of cost.keys ?? []) {
      const perResolution = key.perItemOf === undefined ? 1 : count(args[key.perItemOf]);
      walk.keys[key.endpoint] = (walk.keys[key.endpoint] ?? 0) + times * perResolution;
    }
  }

  if (!node.selectionSet) return;
  const type = getNamedType(field.type);
  if (!isCompositeType(type)) return;
  walkSelections(walk, node.selectionSet, type, times * itemsOf(cost, parent, field, args));
}

/** How many items one resolution of the field returns. */
function itemsOf(cost: FieldCost | undefined, parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (typeof cost?.items === 'number') return cost.items;
  if (typeof cost?.items === 'string') return Math.max(1, count(args[cost.items]));
  // A connection's `edges`/`nodes` hold the items its field already counted (`first`).
  if (parent.name.endsWith('Connection')) return 1;
  return isListType(getNullableType(field.type)) ? UNSIZED_LIST_ITEMS : 1;
}

/** A size argument: a list's length or a non-negative integer; anything else counts as 0. */
function count(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Variables): Record<string, unknown> {
  if (field.args.length === 0) return {};
  try {
    // The executor's own coercion, so defaults (`first` = 20) and variables count as they will run.
    return getArgumentValues(field, node, variables ?? {});
  } catch {
    // Bad arguments fail in execution with a coded error and no upstream call: they cost nothing.
    return {};
  }
}
