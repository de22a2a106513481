import { registerEnumType } from 'type-graphql';

/** What is known of one card's stop or resume (`changes/card-change-result.ts`). */
export const CardChangeOutcome = {
  APPLIED: 'APPLIED',
  PENDING: 'PENDING',
  FAILED: 'FAILED',
  UNKNOWN: 'UNKNOWN',
} as const;
export type CardChangeOutcome = (typeof CardChangeOutcome)[keyof typeof CardChangeOutcome];

registerEnumType(CardChangeOutcome, {
  name: 'CardChangeOutcome',
  description: 'What is known of one card of suspendCards / resumeCards, and how to learn the rest',
  valuesConfig: {
    APPLIED: { description: 'The upstream confirmed the change (ok is true)' },
    PENDING: { description: 'Queued in a CMIOT batch job that has not finished (pending is true): poll job, or Query.cardChangeJob(id), until done' },
    FAILED: { description: 'Refused, or never sent: the card did not change (see error and message). A COOLDOWN may be sent again after the cooldown' },
    UNKNOWN: {
      description:
        "Sent but not confirmed (a timeout, a transport failure, the request's deadline; error UPSTREAM_OUTCOME_UNKNOWN): the card may have changed. " +
        "Read its live Card.status before sending the change again; never resend blindly",
    },
  },
});
