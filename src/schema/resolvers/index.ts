import type { NonEmptyArray } from 'type-graphql';
import { CardResolver } from './card.resolver';

/**
 * Every resolver class of the API, one per type (STYLE.md). type-graphql 2.0 takes classes
 * only (no file globs), so adding a type means adding its class here.
 */
export const RESOLVERS: NonEmptyArray<Function> = [CardResolver];
