import { getNullableType, isInputObjectType, isListType, isScalarType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import type { ResolverData, ValidatorFn } from 'type-graphql';
import { BadUserInputError, type InputProblem } from './errors';

/**
 * Input hygiene for every argument of the schema, in one place (issue 9 item 11). It walks the
 * arguments by their GraphQL types (input objects and lists included) and refuses, naming the
 * argument path (`input.cards[3].iccid`) and never quoting the value (it may be a secret):
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
 * Where the rules run: once per operation before execution, in the same walk that estimates its
 * cost (`cost/estimate.ts` `inspectOperation`, called by the demand-control request plugin), so
 * an argument below the root (`card(iccid:) { usage(month:) }`) is refused before the parent's
 * lookup and no field resolution pays for it again; and for a mutation's own arguments, in
 * type-graphql's `validateFn` (`checkArguments`) inside its resolver's write middleware, so that
 * a payment refused for a hostile argument still carries its idempotency key.
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

/**
 * type-graphql's `validateFn`: it runs on every resolution of a field with arguments (250 times
 * for `Card.usage(month)` on a dashboard), so it returns at once except on a mutation's own
 * fields, the only arguments the per-operation walk leaves to the resolver.
 */
export const checkArguments: ValidatorFn = (_value: unknown, _type: unknown, { args, info }: ResolverData) => {
  if (info.parentType !== info.schema.getMutationType()) return;
  if (walked.has(args)) return;
  walked.add(args);
  const field = info.parentType.getFields()[info.fieldName];
  if (!field) return;
  const problems = argumentProblems(field.args, args);
  if (problems.length > 0) throw BadUserInputError.of(problems);
};

/**
 * Every refused value among one field call's arguments, in argument order, appended to
 * `problems` (one list for a whole operation, so the cap holds across its fields).
 */
export function argumentProblems(
  definitions: readonly GraphQLArgument[],
  args: Readonly<Record<string, unknown>>,
  problems: InputProblem[] = [],
): InputProblem[] {
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
