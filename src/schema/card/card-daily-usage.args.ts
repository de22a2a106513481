import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class CardDailyUsageArgs {
  @Field(() => String, {
    description: 'yyyy-MM-dd, Asia/Shanghai: one of the 7 days before today (yesterday at the latest), the window CMIOT allows',
  })
  date!: string;
}
