/**
 * The domain layer: carriers, card identifiers, the normalized card lifecycle with its raw code
 * tables, money/data units and Asia/Shanghai time. Pure: it imports nothing but itself
 * (ARCHITECTURE.md).
 */

export * from './assert-never';
export * from './result';
export * from './carrier';
export * from './card';
export * from './card-live';
export * from './card-extra';
export * from './card-change';
export * from './card-change-job';
export * from './back-office';
export * from './voucher';
export * from './identifiers';
export * from './card-state';
export * from './cmiot-platform';
export * from './stop-reason';
export * from './status-tables';
export * from './normalize-status';
export * from './units';
export * from './time';
export * from './scopes';
export * from './payments';
export * from './merchant-payments';
export * from './payment-scopes';
export * from './transfers';
export * from './bills';
export * from './card-event';
export * from './fleet-filter';
export * from './card-event-match';
export * from './webhook';
