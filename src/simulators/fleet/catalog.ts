/**
 * Fixed catalogue data: the packages of the vendor's H5 demo (`shingsou.md` §6.1: "电信 - 月清零",
 * ¥12 1GB … ¥53 8GB), card taxonomy and the Shingsou accounts. The ids are stable so that docs and
 * tests can name them (product 12 is "电信 - 月清零 3GB", as in the contract's example).
 */
import type { SimOperator, SimProduct, SimProductCategory, SimTaxon } from './catalog-types';

const GB = 1024 * 1024;

export const PRODUCT_CATEGORIES: readonly SimProductCategory[] = [
  { id: 1, name: '移动 - 月清零', operator: 1, resetPolicy: '月清零' },
  { id: 2, name: '联通 - 月清零', operator: 2, resetPolicy: '月清零' },
  { id: 3, name: '电信 - 月清零', operator: 3, resetPolicy: '月清零' },
  { id: 4, name: '移动 - 不清零', operator: 1, resetPolicy: '不清零' },
];

/** The demo tiles: price in fen and quota in GB. */
const TILES: readonly (readonly [number, number])[] = [
  [1200, 1],
  [1800, 2],
  [2410, 3],
  [3000, 4],
  [4100, 6],
  [5300, 8],
];

function productsOf(category: SimProductCategory, firstId: number, tiles: readonly (readonly [number, number])[]): SimProduct[] {
  return tiles.map(([price, gb], i) => ({
    id: firstId + i,
    name: `${gb}GB`,
    categoryId: category.id,
    operator: category.operator,
    price,
    dataQuotaKb: gb * GB,
    resetPolicy: category.resetPolicy,
    validityMonths: category.resetPolicy === '月清零' ? 1 : 12,
    onSale: true,
  }));
}

const [mobile, unicom, telecom, mobileKeep] = PRODUCT_CATEGORIES as [
  SimProductCategory,
  SimProductCategory,
  SimProductCategory,
  SimProductCategory,
];

export const PRODUCTS: readonly SimProduct[] = [
  ...productsOf(mobile, 1, TILES),
  ...productsOf(unicom, 7, TILES.slice(0, 3)),
  ...productsOf(telecom, 10, TILES),
  ...productsOf(mobileKeep, 16, [[9900, 20], [19900, 50]]),
  { id: 18, name: '不限量', categoryId: 4, operator: 1, price: 29900, dataQuotaKb: null, resetPolicy: '不清零', validityMonths: 12, onSale: true },
  // Off sale: present in orders of the past, absent from product-get.
  { id: 19, name: '500MB', categoryId: 3, operator: 3, price: 800, dataQuotaKb: 512 * 1024, resetPolicy: '月清零', validityMonths: 1, onSale: false },
];

export function productsForOperator(operator: SimOperator): SimProduct[] {
  return PRODUCTS.filter((p) => p.operator === operator && p.onSale);
}

export const CARD_TYPES: readonly SimTaxon[] = [
  { id: 1, name: '共享单车' },
  { id: 2, name: '车联网' },
  { id: 3, name: '智能表计' },
  { id: 4, name: 'POS机' },
  { id: 5, name: '穿戴设备' },
];

export const CARD_CATEGORIES: readonly SimTaxon[] = [
  { id: 1, name: '华北项目' },
  { id: 2, name: '华南项目' },
  { id: 3, name: '西南项目' },
  { id: 4, name: '华中项目' },
  { id: 5, name: '华东项目' },
];

export const CARD_TAGS: readonly SimTaxon[] = [
  { id: 1, name: '冷链' },
  { id: 2, name: '试点' },
  { id: 3, name: '重点客户' },
  { id: 4, name: '已巡检' },
  { id: 5, name: '高流量' },
];

/** The demo client's own account, and the others cards can be transferred to (划卡). */
export const DEMO_ACCOUNT = 'agent-001';
export const ACCOUNTS: readonly string[] = [DEMO_ACCOUNT, 'agent-002', 'agent-003'];

export const OPERATOR_OF = { CHINA_MOBILE: 1, CHINA_UNICOM: 2, CHINA_TELECOM: 3 } as const;
