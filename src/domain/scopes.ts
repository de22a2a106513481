/**
 * Scopes are the vendor's permission codes (`shingsou.md` §2.5), used for the gateway's own
 * API keys too, so an operator grants a dashboard key `iot.cardservice.flowcard.get` exactly as
 * they grant a Shingsou application.
 *
 * DECISION: a granted `X.all` covers every code under `X` (the vendor's family and service
 * `.all` codes, generalized to every level, so `iot.payment.alipay.all` covers Alipay's actions).
 */
export function scopeSatisfies(granted: ReadonlySet<string>, required: string): boolean {
  if (granted.has(required)) return true;
  const parts = required.split('.');
  for (let length = parts.length - 1; length >= 1; length -= 1) {
    if (granted.has(`${parts.slice(0, length).join('.')}.all`)) return true;
  }
  return false;
}

/** The well-formed shape of a permission code: dot-separated lower-case words. */
export const SCOPE_PATTERN = /^[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+$/;

/** Every scope the gateway's fields require, for the demo key and for documentation. */
export const ALL_SCOPES = ['iot.cardservice.all', 'iot.paymentservice.all', 'iot.payment.all', 'simgraph.all'] as const;

/**
 * The gateway's own scopes, for what no vendor has: alert rules and webhooks (issue 15). Reading
 * events needs the scope of the cards they are about (`iot.cardservice.flowcard.get`).
 */
export const ALERTS_MANAGE_SCOPE = 'simgraph.alerts.manage';
export const WEBHOOKS_MANAGE_SCOPE = 'simgraph.webhooks.manage';
