import { registerEnumType } from 'type-graphql';

/** The OneLink platform a China Mobile card lives on (`cmiot.md` §6, `card-status.md` §4.6). */
export enum CardPlatform {
  ONELINK_PB = 'ONELINK_PB',
  ONELINK_CT = 'ONELINK_CT',
}

registerEnumType(CardPlatform, {
  name: 'CardPlatform',
  description: 'OneLink platform of a China Mobile card (CMIOT sim-platform): PB and CT use different raw status code sets',
  valuesConfig: {
    ONELINK_PB: { description: 'OneLink-PB: status codes 00-99' },
    ONELINK_CT: { description: 'OneLink-CT: status codes 1-9' },
  },
});
