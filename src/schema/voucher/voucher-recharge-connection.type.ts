import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection-type.factory';
import { VoucherRecharge } from './voucher-recharge.type';

@ObjectType({ description: 'A Relay connection over voucher recharges, newest first' })
export class VoucherRechargeConnection extends ConnectionType(VoucherRecharge) {}
