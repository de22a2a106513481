import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSdl } from './print';
import { buildGatewaySchema } from './build';

/** `npm run schema`: writes the committed `schema.graphql` from the resolvers. */
async function main(): Promise<void> {
  const target = join(__dirname, '..', '..', 'schema.graphql');
  writeFileSync(target, printSdl(await buildGatewaySchema()));
  console.log(`wrote ${target}`);
}

void main();
