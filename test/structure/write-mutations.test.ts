import { expect, it } from '@jest/globals';
import { getMetadataStorage } from 'type-graphql';
import { buildGatewaySchema } from '../../src/schema/build';
import { writeKeyArgument } from '../../src/schema/write-outcome';

/**
 * A structure rule as a test: every mutation passes its errors through a write-outcome
 * middleware (`src/schema/write-outcome.ts`), so a timeout on any write says
 * UPSTREAM_OUTCOME_UNKNOWN; the payment writes carry their idempotency key.
 */
it('every mutation has exactly one write-outcome middleware, keyed for the payment writes', async () => {
  const schema = await buildGatewaySchema();
  const mutations = getMetadataStorage().mutations;
  const keys = Object.fromEntries(
    mutations.map((mutation) => {
      const writes = (mutation.middlewares ?? []).map(writeKeyArgument).filter((key) => key !== undefined);
      expect([mutation.schemaName, writes.length]).toEqual([mutation.schemaName, 1]);
      return [mutation.schemaName, writes[0]];
    }),
  );
  expect(Object.keys(keys).sort()).toEqual(Object.keys(schema.getMutationType()?.getFields() ?? {}).sort());
  expect(Object.fromEntries(Object.entries(keys).filter(([, key]) => key !== null))).toEqual({
    createRechargeOrder: 'clientOrderNo',
    refundOrder: 'refundNo',
    createMerchantPayment: 'input.outTradeNo',
    createAlipayTransfer: 'input.outBizNo',
    createWechatTransfer: 'input.partnerTradeNo',
    createBankTransfer: 'input.partnerTradeNo',
  });
});
