import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { LiveSource } from './live-source.enum';

@ObjectType({ description: "A card's data use in one month: integer KB as the carriers count, with MB helpers (1 MB = 1024 KB)" })
export class CardUsage {
  @Field(() => String, { description: 'yyyy-MM, Asia/Shanghai' })
  month!: string;

  @Field(() => Int, { description: 'Data used so far in the month, in KB' })
  usedKB!: number;

  @Field(() => Int, { nullable: true, description: 'Null when the source reports no quota: CMIOT never does; some Shingsou plans have none' })
  quotaKB!: number | null;

  @Field(() => Int, { nullable: true, description: 'Data left in the month, in KB, as Shingsou reports it; null without a quota, and always null from CMIOT' })
  remainingKB!: number | null;

  @Field(() => Float, { description: 'usedKB / 1024' })
  usedMB!: number;

  @Field(() => Float, { nullable: true, description: 'quotaKB / 1024; null without a quota' })
  quotaMB!: number | null;

  @Field(() => Float, { nullable: true, description: 'remainingKB / 1024; null without a quota' })
  remainingMB!: number | null;

  @Field(() => GraphQLDateTimeISO, {
    description: 'The instant the count covers up to. CMIOT counts the current month up to yesterday 24:00',
  })
  asOf!: Date;

  @Field(() => LiveSource, { description: 'The upstream that answered' })
  source!: LiveSource;
}
