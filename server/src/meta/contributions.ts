import type { Rule } from '../rules/types';

/** The settings schema for per-rule severities, generated from rule metadata so no rule is listed by hand. */
export function ruleSettingsContribution(rules: readonly Rule[]): {
  property: Record<string, unknown>;
  nls: { en: Record<string, string>; ko: Record<string, string> };
} {
  const properties: Record<string, unknown> = {};
  const en: Record<string, string> = {};
  const ko: Record<string, string> = {};
  for (const { meta } of [...rules].sort((a, b) => a.meta.code.localeCompare(b.meta.code))) {
    const key = `rule.${meta.code}`;
    properties[meta.code] = {
      type: 'string',
      enum: ['error', 'warning', 'information', 'hint', 'off'],
      default: meta.severity,
      markdownDescription: `%${key}%`,
    };
    en[key] = `${meta.description.en} ([docs](https://github.com/ntp-config/ntp-config/blob/main/docs/rules/${meta.code}.md))`;
    ko[key] = `${meta.description.ko} ([문서](https://github.com/ntp-config/ntp-config/blob/main/docs/rules/${meta.code}.md))`;
  }
  return {
    property: { type: 'object', default: {}, markdownDescription: '%config.rules%', properties, additionalProperties: { type: 'string', enum: ['error', 'warning', 'information', 'hint', 'off'] } },
    nls: { en, ko },
  };
}
