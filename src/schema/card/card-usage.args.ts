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
    description: 'Accept a cached answer up to this many seconds old (kept at most 300 s); 0 = always live',
  })
  maxAge?: number | null;
}
