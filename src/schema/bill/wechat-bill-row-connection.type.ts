import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection-type.factory';
import { WechatBillRow } from './wechat-bill-row.type';

@ObjectType({ description: "A Relay connection over a WeChat Pay bill's rows, in the file's order" })
export class WechatBillRowConnection extends ConnectionType(WechatBillRow) {}
