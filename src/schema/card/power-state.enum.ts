import { registerEnumType } from 'type-graphql';

/** CMIOT `query/on-off-status` (25M00): `1` 开机, `0` 关机 (`cmiot.md` §6.3). */
export enum PowerState {
  ON = 'ON',
  OFF = 'OFF',
}

registerEnumType(PowerState, {
  name: 'PowerState',
  description: 'Whether the device holding the card is switched on, as the network sees it',
  valuesConfig: { ON: { description: '开机: switched on' }, OFF: { description: '关机: switched off' } },
});
