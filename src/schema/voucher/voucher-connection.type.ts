import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection-type.factory';
import { Voucher } from './voucher.type';

@ObjectType({ description: 'A Relay connection over recharge vouchers' })
export class VoucherConnection extends ConnectionType(Voucher) {}
