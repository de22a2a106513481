import { Authorized, Field, ObjectType } from 'type-graphql';
import type { Card as DomainCard } from '../../domain';
import { Card } from '../card/card.type';
import { CardChangeError } from './card-change-error.enum';
import { CardChangeOutcome } from './card-change-outcome.enum';
import { CardStatus } from '../card/card-status.type';
import { CardState } from '../common/enums';

/**
 * `flowCard` is the card the change looked up (or the job's results looked up), so it costs no
 * call of its own; the identifiers beside it stay for clients that only need them.
 */
@ObjectType({ description: 'What happened to one card of suspendCards / resumeCards' })
export class CardChangeResult {
  @Field(() => String, {
    description:
      'The identifier the card was asked for by (ICCID or MSISDN, normalized). In cardChangeJob results, the one given to suspendCards / resumeCards ' +
      'when this gateway submitted the job, else the MSISDN CMIOT reports',
  })
  requested!: string;

  @Field(() => String, { description: 'The same as requested', deprecationReason: 'Use requested (the identifier as asked for), iccid, msisdn, or flowCard (the Card)' })
  card!: string;

  @Field(() => String, { nullable: true, description: 'Its ICCID, when the card is known' })
  iccid!: string | null;

  @Field(() => String, { nullable: true, description: 'Its MSISDN (接入号), when the card is known' })
  msisdn!: string | null;

  @Authorized('iot.cardservice.flowcard.get')
  @Field(() => Card, { nullable: true, description: 'The card itself, when known: the one looked up for the change, at no extra call' })
  flowCard!: DomainCard | null;

  @Field(() => CardChangeOutcome, {
    description:
      'APPLIED, PENDING (poll job or Query.cardChangeJob), FAILED (did not change), or UNKNOWN (sent, not confirmed: read the card\'s live status before trying again)',
  })
  outcome!: CardChangeOutcome;

  @Field(() => Boolean, { description: 'True when the card changed (outcome APPLIED)' })
  ok!: boolean;

  @Field(() => Boolean, { description: 'True while its CMIOT batch job runs (outcome PENDING): poll job (or Query.cardChangeJob) for the outcome' })
  pending!: boolean;

  @Field(() => CardChangeError, { nullable: true, description: 'Why it did not change, or UPSTREAM_OUTCOME_UNKNOWN when outcome is UNKNOWN; null when applied or pending' })
  error!: CardChangeError | null;

  @Field(() => String, { description: 'Our explanation, in English, on every result; for PENDING and UNKNOWN, how to learn the outcome' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'The upstream that carried the change: shingsou or cmiot' })
  upstream!: string | null;

  @Field(() => String, { nullable: true, description: "The upstream's own code, e.g. 10103 or 12036" })
  upstreamCode!: string | null;

  @Field(() => String, { nullable: true, description: "The upstream's own message, often Chinese" })
  upstreamMessage!: string | null;

  @Field(() => CardStatus, { nullable: true, description: 'The status after the call, when the upstream reports it' })
  status!: CardStatus | null;

  @Field(() => CardState, { nullable: true, description: "The card's state when known; with INVALID_STATE, the state it is in" })
  currentState!: CardState | null;
}
