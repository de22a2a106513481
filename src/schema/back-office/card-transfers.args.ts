import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../relay/page.args';

@ArgsType()
export class CardTransfersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'First day, yyyy-MM-dd (Asia/Shanghai), inclusive' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, yyyy-MM-dd (Asia/Shanghai), inclusive' })
  to?: string | null;
}
