import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { v2Token } from '../../../src/simulators/cmiot/v2/signature';
import { APPID, type Harness, PASSWORD, startHarness } from './harness';
import { javaBuildUrl, javaHashMapOrder } from './java-sample';
import { v2Get } from './v2-harness';

const ARREARS = { state: 'SUSPENDED', suspendReason: 'ARREARS', barring: 'TWO_WAY', stopReason: '000020000000' } as const;

describe('CMIOT v2 arrearageuserinfo, API2022 (cmiot.md §2.2, seeds/cmiot-api2022-arrearageuserinfo.txt)', () => {
  let h: Harness;
  let listed: string[];
  beforeEach(async () => {
    h = await startHarness();
    // Only the cards this test stops for arrears are listed.
    for (const c of h.fleet.cards) {
      if (c.state === 'SUSPENDED' && c.suspendReason === 'ARREARS') Object.assign(c, { state: 'ACTIVE', suspendReason: null, barring: null, stopReason: '000000000000' });
    }
    const statusChangedAt = Date.UTC(2013, 7, 28, 2, 0, 0); // 2013-08-28 Shanghai
    const stopped = new Set(Array.from({ length: 22 }, (_, i) => h.card(i % 3 === 0 ? 'CT' : 'PB', { ...ARREARS, statusChangedAt })));
    listed = h.fleet.cards.filter((c) => stopped.has(c)).map((c) => c.msisdn);
    h.card('PB', { state: 'SUSPENDED', suspendReason: 'ARREARS', barring: 'ONE_WAY' }); // PB `01`: not listed
    h.card('PB', { state: 'SUSPENDED', suspendReason: 'USER_REQUEST', barring: 'TWO_WAY', stopReason: '000000002000' });
  });
  afterEach(async () => {
    await h.close();
  });

  it('the official Java sample, with host, credentials and transid replaced, gets the seed shape', async () => {
    const transid = h.transid();
    // The sample's map.put calls, in its order; ebid is the sample's (not API2022's own).
    const url = javaBuildUrl(`${h.url}/v2/arrearageuserinfo`, [
      ['appid', APPID],
      ['ebid', '0001000000432'],
      ['transid', transid],
      ['token', v2Token(APPID, PASSWORD, transid)],
      ['pageSize', '20'],
      ['pageNum', '2'],
    ]);
    // The order a JVM prints for this HashMap's keySet() (checked with OpenJDK).
    expect(javaHashMapOrder(['appid', 'ebid', 'transid', 'token', 'pageSize', 'pageNum'])).toEqual(['transid', 'appid', 'ebid', 'pageSize', 'pageNum', 'token']);
    expect(url.split('?')[1]?.split('&').map((p) => p.split('=')[0])).toEqual(['transid', 'appid', 'ebid', 'pageSize', 'pageNum', 'token']);
    // httpURLConnection.setRequestMethod("GET"); the body is read line by line and concatenated.
    const res = await fetch(url, { method: 'GET' });
    expect(res.status).toBe(200);
    const body = JSON.parse((await res.text()).split('\n').join('')) as unknown;
    expect(body).toEqual({
      status: '0',
      message: '正确',
      result: [
        {
          arrearageUserInfo: {
            total: '22',
            userInfos: listed.slice(20).map((msisdn) => ({ msisdn, status: '02', currentDate: '20240520', statusDate: '20130828' })),
          },
        },
      ],
    });
    const info = (body as { result: Array<{ arrearageUserInfo: { userInfos: object[] } }> }).result[0]?.arrearageUserInfo;
    expect(Object.keys(info ?? {})).toEqual(['total', 'userInfos']);
    expect(Object.keys(info?.userInfos[0] ?? {})).toEqual(['msisdn', 'status', 'currentDate', 'statusDate']);
  });

  it('pages in fleet order; a page past the end is empty with total unchanged', async () => {
    const first = await v2Get(h, 'arrearageuserinfo', { pageSize: '20', pageNum: '1' });
    const page = (first.result[0]?.arrearageUserInfo as { userInfos: Array<{ msisdn: string }> }).userInfos;
    expect(page.map((u) => u.msisdn)).toEqual(listed.slice(0, 20));
    expect(await v2Get(h, 'arrearageuserinfo', { pageSize: '20', pageNum: '3' })).toEqual({
      status: '0',
      message: '正确',
      result: [{ arrearageUserInfo: { total: '22', userInfos: [] } }],
    });
  });

  it('a card resumed or stopped for arrears shows up or leaves at once', async () => {
    const card = h.fleet.byMsisdn.get(listed[0] as string);
    Object.assign(card ?? {}, { state: 'ACTIVE', suspendReason: null, barring: null, stopReason: '000000000000' });
    const answer = await v2Get(h, 'arrearageuserinfo', { pageSize: '1', pageNum: '1' });
    expect(answer.result[0]?.arrearageUserInfo).toMatchObject({ total: '21', userInfos: [{ msisdn: listed[1] }] });
  });

  it('pageSize 1..20 and pageNum ≥ 1, else 13; missing, 10', async () => {
    for (const [pageSize, pageNum] of [['0', '1'], ['21', '1'], ['20', '0'], ['x', '1'], ['1.5', '1'], ['20', '-1']]) {
      expect((await v2Get(h, 'arrearageuserinfo', { pageSize: pageSize as string, pageNum: pageNum as string })).status).toBe('13');
    }
    expect((await v2Get(h, 'arrearageuserinfo', { pageSize: '20' })).status).toBe('10');
    expect((await v2Get(h, 'arrearageuserinfo', { pageSize: '20', pageNum: '1', msisdn: '1' })).status).toBe('10');
  });
});
