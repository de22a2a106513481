import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class CardUsageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'yyyy-MM, Asia/Shanghai: the current month (default) or one of the 5 before it, the window CMIOT allows',
  })
  month?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 0,
    description: "Accept a count read up to this many seconds ago (0 to 86400): the fleet store's reading of the current month, else the live cache's (kept 300 s), else live. asOf says what the count covers up to. 0 = always live",
  })
  maxAge?: number | null;
}
