import { Field, Int, ObjectType } from 'type-graphql';
import { formatFen } from '../../domain';

@ObjectType({ description: 'An amount of money in CNY: integer fen (分) and its display form' })
export class Money {
  @Field(() => Int, { description: 'Whole fen: 2410 is ¥24.10' })
  fen!: number;

  @Field(() => String, { description: 'e.g. ¥24.10' })
  formatted!: string;
}

export function toMoney(fen: number): Money {
  return { fen, formatted: formatFen(fen) };
}
