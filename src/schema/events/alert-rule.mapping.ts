import type { AlertRule as DomainAlertRule } from '../../domain';
import { toFleetFilterView } from '../fleet/fleet-filter-view.type';
import { AlertRule, AlertRuleKind } from './alert-rule.type';

export function toAlertRule(rule: DomainAlertRule): AlertRule {
  const { condition, filter } = rule;
  return {
    id: rule.id,
    name: rule.name,
    kind: AlertRuleKind[condition.kind],
    usagePercent: condition.kind === 'USAGE_AT_LEAST' ? condition.percent : null,
    states: condition.kind === 'STATE_IN' ? condition.states : null,
    expiresWithinDays: condition.kind === 'EXPIRES_WITHIN' ? condition.days : null,
    filter: toFleetFilterView(filter),
    enabled: rule.enabled,
    createdAt: rule.createdAt,
    updatedAt: rule.updatedAt,
  };
}
