import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from '@jest/globals';
import { isPrivateAddress } from '../../../src/webhooks/private-addresses';
import { assertDeliverableAddress, checkWebhookUrl, type ResolveHost } from '../../../src/webhooks/webhook-url';

describe('checkWebhookUrl', () => {
  it.each([
    ['https://hooks.example.com/simgraph', 'https://hooks.example.com/simgraph'],
    ['HTTPS://Hooks.Example.COM:8443/a/b?c=d', 'https://hooks.example.com:8443/a/b?c=d'],
    ['http://hooks.example.com', 'http://hooks.example.com/'],
    ['https://93.184.216.34/hook', 'https://93.184.216.34/hook'],
    ['https://[2606:4700:4700::1111]/hook', 'https://[2606:4700:4700::1111]/hook'],
    ['https://[::ffff:8.8.8.8]/hook', 'https://[::ffff:808:808]/hook'],
    // Just outside the private ranges.
    ['http://172.15.255.255/', 'http://172.15.255.255/'],
    ['http://172.32.0.0/', 'http://172.32.0.0/'],
    ['http://100.63.255.255/', 'http://100.63.255.255/'],
    ['http://100.128.0.0/', 'http://100.128.0.0/'],
    ['http://169.253.255.255/', 'http://169.253.255.255/'],
    ['http://[fbff:ffff::1]/', 'http://[fbff:ffff::1]/'],
    ['http://notlocalhost.example/', 'http://notlocalhost.example/'],
  ])('accepts %s as %s', (input, url) => {
    expect(checkWebhookUrl(input)).toMatchObject({ ok: true, url });
  });

  it('gives the host to resolve without IPv6 brackets', () => {
    expect(checkWebhookUrl('https://[2606:4700:4700::1111]:8443/')).toMatchObject({ ok: true, hostname: '2606:4700:4700::1111' });
  });

  it.each([
    ['hooks.example.com/simgraph', 'NOT_A_URL'],
    ['https://exa mple.com/', 'NOT_A_URL'],
    ['https://hooks.example.com:99999/', 'NOT_A_URL'],
    ['ftp://hooks.example.com/', 'NOT_HTTP'],
    ['file:///etc/passwd', 'NOT_HTTP'],
    ['javascript:alert(1)', 'NOT_HTTP'],
    ['https://user:hunter2@hooks.example.com/', 'CREDENTIALS'],
    ['https://user@hooks.example.com/', 'CREDENTIALS'],
    ['https://:hunter2@hooks.example.com/', 'CREDENTIALS'],
    ['https://hooks.example.com/#part', 'FRAGMENT'],
    ['https://hooks.example.com/#', 'FRAGMENT'],
    [`https://hooks.example.com/${'a'.repeat(2048)}`, 'TOO_LONG'],
  ])('refuses %s: %s', (input, reason) => {
    expect(checkWebhookUrl(input, { allowPrivate: true })).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', reason });
  });

  const PRIVATE = [
    'http://127.0.0.1/',
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f.0.0.1/',
    'http://0.0.0.0/',
    'http://10.1.2.3/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/',
    'http://100.64.0.1/',
    'http://100.127.255.255/',
    'http://169.254.169.254/latest/meta-data/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    'http://[::1]/',
    'http://[::]/',
    'http://[0:0:0:0:0:0:0:1]/',
    'http://[fc00::1]/',
    'http://[fd12:3456:789a::1]/',
    'http://[fe80::1]/',
    'http://[febf::1]/',
    'http://[ff02::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:10.0.0.1]/',
    'http://localhost/',
    'http://localhost:3000/hook',
    'http://LOCALHOST./',
    'http://api.localhost/',
  ];

  it.each(PRIVATE)('refuses %s unless private delivery is allowed', (input) => {
    expect(checkWebhookUrl(input)).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', reason: 'PRIVATE_ADDRESS' });
    expect(checkWebhookUrl(input, { allowPrivate: true })).toMatchObject({ ok: true });
  });

  it('never quotes the URL in its message (a password, a token in the path)', () => {
    for (const input of ['https://user:hunter2@hooks.example.com/', 'http://127.0.0.1/hunter2', 'https://hooks.example.com/hunter2#hunter2', 'hunter2']) {
      const check = checkWebhookUrl(input);
      expect(check.ok).toBe(false);
      expect(JSON.stringify(check)).not.toContain('hunter2');
    }
  });
});

describe('isPrivateAddress', () => {
  it('knows a zoned link-local address and counts what is not an IP as private', () => {
    expect(isPrivateAddress('fe80::1%eth0')).toBe(true);
    expect(isPrivateAddress('hooks.example.com')).toBe(true);
    expect(isPrivateAddress('')).toBe(true);
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    expect(isPrivateAddress('2606:4700:4700::1111')).toBe(false);
  });
});

describe('assertDeliverableAddress', () => {
  /** A resolver that answers `addresses` for every name, counting the questions. */
  function resolving(addresses: LookupAddress[]): ResolveHost & { calls: string[] } {
    const calls: string[] = [];
    return Object.assign(async (hostname: string) => {
      calls.push(hostname);
      return addresses;
    }, { calls });
  }
  const PUBLIC_V4 = { address: '93.184.216.34', family: 4 };
  const PUBLIC_V6 = { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 };

  it('accepts a name whose addresses are all public, and returns them to connect to', async () => {
    const resolveHost = resolving([PUBLIC_V4, PUBLIC_V6]);
    expect(await assertDeliverableAddress('hooks.example.com', { resolveHost })).toEqual({ ok: true, addresses: [PUBLIC_V4, PUBLIC_V6] });
    expect(resolveHost.calls).toEqual(['hooks.example.com']);
  });

  it.each([
    ['127.0.0.1', 4],
    ['10.0.0.7', 4],
    ['169.254.169.254', 4],
    ['::1', 6],
    ['fd00::7', 6],
    ['fe80::1%eth0', 6],
    ['::ffff:127.0.0.1', 6],
  ])('refuses a public-looking name that resolves to %s among public addresses (DNS rebinding)', async (address, family) => {
    const check = await assertDeliverableAddress('rebind.example.com', { resolveHost: resolving([PUBLIC_V4, { address, family }]) });
    expect(check).toEqual({ ok: false, code: 'ADDRESS_REFUSED', message: "the webhook's host resolves to a loopback or private address" });
    expect(await assertDeliverableAddress('rebind.example.com', { allowPrivate: true, resolveHost: resolving([{ address, family }]) })).toMatchObject({ ok: true });
  });

  it('checks an IP literal without asking DNS, brackets or not', async () => {
    const resolveHost = resolving([PUBLIC_V4]);
    expect(await assertDeliverableAddress('[::1]', { resolveHost })).toMatchObject({ ok: false, code: 'ADDRESS_REFUSED' });
    expect(await assertDeliverableAddress('127.0.0.1', { resolveHost })).toMatchObject({ ok: false, code: 'ADDRESS_REFUSED' });
    expect(await assertDeliverableAddress('8.8.8.8', { resolveHost })).toEqual({ ok: true, addresses: [{ address: '8.8.8.8', family: 4 }] });
    expect(resolveHost.calls).toEqual([]);
  });

  it('refuses localhost names whatever they resolve to', async () => {
    const resolveHost = resolving([PUBLIC_V4]);
    expect(await assertDeliverableAddress('app.localhost', { resolveHost })).toMatchObject({ ok: false, code: 'ADDRESS_REFUSED' });
    expect(resolveHost.calls).toEqual([]);
  });

  it('resolves with the system resolver by default (localhost through /etc/hosts)', async () => {
    const check = await assertDeliverableAddress('localhost', { allowPrivate: true });
    if (!check.ok) throw new Error(check.message);
    expect(check.addresses.map(({ address }) => address)).toEqual(expect.arrayContaining([expect.stringMatching(/^(127\.0\.0\.1|::1)$/)]));
  });

  it('gives DNS failures as a value with the resolver code', async () => {
    const notFound: ResolveHost = () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND gone.example.com'), { code: 'ENOTFOUND' }));
    expect(await assertDeliverableAddress('gone.example.com', { resolveHost: notFound })).toEqual({
      ok: false,
      code: 'DNS_FAILED',
      message: "the webhook's host could not be resolved (ENOTFOUND)",
      dnsCode: 'ENOTFOUND',
    });
    expect(await assertDeliverableAddress('empty.example.com', { resolveHost: resolving([]) })).toMatchObject({ ok: false, code: 'DNS_FAILED' });
    const throwing: ResolveHost = () => {
      throw new Error('synchronous');
    };
    expect(await assertDeliverableAddress('odd.example.com', { resolveHost: throwing })).toMatchObject({ ok: false, code: 'DNS_FAILED', dnsCode: 'UNKNOWN' });
  });

  it('stops waiting for a resolver that never answers after its timeout', async () => {
    const never: ResolveHost = () => new Promise(() => undefined);
    const started = Date.now();
    expect(await assertDeliverableAddress('slow.example.com', { resolveHost: never, timeoutMs: 50 })).toMatchObject({ ok: false, code: 'DNS_FAILED', dnsCode: 'ETIMEOUT' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('names neither the host nor an address in its messages', async () => {
    const check = await assertDeliverableAddress('secret-internal.example.com', { resolveHost: resolving([{ address: '10.9.8.7', family: 4 }]) });
    expect(JSON.stringify(check)).not.toMatch(/secret-internal|10\.9\.8\.7/);
  });
});
