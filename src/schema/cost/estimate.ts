import {
  Kind,
  type DocumentNode,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import type { InputProblem } from '../errors';
import { argumentProblems } from '../input-hygiene';
import { variableProblem } from '../variable-errors';
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

/** What the request plugin needs of an operation before it runs, from one walk of it. */
export interface OperationInspection {
  /** Refused argument values (`input-hygiene.ts`), or variables GraphQL cannot coerce; empty when clean. */
  problems: InputProblem[];
  cost: CostEstimate;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Variables;
  calls: number;
  keys: Partial<Record<BatchEndpoint, number>>;
  /** Fragment spreads being walked, so a (validation-refused) cycle cannot loop. */
  active: Set<string>;
  /** Where argument problems go; `undefined` when only the cost is wanted. */
  problems: InputProblem[] | undefined;
  /** False while walking a fragment whose arguments were already checked at an earlier spread. */
  check: boolean;
  /** Fragments whose arguments were checked. */
  checked: Set<string>;
  /**
   * The mutation type: a mutation's own arguments are checked by validateFn inside its write
   * middleware, so that a payment's refusal carries its idempotency key (`write-outcome.ts`).
   */
  uncheckedRoot: GraphQLObjectType | null | undefined;
}

const NO_COST: CostEstimate = { calls: 0, keys: {} };

/**
 * Argument hygiene and cost of one operation in one walk, with its variables coerced once, as
 * the executor will: every field the operation can reach (fragments included) has its arguments
 * checked, so a hostile value below the root (`card(iccid:) { usage(month:) }`) is refused
 * before the parent's lookup. When several variable values cannot be coerced at all (an import
 * of 300 rows with a wrong enum), those are the problems, where graphql-js would answer 50 errors
 * and stop; a single one is left to the executor, which answers it as it always has.
 */
export function inspectOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): OperationInspection {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  // Variables the executor will refuse (`first: 2147483648` for an Int) must not be estimated
  // raw (a cost of billions); the executor refuses the operation before any resolver anyway.
  if (coerced.errors) return { problems: coerced.errors.length > 1 ? coerced.errors.map(variableProblem) : [], cost: NO_COST };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const problems: InputProblem[] = [];
  const cost = walkOperation(schema, operation, fragments, coerced.coerced, problems);
  return { problems, cost };
}

/** The cost alone, for an operation whose variables (if any) are already coerced. */
export function estimateOperationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables?: Variables,
): CostEstimate {
  return walkOperation(schema, operation, fragments, variables, undefined);
}

function walkOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Variables,
  problems: InputProblem[] | undefined,
): CostEstimate {
  const root = schema.getRootType(operation.operation);
  if (!root) return NO_COST;
  const walk: Walk = {
    schema,
    fragments,
    variables,
    calls: 0,
    keys: {},
    active: new Set(),
    problems,
    check: true,
    checked: new Set(),
    uncheckedRoot: schema.getMutationType(),
  };
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
        // Spread again, a fragment costs again (its multiplier differs), but its arguments and
        // the variables are the same: checked once, so a problem is not listed per spread.
        const check = walk.check;
        walk.check = check && !walk.checked.has(name);
        walk.checked.add(name);
        walk.active.add(name);
        walkSelections(walk, fragment.selectionSet, type, times);
        walk.active.delete(name);
        walk.check = check;
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
  // Defaults are ours: only arguments the document gives are checked.
  const problems = walk.check && (node.arguments?.length ?? 0) > 0 && parent !== walk.uncheckedRoot ? walk.problems : undefined;
  const args = cost || problems ? argumentsOf(field, node, walk.variables) : {};
  if (problems) argumentProblems(field.args, args, problems);

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
