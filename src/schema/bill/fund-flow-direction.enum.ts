import { registerEnumType } from 'type-graphql';
import { FundFlowDirection } from '../../domain';

registerEnumType(FundFlowDirection, {
  name: 'FundFlowDirection',
  description: 'Whether money came in or went out',
  valuesConfig: { INCOME: { description: '收入' }, EXPENSE: { description: '支出' } },
});

export { FundFlowDirection };
