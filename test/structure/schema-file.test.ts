import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { buildGatewaySchema } from '../../src/schema/build';
import { printSdl } from '../../src/schema/print';

describe('schema.graphql', () => {
  it('matches the schema the resolvers build (run `npm run schema` after changing a type)', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(printSdl(await buildGatewaySchema())).toBe(committed);
  });
});
