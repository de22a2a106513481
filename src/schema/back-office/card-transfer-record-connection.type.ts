import { ObjectType } from 'type-graphql';
import { CardTransferRecord } from './card-transfer-record.type';
import { ConnectionType } from '../relay/connection-type.factory';

@ObjectType({ description: 'A Relay connection over past card transfers, newest first' })
export class CardTransferRecordConnection extends ConnectionType(CardTransferRecord) {}
