import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A China Mobile card's data use on one day (CMIOT sim-data-usage-daily), integer KB with an MB helper (1 MB = 1024 KB)" })
export class CardDailyUsage {
  @Field(() => String, { description: 'yyyy-MM-dd, Asia/Shanghai' })
  date!: string;

  @Field(() => Int, { description: 'Data used on the day, in KB' })
  usedKB!: number;

  @Field(() => Float, { description: 'usedKB / 1024' })
  usedMB!: number;
}
