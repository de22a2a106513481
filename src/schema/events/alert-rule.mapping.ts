import type { AlertRule as DomainAlertRule } from "../../domain";
import { AlertRule, AlertRuleKind } from "./alert-rule.type";

export function toAlertRule(rule: DomainAlertRule): AlertRule {
  const { condition, filter } = rule;
  return {
    id: rule.id,
    name: rule.name,
    kind: AlertRuleKind[condition.kind],
    usagePercent:
      condition.kind === "USAGE_AT_LEAST" ? condition.percent : null,
    states: condition.kind === "STATE_IN" ? condition.states : null,
    expiresWithinDays:
      condition.kind === "EXPIRES_WITHIN" ? condition.days : null,
    filter: {
      states: filter.states ? [...filter.states] : null,
      carriers: filter.carriers ? [...filter.carriers] : null,
      tags: filter.tags ? [...filter.tags] : null,
      typeIds: filter.typeIds ? [...filter.typeIds] : null,
      categoryIds: filter.categoryIds ? [...filter.categoryIds] : null,
      keyword: filter.keyword ?? null,
      usagePercentAtLeast: filter.usagePercentAtLeast ?? null,
      expiresBefore: filter.expiresBefore ?? null,
      realName: filter.realName ?? null,
    },
    enabled: rule.enabled,
    createdAt: rule.createdAt,
    updatedAt: rule.updatedAt,
  };
}
