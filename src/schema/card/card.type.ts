import { Field, ObjectType } from 'type-graphql';
import { Node } from '../relay/node.interface';

/**
 * `id` (the global id of `Card:<ICCID>`), `carrier` and `status` are field resolvers in `card.resolver.ts`: the root object is the
 * domain `Card`, and live data is loaded only when a query asks for it.
 */
@ObjectType({ description: 'A flow card (流量卡): one SIM, addressable by ICCID, MSISDN or IMSI', implements: Node })
export class Card {
  @Field(() => String, { description: 'ICCID: 19 or 20 characters, capital letters possible' })
  iccid!: string;

  @Field(() => String, { nullable: true, description: 'MSISDN (接入号): 11 or 13 digits' })
  msisdn!: string | null;

  @Field(() => String, { nullable: true, description: 'IMSI: 15 digits' })
  imsi!: string | null;
}
