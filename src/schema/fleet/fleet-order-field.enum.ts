import { registerEnumType } from 'type-graphql';

/** What a fleet page is sorted by (the store's `FleetOrderField`). */
export enum FleetOrderField {
  USAGE_PERCENT = 'USAGE_PERCENT',
  USED_KB = 'USED_KB',
  EXPIRES_AT = 'EXPIRES_AT',
  STATE_CHANGED_AT = 'STATE_CHANGED_AT',
  ICCID = 'ICCID',
}

registerEnumType(FleetOrderField, {
  name: 'FleetOrderField',
  description: 'What a fleet page is sorted by; ties are broken by ICCID, so the order and the cursors are stable',
  valuesConfig: {
    USAGE_PERCENT: { description: "This month's data used as a percentage of the quota; cards without a quota last" },
    USED_KB: { description: "This month's data used, in KB" },
    EXPIRES_AT: { description: 'Package or service expiry; cards without one last' },
    STATE_CHANGED_AT: { description: 'When the carrier says the state last changed' },
    ICCID: { description: 'The ICCID (the default)' },
  },
});
