import { ObjectType } from 'type-graphql';
import { CardTaxon } from './card-taxon.type';
import { ConnectionType } from '../relay/connection-type.factory';

@ObjectType({ description: 'A Relay connection over card types, categories or tags' })
export class CardTaxonConnection extends ConnectionType(CardTaxon) {}
