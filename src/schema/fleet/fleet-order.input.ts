import { Field, InputType } from 'type-graphql';
import { FleetOrderField } from './fleet-order-field.enum';
import { SortDirection } from './sort-direction.enum';

@InputType('FleetOrder', { description: 'The order of a fleet page; ties are broken by ICCID' })
export class FleetOrderInput {
  @Field(() => FleetOrderField, { description: 'What to sort by' })
  field!: FleetOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (default) or DESC' })
  direction!: SortDirection;
}
