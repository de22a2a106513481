/**
 * Every Shingsou operation the simulator serves (`shingsou.md` §4): each one is counted in
 * `/__sim/stats` under its id. A path or verb not listed here gets the gateway 404 (§2.4 row 1).
 */
import type { Operation } from './gateway/operation';
import { flowcardDetail, flowcardGet } from './ops/flowcard-list';
import { datacardGenerate, datacardGet, datacardHistory, datacardTransfer } from './ops/datacard';
import { flowcardData, flowcardLocation, flowcardStatus } from './ops/flowcard-probe';
import { flowcardImport, flowcardImportHistory } from './ops/flowcard-import';
import {
  datacardCodes,
  flowcardCategories,
  flowcardCodes,
  flowcardReality,
  flowcardTags,
  flowcardTypes,
  orderCodes,
  paymentCodes,
} from './ops/flowcard-misc';
import { flowcardNetwork } from './ops/flowcard-network';
import { flowcardTransfer, flowcardTransferHistory } from './ops/flowcard-transfer';
import { flowcardPatch, flowcardPut } from './ops/flowcard-update';
import { orderGet, orderStatistic } from './ops/order';
import { paymentPost } from './ops/payment-post';
import { productCategories, productGet } from './ops/product';
import { BANK_TRANSFER_OPERATIONS } from './ops/v2-bank-transfer';
import { BILL_OPERATIONS } from './ops/v2-bills';
import { IDENTITY_OPERATIONS } from './ops/v2-identity';
import { MERCHANT_OPERATIONS } from './ops/v2-merchants';
import { ORDER_ACTION_OPERATIONS } from './ops/v2-orders';
import { PAY_OPERATIONS } from './ops/v2-pay';
import { TRANSFER_OPERATIONS } from './ops/v2-transfers';
import { wechatpayUploadCert } from './ops/v2-upload-cert';

export const OPERATIONS: readonly Operation[] = [
  flowcardGet,
  flowcardDetail,
  flowcardStatus,
  flowcardData,
  flowcardLocation,
  flowcardPut,
  flowcardPatch,
  flowcardNetwork,
  flowcardTransfer,
  flowcardTransferHistory,
  flowcardImport,
  flowcardImportHistory,
  flowcardReality,
  flowcardTypes,
  flowcardCategories,
  flowcardTags,
  flowcardCodes,
  datacardCodes,
  orderCodes,
  paymentCodes,
  productCategories,
  productGet,
  orderGet,
  orderStatistic,
  paymentPost,
  ...PAY_OPERATIONS,
  ...ORDER_ACTION_OPERATIONS,
  ...MERCHANT_OPERATIONS,
  wechatpayUploadCert,
  ...TRANSFER_OPERATIONS,
  ...BANK_TRANSFER_OPERATIONS,
  ...BILL_OPERATIONS,
  ...IDENTITY_OPERATIONS,
  datacardGet,
  datacardHistory,
  datacardTransfer,
  datacardGenerate,
];
