import { registerEnumType } from 'type-graphql';

/** Why a card was not stopped or resumed (`card-status.md` §5.1), or how its upstream call failed. */
export const CardChangeError = {
  NOT_FOUND: 'NOT_FOUND',
  INVALID_STATE: 'INVALID_STATE',
  RESUME_NOT_ALLOWED: 'RESUME_NOT_ALLOWED',
  COOLDOWN: 'COOLDOWN',
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  UPSTREAM_RATE_LIMITED: 'UPSTREAM_RATE_LIMITED',
  UPSTREAM_AUTH_FAILED: 'UPSTREAM_AUTH_FAILED',
  UPSTREAM_BAD_RESPONSE: 'UPSTREAM_BAD_RESPONSE',
  UPSTREAM_BAD_REQUEST: 'UPSTREAM_BAD_REQUEST',
  UPSTREAM_REJECTED: 'UPSTREAM_REJECTED',
  UPSTREAM_MISCONFIGURED: 'UPSTREAM_MISCONFIGURED',
  UPSTREAM_OUTCOME_UNKNOWN: 'UPSTREAM_OUTCOME_UNKNOWN',
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
} as const;
export type CardChangeError = (typeof CardChangeError)[keyof typeof CardChangeError];

registerEnumType(CardChangeError, {
  name: 'CardChangeError',
  description: 'Why one card of suspendCards / resumeCards was not changed',
  valuesConfig: {
    NOT_FOUND: { description: 'No upstream knows the card' },
    INVALID_STATE: { description: 'The card is not in a state this change starts from (see currentState)' },
    RESUME_NOT_ALLOWED: { description: 'Only a customer-requested stop can be resumed here (CMIOT 12098, Shingsou 10102)' },
    COOLDOWN: { description: 'The same change on this card within the cooldown (3 minutes); not retried' },
    UPSTREAM_TIMEOUT: { description: 'The card lookup before the change got no answer in time; nothing was sent (outcome FAILED). A change sent without an answer is UPSTREAM_OUTCOME_UNKNOWN' },
    UPSTREAM_UNAVAILABLE: { description: 'The upstream could not be reached or failed internally; retry later' },
    UPSTREAM_RATE_LIMITED: { description: 'The upstream refused for too many requests; retry later' },
    UPSTREAM_AUTH_FAILED: { description: 'The gateway could not authenticate with the upstream' },
    UPSTREAM_BAD_RESPONSE: { description: 'The upstream answered something the gateway could not read' },
    UPSTREAM_BAD_REQUEST: { description: 'The upstream refused the request as malformed' },
    UPSTREAM_MISCONFIGURED: { description: "The gateway's endpoints or credentials do not match the upstream; an operator must fix it" },
    UPSTREAM_REJECTED: { description: 'Another business refusal; see upstreamCode and upstreamMessage' },
    UPSTREAM_OUTCOME_UNKNOWN: { description: "The change was sent but not confirmed (outcome UNKNOWN); it may have been applied: read the card's live status before retrying" },
    DEADLINE_EXCEEDED: { description: 'The request ran out of time (REQUEST_TIMEOUT_MS) during the card lookup, before the change was sent (outcome FAILED)' },
  },
});
