import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection-type.factory';
import { FundFlowRow } from './fund-flow-row.type';

@ObjectType({ description: "A Relay connection over a fund flow's rows, in the file's order" })
export class FundFlowRowConnection extends ConnectionType(FundFlowRow) {}
