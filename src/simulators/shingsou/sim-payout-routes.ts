/**
 * The simulator-only routes behind the payment-v2 money and identity actions (`shingsou.md`
 * §6.4.1). Like every `/__sim/*` route they need no key or token and are not counted in the stats.
 *
 * - `GET /__sim/bills/<token>.csv`: the file behind an Alipay `billDownloadUrl` (pre-signed: no
 *   token), 404 once its 30 seconds have passed on the simulator's clock.
 * - `GET /__sim/wechat/code?merchantId=&user=`: a WeChat code for OAuth or Code2Session, as the
 *   WeChat client would hand it to the page; valid once, 5 minutes. `user` (default `demo-user`)
 *   names the simulated WeChat user, whose openId is stable per merchant app.
 */
import { Router } from 'express';
import type { Fleet } from '../fleet/fleet';
import { randomToken } from '../shared/random';
import { isoShanghai } from '../shared/time';
import { CODES } from './codes';
import { normalizeQuery } from './gateway/validation';
import { CSV_CONTENT_TYPE } from './ops/v2-bill-csv';
import type { PayoutState } from './payout-state';

/** The provider's code lifetime (§6.4.1). */
export const WECHAT_CODE_TTL_MS = 5 * 60_000;

export function createPayoutSimRouter(fleet: Fleet, payouts: PayoutState): Router {
  const router = Router();
  router.get('/__sim/bills/:file', (req, res) => {
    const match = /^([A-Za-z0-9_-]+)\.csv$/.exec(String(req.params.file));
    const csv = match ? payouts.bill(match[1] as string, fleet.now()) : undefined;
    if (csv === undefined) {
      res.status(404).json({ code: 404, name: 'NotFound', description: '未找到内容' });
      return;
    }
    res.status(200).type(CSV_CONTENT_TYPE).send(csv);
  });
  router.get('/__sim/wechat/code', (req, res) => {
    const query = normalizeQuery(req.query);
    const merchantId = query.merchantid ?? '';
    const user = query.user || 'demo-user';
    const errors: Record<string, string[]> = {};
    if (merchantId === '') errors.merchantId = ['is required'];
    if (user.length > 64) errors.user = ['must be at most 64 characters'];
    if (Object.keys(errors).length > 0) {
      res.status(422).json({ code: 422, name: 'UnprocessableEntity', description: '请求实体错误', errors });
      return;
    }
    const merchant = fleet.merchants.get(merchantId);
    if (!merchant || merchant.provider !== 'WECHAT_PAY') {
      res.status(404).json({ ...CODES.MerchantNotFound });
      return;
    }
    const now = fleet.now();
    const code = randomToken(24);
    payouts.issueCode(code, merchant.id, user, now + WECHAT_CODE_TTL_MS, now);
    res.json({ code, merchantId: merchant.id, expiresAt: isoShanghai(now + WECHAT_CODE_TTL_MS) });
  });
  return router;
}
