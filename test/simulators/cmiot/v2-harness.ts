import { v2Token } from '../../../src/simulators/cmiot/v2/signature';
import { APPID, type Answer, getJson, type Harness, PASSWORD } from './harness';

/** A signed v2 GET with fresh transid (`cmiot.md` §2.1). */
export async function v2Get(h: Harness, apiName: string, params: Record<string, string> = {}): Promise<Answer> {
  const transid = h.transid();
  const signed = { appid: APPID, transid, ebid: '0001000000009', token: v2Token(APPID, PASSWORD, transid), ...params };
  const { http, body } = await getJson(`${h.url}/v2/${apiName}`, signed);
  if (http !== 200) throw new Error(`HTTP ${http}`);
  return body;
}
