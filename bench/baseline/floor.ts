import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';

/**
 * The floor under scenario 7: what the machine spends on the HTTP work a query cannot avoid, and
 * nothing else. Not a GraphQL server: for each POST it reads the body, makes the upstream
 * exchanges the query needs (`{ __typename }`: none; a single card: Shingsou `flowcard-get` then
 * `flowcard-status` for the ICCID in the body; a 20-card page: one `flowcard-get` page then 20
 * `flowcard-status` at once) over a keep-alive undici Agent with a token fetched at start, and
 * answers a fixed JSON body. No parse, validation, execution, auth, limits, logs or metrics. A
 * gateway's CPU per request minus this is what its GraphQL stack and its policies cost.
 */

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

async function token(): Promise<string> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: env('SHINGSOU_CLIENT_ID'),
    client_secret: env('SHINGSOU_CLIENT_SECRET'),
    scope: 'iot.cardservice.all',
  });
  const response = await request(env('SHINGSOU_TOKEN_URL'), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
  return ((await response.body.json()) as { access_token: string }).access_token;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function main(): Promise<void> {
  const base = env('SHINGSOU_BASE_URL');
  const agent = new Agent({ keepAliveTimeout: 10_000, connections: 64 });
  const headers = { 'ocp-apim-subscription-key': env('SHINGSOU_SUBSCRIPTION_KEY'), authorization: `Bearer ${await token()}`, accept: 'application/json' };
  const get = async (path: string): Promise<unknown> => {
    const response = await request(`${base}${path}`, { headers, dispatcher: agent });
    return response.body.json();
  };

  const server = createServer((req, res) => {
    body(req)
      .then(async (text) => {
        const iccid = /card\(iccid: \\"(\w+)\\"/.exec(text)?.[1];
        if (iccid) {
          await get(`/cards/FlowCard/Get?cardNos=${iccid}&page=1&pageSize=100`);
          await get(`/cards/FlowCard/Status?cardNo=${iccid}`);
        } else if (text.includes('cards(first: 20)')) {
          const page = (await get('/cards/FlowCard/Get?page=1&pageSize=20')) as { items: { iccid: string }[] };
          await Promise.all(page.items.map((card) => get(`/cards/FlowCard/Status?cardNo=${card.iccid}`)));
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"__typename":"Query"}}');
      })
      .catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`floor: GraphQL at http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql\n`);
  process.once('SIGTERM', () => {
    server.close();
    void agent.close().then(() => process.exit(0));
  });
}

void main();
