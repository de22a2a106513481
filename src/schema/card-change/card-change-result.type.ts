import { Field, ObjectType } from 'type-graphql';
import { CardChangeError } from './card-change-error.enum';
import { CardChangeOutcome } from './card-change-outcome.enum';
import { CardStatus } from '../card/card-status.type';
import { CardState } from '../common/enums';

@ObjectType({ description: 'What happened to one card of suspendCards / resumeCards' })
export class CardChangeResult {
  @Field(() => String, { description: 'The identifier as given (normalized)' })
  card!: string;

  @Field(() => String, { nullable: true, description: 'Its ICCID, when the card is known' })
  iccid!: string | null;

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

  @Field(() => String, { nullable: true, description: 'Our explanation, in English; for PENDING and UNKNOWN, how to learn the outcome' })
  message!: string | null;

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
