import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

@ObjectType({ description: "A China Mobile card's data session (CMIOT sim-session)" })
export class CardSession {
  @Field(() => Boolean, { description: 'True while the card has a data session open' })
  online!: boolean;

  @Field(() => String, { nullable: true, description: 'Null when offline' })
  ip!: string | null;

  @Field(() => String, { nullable: true, description: 'Radio access technology: 2G, 3G, 4G or NB-IoT' })
  rat!: string | null;

  @Field(() => String, { nullable: true, description: 'The raw CMIOT rat code: 1 3G, 2 2G, 6 4G, 8 NB-IoT' })
  ratCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The access point name of the session; null when offline' })
  apn!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the online session started' })
  since!: Date | null;
}
