import { GraphQLError } from 'graphql';
import type { InputProblem } from './errors';

/**
 * graphql-js words a variable it cannot coerce with the value it refused:
 * `Variable "$input" got invalid value { card: "…", idNumber: "…" }; Field "name" of required
 * type "String!" was not provided.` That value may be write-only (an ID number, a phone, a
 * merchant key), and an error goes back to the client and into the logs. We keep the variable,
 * the path and the reason, and drop the value.
 */

const PREFIX = /^Variable "(\$[^"]+)" got invalid value /;
/** `Value "<value>" does not exist in "CarrierCode" enum.` */
const ENUM_MISS = /does not exist in "([^"]+)" enum\.(?: Did you mean[\s\S]*)?$/;
/** Reasons that name fields and types only. */
const VALUE_FREE = /^Field "[^"]+" (?:of required type "[^"]+" was not provided\.|is not defined by type "[^"]+"\.)/;

export function withoutVariableValue(message: string, error: unknown): string {
  const variable = PREFIX.exec(message)?.[1];
  if (variable === undefined) return message;
  const inner = error instanceof GraphQLError ? error.originalError?.message : undefined;
  if (inner === undefined || !message.endsWith(`; ${inner}`)) return `Variable "${variable}" got an invalid value`;
  const head = message.slice(0, message.length - inner.length - 2);
  const at = / at "([^"]*)"$/.exec(head)?.[1];
  const enumName = ENUM_MISS.exec(inner)?.[1];
  const reason = VALUE_FREE.exec(inner)?.[0] ?? (enumName ? `not a value of the enum "${enumName}"` : inner.replace(/:[\s\S]*$/, ''));
  return `Variable "${variable}" got an invalid value${at === undefined ? '' : ` at "${at}"`}: ${reason}`;
}

const SANITIZED = /^Variable "\$([^"]+)" got an invalid value(?: at "([^"]*)")?(?:: ([\s\S]*))?$/;

/**
 * One coercion error of graphql-js as a problem of a BAD_USER_INPUT: the variable path as the
 * argument (`input.cards[3].carrier`: the variable's name, which is the argument's when the
 * client names them alike) and the reason, without the value.
 */
export function variableProblem(error: GraphQLError): InputProblem {
  const sanitized = withoutVariableValue(error.message, error);
  const match = SANITIZED.exec(sanitized);
  if (!match) return { argument: 'variables', message: 'an invalid value' };
  return { argument: match[2] ?? match[1] ?? 'variables', message: match[3] ?? 'an invalid value' };
}

/**
 * The same for a literal written in the document: validation words it
 * `String cannot represent a non string value: 6222021234567890` (a scalar's own parse error) or
 * `Expected value of type "String!", found null.`, and the literal may be a bank account or an
 * ID number (issue 13). The type and the reason stay; the value goes.
 */
const SCALAR_REFUSAL = /^(\S+ cannot represent [^:]*): [\s\S]*$/;
const EXPECTED_FOUND = /^(Expected value of type "[^"]+"), found [\s\S]*$/;

export function withoutLiteralValue(message: string): string {
  const scalar = SCALAR_REFUSAL.exec(message)?.[1];
  if (scalar !== undefined) return scalar;
  return EXPECTED_FOUND.exec(message)?.[1] ?? message;
}
