/**
 * FlowCard as the Shingsou API renders it (`shingsou.md` §5.1): the ICCID in `cardNo`, the raw
 * integer status of the operator's table with its exact label (§6.7).
 */
import { CARD_CATEGORIES, CARD_TYPES, OPERATOR_OF, PRODUCTS, PRODUCT_CATEGORIES } from '../../fleet/catalog';
import { renderShingsouStatus } from '../../fleet/render';
import { OPERATOR_NAMES } from '../../fleet/shingsou-labels';
import type { SimCard } from '../../fleet/types';
import { isoShanghai } from '../../shared/time';

const taxon = (list: readonly { id: number; name: string }[], id: number | null) => {
  const found = id === null ? undefined : list.find((t) => t.id === id);
  return found ? { id: found.id, name: found.name } : null;
};

/** `电信 - 月清零 3GB`: category name + package name. */
export function packageName(card: SimCard): string | null {
  const product = PRODUCTS.find((p) => p.id === card.packageId);
  if (!product) return null;
  const category = PRODUCT_CATEGORIES.find((c) => c.id === product.categoryId);
  return category ? `${category.name} ${product.name}` : product.name;
}

const isoOrNull = (ms: number | null) => (ms === null ? null : isoShanghai(ms));

export function toFlowCardDto(card: SimCard, statusCheckedAt?: number) {
  const { status, statusName } = renderShingsouStatus(card);
  return {
    cardNo: card.iccid,
    iccid: card.iccid,
    msisdn: card.msisdn,
    imsi: card.imsi === '' ? null : card.imsi,
    operator: OPERATOR_OF[card.carrier],
    operatorName: OPERATOR_NAMES[card.carrier],
    status,
    statusName,
    statusUpdatedAt: isoShanghai(Math.max(card.statusChangedAt, statusCheckedAt ?? 0)),
    type: taxon(CARD_TYPES, card.typeId),
    category: taxon(CARD_CATEGORIES, card.categoryId),
    tags: [...card.tags],
    remark: card.remark,
    packageName: packageName(card),
    openedAt: isoShanghai(card.openedAt),
    activatedAt: isoOrNull(card.activatedAt),
    expiresAt: isoOrNull(card.expiresAt),
    realName: card.realName.verified,
  };
}
