import { ObjectType } from 'type-graphql';
import { CardImportRecord } from './card-import-record.type';
import { ConnectionType } from '../relay/connection-type.factory';

@ObjectType({ description: 'A Relay connection over past card imports, newest first' })
export class CardImportRecordConnection extends ConnectionType(CardImportRecord) {}
