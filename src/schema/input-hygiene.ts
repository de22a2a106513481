import {
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import type { ResolverData, ValidatorFn } from 'type-graphql';
import { BadUserInputError, type InputProblem } from './errors';
import { variableProblem } from './variable-errors';

/**
 * Input hygiene for every argument of the schema, in one place (issue 9 item 11): type-graphql's
 * `validateFn` runs it for each resolver call that takes arguments, before the resolver, so
 * before any upstream call; fields without arguments never reach it. It walks the arguments by
 * their GraphQL types (input objects and lists included) and refuses, naming the argument path
 * (`input.cards[3].iccid`) and never quoting the value (it may be a secret):
 *
 * - in text (`String`, `ID`): C0 and C1 control characters and DEL; tab and line feed only in a
 *   multi-line remark (`MULTI_LINE`), a carriage return nowhere (no CRLF reaches a header, a CSV
 *   or a log line upstream); bidi embeddings, overrides and isolates (U+202A-U+202E,
 *   U+2066-U+2069), the bidi marks U+200E, U+200F and U+061C, the line and paragraph separators
 *   U+2028 and U+2029 (text that renders unlike what it stores, "Trojan Source"); lone surrogates;
 *   more than `MAX_TEXT` characters (per-field limits, shorter, stay with each resolver);
 * - integers: ids outside 1..2,147,483,647 (the upstreams' ids are 32-bit signed integers,
 *   `int` in `shingsou.md` §5.1, §6.1, and ids start at 1); any other integer below 0 (counts,
 *   amounts, seconds: none of them is negative).
 *
 * Every refused value of one call is gathered into one BAD_USER_INPUT, which names the first and
 * lists the first few in `extensions.problems`.
 *
 * The same rules run once per operation before execution (`operationArgumentProblems`, called by
 * the request plugin that estimates the operation's cost), so an argument below the root
 * (`card(iccid:) { usage(month:) }`) is refused before the parent's lookup too; `validateFn`
 * stays as the guarantee at each resolver.
 */

/** The longest text any argument takes; longer per-field limits are listed in `LONG_TEXT`. */
export const MAX_TEXT = 8_192;

/** Base64 of a certificate of at most 1 MB (checked exactly in `merchant-input.ts`). */
const LONG_TEXT: Readonly<Record<string, number>> = { certificateBase64: 1_500_000 };

/** Free text that may span lines: tab and line feed allowed. */
const MULTI_LINE: ReadonlySet<string> = new Set(['remark']);

/** Integer arguments that hold an upstream id, besides `id` and names ending in `Id`. */
const ID_INTS: ReadonlySet<string> = new Set(['package', 'category']);
const MAX_ID = 2_147_483_647;

const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const FORBIDDEN_MULTI_LINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A walk stops collecting here. The walk is linear in the input, which the HTTP body limit
 * bounds; the count in the error's message is exact below this.
 */
const MAX_PROBLEMS = 10_000;

/**
 * The resolver's raw arguments are one object per field call; a resolver with two `@Arg`
 * parameters calls `validateFn` twice with it, and it is walked once.
 */
const walked = new WeakSet<object>();

export const checkArguments: ValidatorFn = (_value: unknown, _type: unknown, { args, info }: ResolverData) => {
  if (walked.has(args)) return;
  walked.add(args);
  const field = info.parentType.getFields()[info.fieldName];
  if (!field) return;
  const problems = argumentProblems(field.args, args);
  if (problems.length > 0) throw BadUserInputError.of(problems);
};

/** Every refused value among one field call's arguments, in argument order. */
export function argumentProblems(definitions: readonly GraphQLArgument[], args: Readonly<Record<string, unknown>>): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const arg of definitions) walk(arg.name, arg.name, args[arg.name], arg.type, problems);
  return problems;
}

function walk(name: string, path: string, value: unknown, type: GraphQLInputType, problems: InputProblem[]): void {
  if (value === null || value === undefined || problems.length >= MAX_PROBLEMS) return;
  const bare = getNullableType(type);
  if (isListType(bare)) {
    if (!Array.isArray(value)) return;
    value.forEach((item: unknown, index) => walk(name, `${path}[${index}]`, item, bare.ofType, problems));
    return;
  }
  if (isInputObjectType(bare)) {
    if (typeof value !== 'object') return;
    const fields = value as Record<string, unknown>;
    for (const inner of Object.values(bare.getFields())) walk(inner.name, `${path}.${inner.name}`, fields[inner.name], inner.type, problems);
    return;
  }
  if (!isScalarType(bare)) return;
  if (typeof value === 'string' && (bare.name === 'String' || bare.name === 'ID')) {
    const message = textProblem(name, value);
    if (message) problems.push({ argument: path, message });
  } else if (typeof value === 'number' && bare.name === 'Int') {
    const message = intProblem(name, value);
    if (message) problems.push({ argument: path, message });
  }
}

function textProblem(name: string, value: string): string | undefined {
  const max = LONG_TEXT[name] ?? MAX_TEXT;
  if (value.length > max) return `must be at most ${max} characters`;
  const multiLine = MULTI_LINE.has(name);
  if ((multiLine ? FORBIDDEN_MULTI_LINE : FORBIDDEN).test(value)) {
    return multiLine
      ? 'must not contain control characters other than tab and line feed, or bidirectional-text controls'
      : 'must not contain control characters (tab, CR and LF included) or bidirectional-text controls';
  }
  if (LONE_SURROGATE.test(value)) return 'must be well-formed Unicode text';
  return undefined;
}

function intProblem(name: string, value: number): string | undefined {
  if (name === 'id' || name.endsWith('Id') || ID_INTS.has(name)) {
    return value < 1 || value > MAX_ID ? `must be an id from 1 to ${MAX_ID}` : undefined;
  }
  return value < 0 ? 'must not be negative' : undefined;
}

/**
 * Every refused value among the arguments of one operation, fragments included, with its
 * variables coerced as the executor will; or, when several variable values cannot be coerced at
 * all, those.
 */
export function operationArgumentProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): InputProblem[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  // One value GraphQL cannot coerce: the executor answers it as it always has. Many (an import of
  // 300 rows with a wrong enum): one BAD_USER_INPUT listing the first, where graphql-js would
  // answer 50 errors and stop.
  if (coerced.errors) return coerced.errors.length > 1 ? coerced.errors.map(variableProblem) : [];
  const problems: InputProblem[] = [];
  const typeInfo = new TypeInfo(schema);
  const mutation = schema.getMutationType();
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const field = typeInfo.getFieldDef();
      if (!field || field.args.length === 0 || !node.arguments?.length || problems.length >= MAX_PROBLEMS) return;
      // A mutation's own arguments are checked by validateFn inside its write middleware, so a
      // payment's refusal carries its idempotency key (`write-outcome.ts`); nothing is called
      // before a mutation's resolver runs.
      if (mutation && typeInfo.getParentType() === mutation) return;
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(field, node, coerced.coerced);
      } catch {
        return; // a fragment of another operation of the document, whose variables are not here
      }
      problems.push(...argumentProblems(field.args, values));
    },
  });
  visit(operation, visitor);
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, visitor);
  return problems;
}
