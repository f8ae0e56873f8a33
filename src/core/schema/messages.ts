// Turns JSON Schema errors into sentences an account manager understands, named after the field's own title
// in the schema ("Monthly budget must be a positive amount; got -10"), never after a JSON pointer.
import type { ErrorObject } from 'ajv';
import { message, ref, type MessageArg, type MessageArgs, type MessageId, type MessageRef } from '../i18n';

export type SchemaNode = {
  title?: string;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
};

/**
 * `propertyAt` gives the schema of the property at a data path: errors raised inside `if`/`then` or `anyOf`
 * branches carry the branch's schema, which has no title or examples of its own. The message names the field by
 * its title in English and by its YAML key path in the other languages (the schema's titles are English only).
 */
export function schemaMessage(error: ErrorObject, propertyAt: (instancePath: string) => SchemaNode | undefined): { message: string; localized: MessageRef } {
  const property = propertyAt(error.instancePath);
  const schema = { ...property, ...(error.parentSchema as SchemaNode) } as SchemaNode;
  schema.title ??= property?.title;
  schema.examples ??= property?.examples;
  const path = keyPath(error.instancePath);
  const field: MessageArg = { en: schema.title ?? lastSegment(error.instancePath), other: path ? `"${path}"` : ref('schema.theDocument') };
  const got = ref('schema.got', { value: describe(error.data) });
  const params = error.params as Record<string, any>;
  const text = (id: MessageId, args: MessageArgs = {}) => message(id, { field, ...args });
  switch (error.keyword) {
    case 'type':
      return text('schema.type', { type: { list: String(params.type).split(',').map(typeNoun), join: 'or' }, got });
    case 'exclusiveMinimum':
      return params.limit === 0 ? text('schema.positive', { got }) : text('schema.moreThan', { limit: String(params.limit), got });
    case 'minimum':
      return text('schema.atLeast', { limit: String(params.limit), got });
    case 'maximum':
      return text('schema.atMost', { limit: String(params.limit), got });
    case 'exclusiveMaximum':
      return text('schema.lessThan', { limit: String(params.limit), got });
    case 'enum':
      return text('schema.enum', { allowed: (params.allowedValues as unknown[]).map(String).join(', '), got, hint: suggestion(error.data, params.allowedValues) });
    case 'const':
      return text('schema.const', { allowed: String(params.allowedValue), got });
    case 'pattern':
      return text('schema.pattern', { got, hint: exampleHint(schema) });
    case 'minLength':
      return params.limit === 1 ? text('schema.empty') : text('schema.minLength', { limit: Number(params.limit) });
    case 'maxLength':
      return text('schema.maxLength', { limit: Number(params.limit), length: String(String(error.data).length) });
    case 'minItems':
      return text('schema.minItems', { limit: Number(params.limit) });
    case 'maxItems':
      return text('schema.maxItems', { limit: Number(params.limit), length: String((error.data as unknown[]).length) });
    case 'uniqueItems':
      return text('schema.uniqueItems', { first: String(params.j + 1), second: String(params.i + 1) });
    case 'required': {
      const missing = String(params.missingProperty);
      const childTitle = schema.properties?.[missing]?.title;
      const owner: MessageArg = error.instancePath ? field : ref('schema.theDocument');
      const shown = childTitle && childTitle.toLowerCase() !== missing.replace(/_/g, ' ');
      return message('schema.required', { field: owner, key: missing, title: shown ? { en: ` (${lowerFirst(childTitle)})`, other: '' } : '' });
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const owner: MessageArg = error.instancePath ? { en: lowerFirst(schema.title ?? lastSegment(error.instancePath)), other: `"${path}"` } : ref('schema.theDocumentLower');
      return message('schema.additional', { key: extra, field: owner, hint: suggestion(extra, Object.keys(schema.properties ?? {})) });
    }
    case 'anyOf':
    case 'oneOf':
      return text('schema.notAccepted', { got, hint: exampleHint(schema) });
    default:
      return text('schema.other', { detail: error.message ?? 'is not valid' });
  }
}

function lastSegment(instancePath: string): string {
  const last = instancePath.split('/').pop();
  return last ? `"${last.replace(/~1/g, '/').replace(/~0/g, '~')}"` : 'The document';
}

/** `/budget/monthly` → `budget.monthly`; list items by index: `team[0].name`. */
function keyPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), '');
}

function typeNoun(type: string): MessageArg {
  const nouns: Record<string, MessageId> = {
    string: 'schema.typeString',
    number: 'schema.typeNumber',
    integer: 'schema.typeInteger',
    boolean: 'schema.typeBoolean',
    object: 'schema.typeObject',
    array: 'schema.typeArray',
    null: 'schema.typeNull',
  };
  return nouns[type] ? ref(nouns[type]) : type;
}

/** The value found, in words: quoted text and numbers as they are, the rest named. */
export function describe(value: unknown): MessageArg {
  if (value === null || value === undefined) return ref('schema.valueNothing');
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}…"` : JSON.stringify(value);
  if (typeof value === 'number') return Number.isNaN(value) ? ref('schema.valueNaN') : Number.isFinite(value) ? String(value) : ref('schema.valueInfinite');
  if (Array.isArray(value)) return ref('schema.valueList');
  if (typeof value === 'object') return ref('schema.valueBlock');
  return String(value);
}

function exampleHint(schema: SchemaNode): MessageArg {
  const examples = (schema.examples ?? []).filter((e) => typeof e !== 'object').slice(0, 2);
  return examples.length ? ref('schema.forExample', { examples: { list: examples.map((e) => JSON.stringify(e)), join: 'or' } }) : '';
}

/** "; did you mean …?" when a value is one small typo away from an allowed one. */
function suggestion(value: unknown, allowed: readonly unknown[]): MessageArg {
  const best = closest(value, allowed);
  return best !== undefined ? ref('schema.didYouMean', { suggestion: best }) : '';
}

/** The allowed text one small typo away from `value` (the nearest, within a third of its length), if any. */
export function closest(value: unknown, allowed: readonly unknown[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    if (typeof candidate !== 'string') continue;
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
