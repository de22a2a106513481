import { Field, Float, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { LiveSource } from './live-source.enum';

@ObjectType({ description: 'A last known position (WGS-84 decimal degrees), usually a base-station fix' })
export class CardLocation {
  @Field(() => Float, { description: 'Longitude, WGS-84 decimal degrees' })
  lng!: number;

  @Field(() => Float, { description: 'Latitude, WGS-84 decimal degrees' })
  lat!: number;

  @Field(() => Float, { nullable: true, description: 'Metres; null when the source does not say (CMIOT)' })
  accuracy!: number | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the position was fixed; null when the source does not say' })
  at!: Date | null;

  @Field(() => LiveSource, { description: 'The upstream that answered' })
  source!: LiveSource;
}
