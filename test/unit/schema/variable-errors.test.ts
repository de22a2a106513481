import { describe, expect, it } from '@jest/globals';
import { buildSchema, GraphQLError, parse, validate } from 'graphql';
import { variableProblem, withoutLiteralValue, withoutVariableValue } from '../../../src/schema/variable-errors';

/** graphql-js's variable coercion messages, as `coerceVariableValues` builds them. */
function coercionError(value: string, at: string | undefined, inner: string): [string, GraphQLError] {
  const message = `Variable "$input" got invalid value ${value}${at ? ` at "${at}"` : ''}; ${inner}`;
  return [message, new GraphQLError(message, { originalError: new GraphQLError(inner) })];
}

describe('withoutVariableValue', () => {
  it.each([
    [
      'a missing field',
      coercionError('{ idNumber: "11010519491231002X" }', undefined, 'Field "name" of required type "String!" was not provided.'),
      'Variable "$input" got an invalid value: Field "name" of required type "String!" was not provided.',
    ],
    [
      'a scalar of the wrong type',
      coercionError('13912345678', 'input.phone', 'String cannot represent a non string value: 13912345678'),
      'Variable "$input" got an invalid value at "input.phone": String cannot represent a non string value',
    ],
    [
      'an enum miss, with a value that mimics the message',
      coercionError('"secret; at \\"x\\""', 'input.kind', 'Value "secret" does not exist in "CarrierCode" enum.'),
      'Variable "$input" got an invalid value at "input.kind": not a value of the enum "CarrierCode"',
    ],
    [
      'an unknown field',
      coercionError('{ apiKey: "k" }', undefined, 'Field "apiKey2" is not defined by type "MerchantInput". Did you mean "apiKey"?'),
      'Variable "$input" got an invalid value: Field "apiKey2" is not defined by type "MerchantInput".',
    ],
  ])('drops the refused value: %s', (_label, [message, error], expected) => {
    expect(withoutVariableValue(message, error)).toBe(expected);
  });

  it('keeps only the variable name when the inner reason is unknown', () => {
    expect(withoutVariableValue('Variable "$input" got invalid value "s3cret"; boom', new Error('x'))).toBe('Variable "$input" got an invalid value');
  });

  it('leaves every other message alone', () => {
    expect(withoutVariableValue('input.card: not an ICCID', undefined)).toBe('input.card: not an ICCID');
  });
});

describe('variableProblem', () => {
  it('names the variable path and keeps the reason, never the value', () => {
    const [, atPath] = coercionError('"13912345678"', 'input.cards[2].carrier', 'Value "SECRET" does not exist in "CarrierCode" enum.');
    expect(variableProblem(atPath)).toEqual({ argument: 'input.cards[2].carrier', message: 'not a value of the enum "CarrierCode"' });
    const [, whole] = coercionError('{ idNumber: "11010519491231002X" }', undefined, 'Field "name" of required type "String!" was not provided.');
    expect(variableProblem(whole)).toEqual({ argument: 'input', message: 'Field "name" of required type "String!" was not provided.' });
  });
});

describe('withoutLiteralValue', () => {
  // The messages graphql-js 16 itself writes for a literal of the wrong type in a document.
  const schema = buildSchema('input Account { bankNo: String! name: String } type Query { pay(input: Account!, amount: Int): Int }');
  const messagesFor = (source: string) => validate(schema, parse(source)).map((error) => error.message);

  it('keeps the expected type and the reason, never the literal', () => {
    const raw = messagesFor('{ pay(input: { bankNo: 6222021234567890 }, amount: "6222021234567890") }');
    expect(raw.join(' ')).toContain('6222021234567890');
    const cleaned = raw.map(withoutLiteralValue);
    expect(cleaned).toEqual(['String cannot represent a non string value', 'Int cannot represent non-integer value']);
    expect(cleaned.join(' ')).not.toContain('6222');
  });

  it('drops a literal that has no reason after it', () => {
    const raw = messagesFor('{ pay(input: { bankNo: null, name: "王五" }) }');
    expect(raw.map(withoutLiteralValue)).toEqual(['Expected value of type "String!"']);
  });

  it('leaves messages that carry no value alone', () => {
    const message = 'Field "Account.bankNo" of required type "String!" was not provided.';
    expect(withoutLiteralValue(message)).toBe(message);
  });
});
