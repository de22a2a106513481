import { z } from 'zod';
import { ok, type Envelope } from '../envelope';
import { groupOf, type Offering, offeringOf, offeringsOf } from '../offerings';
import { singleSelector } from '../selectors';
import { formatDateTime } from '../../shared/time';
import type { V5Call, V5Handler } from './call';
import { v5Failure } from './codes';

/** v5 packages and group members (`cmiot.md` §3.3, §5). */

const render = (list: Offering[]): Envelope =>
  ok([
    {
      offeringInfoList: list.map((o) => ({
        offeringId: o.id,
        offeringName: o.name,
        effectiveDate: formatDateTime(o.effective),
        // The platform's own spelling (§3.3).
        expiriedDate: o.expires === null ? '' : formatDateTime(o.expires),
      })),
    },
  ]);

/** 23R00: `queryType` `1` EC, `2` group (+`groupId`), `3` card (+id). */
export const orderedOfferings: V5Handler = (call: V5Call) => {
  const { params, ctx } = call;
  switch (params.get('queryType')) {
    case '1':
      return render(offeringsOf(ctx, ctx.cards.all()));
    case '2': {
      const groupId = params.get('groupId') ?? '';
      if (groupId === '') return v5Failure('badRequest');
      return render(offeringsOf(ctx, ctx.cards.all().filter((c) => groupOf(c) === groupId)));
    }
    case '3': {
      const selector = singleSelector(params);
      if (!selector) return v5Failure('badRequest');
      call.countKeys(1);
      const card = ctx.cards.find(selector.kind, selector.value);
      if (!card) return v5Failure('unknownCard');
      const offering = offeringOf(ctx, card);
      return render(offering ? [offering] : []);
    }
    default:
      return v5Failure('badRequest');
  }
};

const pageParams = z.object({
  groupId: z.string().min(1),
  startNum: z.string().regex(/^[1-9]\d{0,8}$/).transform(Number),
  pageSize: z.string().regex(/^[1-9]\d?$/).transform(Number).pipe(z.number().max(50)),
});

/** 23E01: `startNum` is a page number from 1, `pageSize` at most 50 (§5). */
export const groupMember: V5Handler = (call) => {
  const parsed = pageParams.safeParse(Object.fromEntries(call.params));
  if (!parsed.success) return v5Failure('badRequest');
  const { groupId, startNum, pageSize } = parsed.data;
  const members = call.ctx.cards.all().filter((c) => groupOf(c) === groupId);
  const page = members.slice((startNum - 1) * pageSize, startNum * pageSize);
  return ok([
    {
      totalCount: String(members.length),
      memberList: page.map((c) => ({ msisdn: c.msisdn, iccid: c.iccid, imsi: c.imsi })),
    },
  ]);
};
