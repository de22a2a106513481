import { registerEnumType } from 'type-graphql';
import { CardChangeJobStatus } from '../../domain';

registerEnumType(CardChangeJobStatus, {
  name: 'CardChangeJobStatus',
  description: 'A CMIOT batch job; rawStatus keeps the jobStatus 0-4',
  valuesConfig: {
    QUEUED: { description: '0 待处理' },
    RUNNING: { description: '1 处理中' },
    SUCCEEDED: { description: '2 处理完成: every card changed' },
    PARTLY_FAILED: { description: '3 done, some cards refused (see results)' },
    FAILED: { description: '4 处理失败: nothing changed' },
    UNKNOWN: { description: 'A jobStatus outside the contract' },
  },
});

export { CardChangeJobStatus };
