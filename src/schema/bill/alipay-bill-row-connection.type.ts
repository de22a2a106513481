import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection-type.factory';
import { AlipayBillRow } from './alipay-bill-row.type';

@ObjectType({ description: "A Relay connection over an Alipay bill's rows, in the file's order" })
export class AlipayBillRowConnection extends ConnectionType(AlipayBillRow) {}
