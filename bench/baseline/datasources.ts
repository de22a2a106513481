import { RESTDataSource, type AugmentedRequest } from '@apollo/datasource-rest';

/**
 * The baseline's upstream access as a team would write it with Apollo's own REST library: one
 * RESTDataSource per upstream, one method per upstream operation, one HTTP call per card. A
 * token is fetched once per process (no refresh: the baseline never runs long enough to need
 * one), and there is no DataLoader, so nothing is batched across resolvers.
 */

export interface BaselineEnv {
  shingsou: { tokenUrl: string; baseUrl: string; clientId: string; clientSecret: string; subscriptionKey: string };
  cmiot: { baseUrl: string; appid: string; password: string };
}

export interface FlowCard {
  iccid: string;
  msisdn: string;
  imsi: string | null;
  operator: number;
}
interface FlowCardPage {
  items: FlowCard[];
  total: number;
}
export interface FlowCardStatus {
  operator: number;
  status: number;
  checkedAt: string;
}
interface Envelope {
  status: string;
  message: string;
  result: Record<string, string>[];
}

const once = <T>(make: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= make().catch((error: unknown) => {
    value = undefined;
    throw error;
  }));
};

export function tokenGetters(env: BaselineEnv) {
  const shingsou = once(async () => {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: env.shingsou.clientId,
      client_secret: env.shingsou.clientSecret,
      scope: 'iot.cardservice.all iot.paymentservice.all',
    });
    const response = await fetch(env.shingsou.tokenUrl, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    return ((await response.json()) as { access_token: string }).access_token;
  });
  const cmiot = once(async () => {
    const response = await fetch(`${env.cmiot.baseUrl}/v5/ec/get/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ appid: env.cmiot.appid, password: env.cmiot.password, transid: transid(env.cmiot.appid), refresh: '0' }),
    });
    return ((await response.json()) as Envelope).result[0]!['token']!;
  });
  return { shingsou, cmiot };
}

let sequence = 0;
/** appid + yyyyMMddHHmmss + 8 digits (`cmiot.md` §1.3); the clock's zone does not matter here. */
function transid(appid: string): string {
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  sequence = (sequence + 1) % 100_000_000;
  return appid + stamp + String(sequence).padStart(8, '0');
}

export class ShingsouAPI extends RESTDataSource {
  constructor(
    private readonly env: BaselineEnv['shingsou'],
    private readonly token: () => Promise<string>,
  ) {
    super();
    this.baseURL = `${env.baseUrl}/`;
  }

  protected override async willSendRequest(_path: string, request: AugmentedRequest): Promise<void> {
    request.headers['ocp-apim-subscription-key'] = this.env.subscriptionKey;
    request.headers['authorization'] = `Bearer ${await this.token()}`;
  }

  async card(cardNo: string): Promise<FlowCard | undefined> {
    const page = await this.get<FlowCardPage>('cards/FlowCard/Get', { params: { cardNos: cardNo, page: '1', pageSize: '100' } });
    return page.items[0];
  }

  async page(page: number, pageSize: number): Promise<FlowCardPage> {
    return this.get<FlowCardPage>('cards/FlowCard/Get', { params: { page: String(page), pageSize: String(pageSize) } });
  }

  async status(cardNo: string): Promise<FlowCardStatus> {
    return this.get<FlowCardStatus>('cards/FlowCard/Status', { params: { cardNo } });
  }

  async data(cardNo: string): Promise<{ month: string; usedKb: number; totalKb: number | null; remainingKb: number | null }> {
    return this.get('cards/FlowCard/Data', { params: { cardNo } });
  }

  async location(cardNo: string): Promise<{ lng: number | null; lat: number | null; accuracy: number | null; at: string | null }> {
    return this.get('cards/FlowCard/Location', { params: { cardNo } });
  }
}

export class CmiotAPI extends RESTDataSource {
  constructor(
    private readonly env: BaselineEnv['cmiot'],
    private readonly token: () => Promise<string>,
  ) {
    super();
    this.baseURL = `${env.baseUrl}/v5/ec/`;
  }

  async status(iccid: string): Promise<{ cardStatus: string }> {
    return { cardStatus: (await this.one('query/sim-status', iccid))['cardStatus']! };
  }

  /** `query/sim-data-usage` (25U04): this month's total, single card. */
  async usage(iccid: string): Promise<{ dataAmount: string }> {
    return { dataAmount: (await this.one('query/sim-data-usage', iccid))['dataAmount'] ?? '0' };
  }

  /** `query/last-position-location` (25L02), single card. */
  async location(iccid: string): Promise<Record<string, string>> {
    return this.one('query/last-position-location', iccid);
  }

  private async one(route: string, iccid: string): Promise<Record<string, string>> {
    const answer = await this.post<Envelope>(route, { body: { iccid, transid: transid(this.env.appid), token: await this.token() } });
    if (answer.status !== '0' || !answer.result[0]) throw new Error(`CMIOT ${answer.status}: ${answer.message}`);
    return answer.result[0];
  }
}
