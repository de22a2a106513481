/**
 * Rendering a card's stored state as a Shingsou raw code (`card-status.md` §6, columns 移动, 电信,
 * 联通) with its label (`shingsou.md` §6.7). The CMIOT PB/CT codes are rendered in
 * `src/simulators/cmiot/`.
 *
 * The Shingsou view of a China Mobile card is lossy by design (§6): INVENTORY renders as `7` and
 * TEST as `0`, and every two-way stop as `2`.
 */
import { SHINGSOU_STATUS_LABELS } from './shingsou-labels';
import type { SimCard, SimSuspendReason } from './types';

export interface ShingsouStatus {
  status: number;
  statusName: string;
}

type StateOnly = Pick<SimCard, 'carrier' | 'state' | 'suspendReason' | 'barring'>;

function mobileCode(card: StateOnly): number {
  switch (card.state) {
    case 'INVENTORY':
    case 'ACTIVATION_READY':
      return 7;
    case 'TEST':
    case 'ACTIVE':
      return 0;
    case 'SUSPENDED':
      return card.suspendReason === 'ARREARS' && card.barring === 'ONE_WAY' ? 1 : 2;
    case 'PRE_TERMINATION':
      return 3;
    case 'TERMINATED':
      return 4;
    case 'NOT_FOUND':
      return 99;
  }
}

/** Telecom stops by reason (§6 row "other reason": 7/8/150001/160000/170000). */
const TELECOM_STOP: Record<SimSuspendReason, number> = {
  USER_REQUEST: 2,
  KEEP_NUMBER: 120000,
  ARREARS: 5,
  VIOLATION: 7,
  LOST: 8,
  REAL_NAME: 150001,
  DATA_ANOMALY: 160000,
  OPERATOR: 170000,
  // Not seeded on Telecom cards; the nearest stop code keeps the state SUSPENDED.
  DEVICE_BINDING: 170000,
  REGION_LIMIT: 170000,
  PLAN_EXPIRED: 170000,
  OTHER: 170000,
};

function telecomCode(card: StateOnly): number {
  switch (card.state) {
    case 'INVENTORY':
      return 11;
    case 'TEST':
      return 100001;
    case 'ACTIVATION_READY':
      return 19;
    case 'ACTIVE':
      return 1;
    case 'SUSPENDED':
      if (card.suspendReason === 'ARREARS' && card.barring === 'ONE_WAY') return 6;
      return TELECOM_STOP[card.suspendReason ?? 'OTHER'];
    case 'PRE_TERMINATION':
      return 140000;
    case 'TERMINATED':
      return 3;
    case 'NOT_FOUND':
      return -1;
  }
}

function unicomCode(card: StateOnly): number {
  switch (card.state) {
    case 'INVENTORY':
      return 4;
    case 'TEST':
      return 3;
    case 'ACTIVATION_READY':
      return 6;
    case 'ACTIVE':
      return 1;
    case 'SUSPENDED':
      return 2;
    case 'PRE_TERMINATION':
      return 7;
    case 'TERMINATED':
    case 'NOT_FOUND':
      return 8;
  }
}

export function renderShingsouStatus(card: StateOnly): ShingsouStatus {
  const status =
    card.carrier === 'CHINA_MOBILE' ? mobileCode(card) : card.carrier === 'CHINA_TELECOM' ? telecomCode(card) : unicomCode(card);
  return { status, statusName: SHINGSOU_STATUS_LABELS[card.carrier].get(status) ?? '' };
}
