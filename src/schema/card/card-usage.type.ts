import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { LiveSource } from './live-source.enum';

@ObjectType({ description: "A card's data use in one month: integer KB as the carriers count, with MB helpers (1 MB = 1024 KB)" })
export class CardUsage {
  @Field(() => String, { description: 'yyyy-MM, Asia/Shanghai' })
  month!: string;

  @Field(() => Int)
  usedKB!: number;

  @Field(() => Int, { nullable: true, description: 'Null when the source reports no quota: CMIOT never does; some Shingsou plans have none' })
  quotaKB!: number | null;

  @Field(() => Int, { nullable: true })
  remainingKB!: number | null;

  @Field(() => Float)
  usedMB!: number;

  @Field(() => Float, { nullable: true })
  quotaMB!: number | null;

  @Field(() => Float, { nullable: true })
  remainingMB!: number | null;

  @Field(() => GraphQLDateTimeISO, {
    description: 'The instant the count covers up to. CMIOT counts the current month up to yesterday 24:00 (cmiot.md §5)',
  })
  asOf!: Date;

  @Field(() => LiveSource)
  source!: LiveSource;
}
