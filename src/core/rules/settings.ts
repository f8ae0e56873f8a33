// The `proposalStudio.rules` setting as package.json declares it: the schema of rulesConfigSchema, with every
// `description` replaced by a `%key%` whose text is in package.nls.json (English) and package.nls.{ru,he,ar}.json,
// so VS Code shows each rule's and each option's description in its display language.
// scripts/gen-settings.mjs writes both files from here; test/unit/config.test.ts checks they are up to date.
import { rulesConfigSchema } from './config';
import type { Rule } from './rule';

/** The prefix of the keys this module owns in package.nls*.json (besides it, `config.rules.markdownDescription`). */
export const SETTING_KEY_PREFIX = 'config.rules.';

export interface SettingContribution {
  /** `properties` of the setting, each description a `%key%`. */
  readonly properties: Record<string, unknown>;
  /** The English text of each key, in the order the schema gives them. */
  readonly nls: Record<string, string>;
}

/**
 * The setting's properties with descriptions as `%config.rules.<name>.description%` (a rule, a tag or `default`)
 * and `%config.rules.<name>.<option>.description%` (an option of a rule), with the English text of each key.
 */
export function settingContribution(rules: readonly Rule[]): SettingContribution {
  const schema = rulesConfigSchema(rules) as { properties: Record<string, unknown> };
  const nls: Record<string, string> = {};
  const keyed = (node: unknown, names: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => keyed(item, names));
    if (!isRecord(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description' && typeof value === 'string') {
        const nlsKey = `${SETTING_KEY_PREFIX}${[...names, 'description'].join('.')}`;
        if (nlsKey in nls && nls[nlsKey] !== value) throw new Error(`Two descriptions for ${nlsKey}`);
        nls[nlsKey] = value;
        out[key] = `%${nlsKey}%`;
      } else if (key === 'properties' && isRecord(value)) {
        // Under `properties` the keys are names (of options, or of a block's entries): they extend the key.
        out[key] = Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, keyed(inner, [...names, name])]));
      } else if (key === 'default' || key === 'enum') {
        out[key] = value; // values, never text to translate
      } else {
        out[key] = keyed(value, names);
      }
    }
    return out;
  };
  const properties = Object.fromEntries(Object.entries(schema.properties).map(([name, node]) => [name, keyed(node, [name])]));
  return { properties, nls };
}

/** The setting's properties with each `%key%` replaced by its text, as VS Code shows them. */
export function resolveNls(node: unknown, texts: Readonly<Record<string, string>>): unknown {
  if (typeof node === 'string') {
    const key = /^%(.+)%$/.exec(node)?.[1];
    return key !== undefined && key in texts ? texts[key] : node;
  }
  if (Array.isArray(node)) return node.map((item) => resolveNls(item, texts));
  if (!isRecord(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolveNls(value, texts)]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
