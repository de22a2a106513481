import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from 'node:net';
import { CLIENT_ID, CLIENT_SECRET, KEY, Sim, startSim, stats } from './harness';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(() => sim.close());

const BOUNDARY = '----WebKitFormBoundary7MA4YWxkTrZu0gW';

async function post(body: string | Buffer | URLSearchParams | undefined, headers: Record<string, string> = {}, method = 'POST') {
  const res = await fetch(`${sim.url}/connect/token`, { method, headers, body: body as RequestInit['body'] });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const good = { grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET };

/** The vendor's Java/Node/Python/Go/C# sample body (shingsou-open-platform.txt), credentials filled in. */
const vendorBody = [
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="grant_type"\r\n\r\nclient_credentials\r\n`,
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="client_Id"\r\n\r\n${CLIENT_ID}\r\n`,
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="client_secret"\r\n\r\n${CLIENT_SECRET}\r\n`,
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="scope"\r\n\r\niot.cardservice.all iot.paymentservice.all\r\n`,
  `--${BOUNDARY}--`,
].join('');

/** Sends raw bytes over a socket and returns status and body: nothing normalizes the request. */
function rawExchange(request: Buffer): Promise<{ status: number; body: string; head: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(sim.http.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d) => {
      chunks.push(d);
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(text.slice(0, split));
      if (split >= 0 && length && Buffer.byteLength(text.slice(split + 4)) >= Number(length[1])) {
        socket.end();
        resolve({ status: Number(text.slice(9, 12)), head: text.slice(0, split), body: text.slice(split + 4) });
      }
    });
    socket.on('error', reject);
    socket.write(request);
  });
}

describe('POST /connect/token (shingsou.md §2.1)', () => {
  it('issues a token for an urlencoded request, with exactly the three fields and headers', async () => {
    const res = await post(form({ ...good, scope: 'iot.cardservice.all' }));
    expect(res.status).toBe(200);
    expect(Object.keys(res.json).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    expect(res.json).toMatchObject({ expires_in: 3600, token_type: 'Bearer' });
    expect(res.json.access_token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    expect(res.headers.get('content-type')).toBe('application/json; charset=UTF-8');
    expect(res.headers.get('cache-control')).toBe('no-store, no-cache, max-age=0');
    expect(res.headers.get('pragma')).toBe('no-cache');
  });

  it("accepts the vendor's multipart sample body unchanged (client_Id with a capital I)", async () => {
    const res = await post(vendorBody, { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'cache-control': 'no-cache' });
    expect(res.status).toBe(200);
    expect(res.json.token_type).toBe('Bearer');
  });

  it("accepts the vendor's cURL sample as curl sends it: two boundary parameters, byte for byte", async () => {
    // Captured from curl 7.88.1 running the vendor's cURL sample; only host and credentials differ.
    const curlBoundary = '------------------------3631a526879bc0b1';
    const body =
      `--${curlBoundary}\r\nContent-Disposition: form-data; name="grant_type"\r\n\r\nclient_credentials\r\n` +
      `--${curlBoundary}\r\nContent-Disposition: form-data; name="client_Id"\r\n\r\n${CLIENT_ID}\r\n` +
      `--${curlBoundary}\r\nContent-Disposition: form-data; name="client_secret"\r\n\r\n${CLIENT_SECRET}\r\n` +
      `--${curlBoundary}\r\nContent-Disposition: form-data; name="scope"\r\n\r\niot.cardservice.all iot.paymentservice.all\r\n` +
      `--${curlBoundary}--\r\n`;
    const request =
      'POST /connect/token HTTP/1.1\r\n' +
      `Host: 127.0.0.1:${sim.http.port}\r\n` +
      'User-Agent: curl/7.88.1\r\nAccept: */*\r\ncache-control: no-cache\r\n' +
      'postman-token: c47f7cfd-f478-d57d-5c13-0381885a4877\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      `Content-Type: multipart/form-data; boundary=${BOUNDARY}; boundary=${curlBoundary}\r\n\r\n` +
      body;
    const res = await rawExchange(Buffer.from(request, 'utf8'));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ expires_in: 3600, token_type: 'Bearer' });
  });

  it("accepts the vendor's JavaScript sample: a FormData body with client_Id", async () => {
    const data = new FormData();
    data.append('grant_type', 'client_credentials');
    data.append('client_Id', CLIENT_ID);
    data.append('client_secret', CLIENT_SECRET);
    data.append('scope', 'iot.cardservice.all iot.paymentservice.all');
    const res = await fetch(`${sim.url}/connect/token`, { method: 'POST', body: data, headers: { 'cache-control': 'no-cache' } });
    expect(res.status).toBe(200);
  });

  it("accepts the vendor's PHP sample, whose body has bare LF line breaks", async () => {
    const res = await post(vendorBody.replace(/\r\n/g, '\n'), { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` });
    expect(res.status).toBe(200);
  });

  it('reads form keys case-insensitively', async () => {
    const res = await post(form({ GRANT_TYPE: 'client_credentials', Client_ID: CLIENT_ID, CLIENT_SECRET: CLIENT_SECRET }));
    expect(res.status).toBe(200);
  });

  it('accepts client credentials in a Basic header', async () => {
    const basic = Buffer.from(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(CLIENT_SECRET)}`).toString('base64');
    const res = await post(form({ grant_type: 'client_credentials' }), { Authorization: `Basic ${basic}` });
    expect(res.status).toBe(200);
  });

  it('grants every API scope when scope is omitted, and only the requested ones otherwise', async () => {
    const all = (await post(form(good))).json.access_token as string;
    const narrow = (await post(form({ ...good, scope: 'iot.cardservice.flowcard.get' }))).json.access_token as string;
    const h = (t: string) => ({ 'Ocp-Apim-Subscription-Key': KEY, Authorization: `Bearer ${t}`, 'Content-Type': 'application/json' });
    const withAll = await fetch(`${sim.url}/cards/FlowCard/Get`, { headers: h(all) });
    expect(withAll.status).toBe(200);
    const narrowGet = await fetch(`${sim.url}/cards/FlowCard/Get`, { headers: h(narrow) });
    expect(narrowGet.status).toBe(200);
    const narrowStatus = await fetch(`${sim.url}/cards/FlowCard/Status?cardNo=898607B0101790000012`, { headers: h(narrow) });
    expect(narrowStatus.status).toBe(403);
  });
});

describe('token errors (shingsou.md §2.2)', () => {
  it.each([
    ['GET', '', {}, 'invalid_request'],
    ['POST', '{"grant_type":"client_credentials"}', { 'content-type': 'application/json' }, 'invalid_request'],
    ['POST', 'garbage', { 'content-type': 'multipart/form-data; boundary=nothing-here' }, 'invalid_request'],
  ])('%s with a non-form body → 400 %s', async (method, body, headers, error) => {
    const res = await post(method === 'GET' ? undefined : body, headers as Record<string, string>, method);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error });
    expect(res.headers.get('cache-control')).toBe('no-store, no-cache, max-age=0');
  });

  it.each([
    [{ grant_type: 'client_credentials', client_id: 'nobody', client_secret: 'x' }, 'invalid_client'],
    [{ grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: 'wrong' }, 'invalid_client'],
    [{ grant_type: 'client_credentials' }, 'invalid_client'],
    [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET }, 'unsupported_grant_type'],
    [{ ...good, grant_type: 'urn:made-up' }, 'unsupported_grant_type'],
    [{ ...good, grant_type: 'password' }, 'unauthorized_client'],
    [{ ...good, grant_type: 'authorization_code' }, 'unauthorized_client'],
    [{ ...good, grant_type: 'refresh_token' }, 'unauthorized_client'],
    [{ ...good, scope: 'openid iot.cardservice.all' }, 'invalid_scope'],
    [{ ...good, scope: 'iot.cardservice.everything' }, 'invalid_scope'],
  ])('%j → 400 %s', async (fields, error) => {
    const res = await post(form(fields as Record<string, string>));
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error });
  });

  it('never echoes the secret', async () => {
    const res = await fetch(`${sim.url}/connect/token`, { method: 'POST', body: form({ ...good, client_secret: 'wrong-secret-xyz' }) });
    expect(await res.text()).not.toContain('wrong-secret-xyz');
  });
});

describe('token knobs and stats', () => {
  it('counts token calls, including refused ones', async () => {
    await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
    await post(form(good));
    await post(form({ ...good, client_secret: 'bad' }));
    const s = await stats(sim);
    expect(s.tokenCalls).toBe(2);
    expect(s.routes.token.calls).toBe(2);
    expect(s.routes.token.keys).toEqual([]);
  });

  it('uses the configured lifetime and expires the token', async () => {
    sim.server.knobs.patch({ tokenLifetimeSec: 60 });
    const res = await post(form(good));
    expect(res.json.expires_in).toBe(60);
    const token = res.json.access_token as string;
    const h = { 'Ocp-Apim-Subscription-Key': KEY, Authorization: `Bearer ${token}` };
    expect((await fetch(`${sim.url}/cards/FlowCard/Get`, { headers: h })).status).toBe(200);
    sim.clock.advance(60_000);
    const expired = await fetch(`${sim.url}/cards/FlowCard/Get`, { headers: h });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toBe('Bearer error="invalid_token", error_description="The token is expired"');
    sim.server.knobs.patch({ tokenLifetimeSec: 3600 });
  });

  it('keeps tokens independent by default, and one active token with the knob', async () => {
    const h = (t: string) => ({ 'Ocp-Apim-Subscription-Key': KEY, Authorization: `Bearer ${t}` });
    const a = (await post(form(good))).json.access_token as string;
    const b = (await post(form(good))).json.access_token as string;
    expect((await fetch(`${sim.url}/cards/FlowCard/Get`, { headers: h(a) })).status).toBe(200);
    sim.server.knobs.patch({ oneActiveToken: true });
    const c = (await post(form(good))).json.access_token as string;
    const old = await fetch(`${sim.url}/cards/FlowCard/Get`, { headers: h(b) });
    expect(old.status).toBe(401);
    expect(old.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect((await fetch(`${sim.url}/cards/FlowCard/Get`, { headers: h(c) })).status).toBe(200);
    sim.server.knobs.patch({ oneActiveToken: false });
  });
});
