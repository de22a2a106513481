import { registerEnumType } from 'type-graphql';

/** Which upstream answered a live read (mirrors the domain's `LiveSource`). */
export enum LiveSource {
  CMIOT = 'CMIOT',
  SHINGSOU = 'SHINGSOU',
}

registerEnumType(LiveSource, {
  name: 'LiveSource',
  description: "Which upstream answered: CMIOT (China Mobile's own platform) or SHINGSOU (the aggregator)",
  valuesConfig: {
    CMIOT: { description: "China Mobile's own IoT platform (OneLink)" },
    SHINGSOU: { description: 'The Shingsou aggregator, which serves every carrier' },
  },
});
