import type { AlertCondition } from '../../domain';
import type { AlertRulePatch } from '../../fleet-store/fleet-event-store';
import { BadUserInputError } from '../errors';
import { checkFleetFilter } from '../fleet/fleet.checks';
import type { AlertRuleInput, AlertRulePatchInput } from './alert-rule.input';

/** Rules are evaluated for every card written: a bounded number keeps the sync's writes cheap. */
export const MAX_ALERT_RULES = 100;

type ConditionFields = Pick<AlertRuleInput, 'usagePercent' | 'states' | 'expiresWithinDays'>;

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 100) throw new BadUserInputError('name', `must be 1 to 100 characters (got ${trimmed.length})`);
  return trimmed;
}

/** Exactly one condition, within its bounds; `undefined` when none is given (a patch that keeps it). */
function checkCondition(input: ConditionFields, argument: string): AlertCondition | undefined {
  const given = [input.usagePercent, input.states, input.expiresWithinDays].filter((value) => value !== null && value !== undefined).length;
  if (given === 0) return undefined;
  if (given > 1) throw new BadUserInputError(argument, 'give exactly one of usagePercent, states and expiresWithinDays');
  if (input.usagePercent !== null && input.usagePercent !== undefined) {
    if (!(input.usagePercent >= 1 && input.usagePercent <= 1000)) throw new BadUserInputError(`${argument}.usagePercent`, `must be from 1 to 1000 (got ${input.usagePercent})`);
    return { kind: 'USAGE_AT_LEAST', percent: input.usagePercent };
  }
  if (input.states !== null && input.states !== undefined) {
    if (input.states.length === 0) throw new BadUserInputError(`${argument}.states`, 'must list at least one state');
    return { kind: 'STATE_IN', states: [...new Set(input.states)] };
  }
  const days = input.expiresWithinDays as number;
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new BadUserInputError(`${argument}.expiresWithinDays`, `must be from 1 to 365 (got ${days})`);
  return { kind: 'EXPIRES_WITHIN', days };
}

export function checkAlertRuleInput(input: AlertRuleInput) {
  const condition = checkCondition(input, 'input');
  if (!condition) throw new BadUserInputError('input', 'give one of usagePercent, states and expiresWithinDays');
  return {
    name: checkName(input.name),
    condition,
    filter: checkFleetFilter(input.filter),
    enabled: input.enabled,
  };
}

export function checkAlertRulePatch(input: AlertRulePatchInput): AlertRulePatch {
  const condition = checkCondition(input, 'input');
  return {
    ...(input.name === null || input.name === undefined ? {} : { name: checkName(input.name) }),
    ...(condition ? { condition } : {}),
    ...(input.filter === null || input.filter === undefined ? {} : { filter: checkFleetFilter(input.filter) }),
    ...(input.enabled === null || input.enabled === undefined ? {} : { enabled: input.enabled }),
  };
}

/** An alert rule id is the store's integer key. */
export function checkAlertRuleId(id: string): string {
  if (!/^\d{1,15}$/.test(id)) throw new BadUserInputError('id', 'not an alert rule id');
  return id;
}
