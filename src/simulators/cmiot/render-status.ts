import type { SimCard } from '../fleet/types';

/**
 * Renders a stored card state as the raw CMIOT codes (`card-status.md` §6, CMIOT columns).
 * The simulator decides refusals from the stored state and reason, never from these codes.
 */

/** PB code set (`cmiot.md` §6.1): v2 `STATUS` and v5 `cardStatus` of OneLink-PB cards. */
export function renderPbCode(card: SimCard): string {
  switch (card.state) {
    case 'ACTIVE':
    case 'TEST': // TEST is `00` + lifecycle `01` (§6); the lifecycle tells them apart.
      return '00';
    case 'SUSPENDED':
      // §6: one-way barring renders `01` (arrears first stage); every other stop is `02`.
      return card.barring === 'ONE_WAY' ? '01' : '02';
    case 'PRE_TERMINATION':
      return '03';
    case 'TERMINATED':
      return '04';
    case 'ACTIVATION_READY':
    // PB has no inventory code and §6 seeds none; a PB card moved to INVENTORY by an
    // operType reads back as 待激活, the nearest not-yet-in-service code.
    case 'INVENTORY':
      return '07';
    case 'NOT_FOUND':
      return '99';
  }
}

/**
 * CT code set (`cmiot.md` §6.2). `null` for NOT_FOUND: §6 answers those with `12010`.
 */
export function renderCtCode(card: SimCard): string | null {
  switch (card.state) {
    case 'ACTIVATION_READY':
      return '1';
    case 'ACTIVE':
      return '2';
    case 'SUSPENDED':
      return '4';
    case 'TEST':
      return '6';
    case 'INVENTORY':
      return '7';
    case 'PRE_TERMINATION':
      return '8';
    case 'TERMINATED':
      return '9';
    case 'NOT_FOUND':
      return null;
  }
}

/** v5 `sim-status.cardStatus`: the code set follows the card's platform (§6). */
export function renderCardStatus(card: SimCard): string | null {
  return card.platform === 'CT' ? renderCtCode(card) : renderPbCode(card);
}

/** `OneLink-PB` | `OneLink-CT` (`cmiot.md` §3.3, inferred values). */
export function renderPlatformType(card: SimCard): string {
  return card.platform === 'CT' ? 'OneLink-CT' : 'OneLink-PB';
}

/**
 * v2 `lifecycle` (`cmiot.md` §6.3): `00` 正式期, `01` 测试期, `02` 沉默期, `03` 其他.
 * `card-status.md` §4.1 reads `01` with `00` as TEST and `02` as ACTIVATION_READY.
 */
export function renderLifecycle(card: SimCard): string {
  switch (card.state) {
    case 'ACTIVE':
    case 'SUSPENDED':
      return '00';
    case 'TEST':
      return '01';
    case 'ACTIVATION_READY':
      return '02';
    case 'INVENTORY':
    case 'PRE_TERMINATION':
    case 'TERMINATED':
    case 'NOT_FOUND':
      return '03';
  }
}
