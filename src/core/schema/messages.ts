// Turns JSON Schema errors into sentences an account manager understands, named after the field's own title
// in the schema ("Monthly budget must be a positive amount; got -10"), never after a JSON pointer.
import type { ErrorObject } from 'ajv';

export type SchemaNode = {
  title?: string;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
};

/**
 * `propertyAt` gives the schema of the property at a data path: errors raised inside `if`/`then` or `anyOf`
 * branches carry the branch's schema, which has no title or examples of its own.
 */
export function schemaMessage(error: ErrorObject, propertyAt: (instancePath: string) => SchemaNode | undefined): string {
  const property = propertyAt(error.instancePath);
  const schema = { ...property, ...(error.parentSchema as SchemaNode) } as SchemaNode;
  schema.title ??= property?.title;
  schema.examples ??= property?.examples;
  const title = schema.title ?? lastSegment(error.instancePath);
  const got = `; got ${describe(error.data)}`;
  const params = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'type':
      return `${title} must be ${typeNoun(String(params.type))}${got}`;
    case 'exclusiveMinimum':
      return params.limit === 0 ? `${title} must be a positive amount${got}` : `${title} must be more than ${params.limit}${got}`;
    case 'minimum':
      return `${title} must be at least ${params.limit}${got}`;
    case 'maximum':
      return `${title} must be at most ${params.limit}${got}`;
    case 'exclusiveMaximum':
      return `${title} must be less than ${params.limit}${got}`;
    case 'enum':
      return `${title} must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}${got}${suggestion(error.data, params.allowedValues)}`;
    case 'const':
      return `${title} must be "${String(params.allowedValue)}"${got}`;
    case 'pattern':
      return `${title} is not in the expected form${got}${exampleHint(schema)}`;
    case 'minLength':
      return params.limit === 1 ? `${title} must not be empty` : `${title} must be at least ${params.limit} characters long`;
    case 'maxLength':
      return `${title} must be at most ${params.limit} characters long; it has ${String(error.data).length}`;
    case 'minItems':
      return `${title} needs at least ${params.limit} ${params.limit === 1 ? 'item' : 'items'}`;
    case 'maxItems':
      return `${title} may hold at most ${params.limit} items; it has ${(error.data as unknown[]).length}`;
    case 'uniqueItems':
      return `${title} lists the same item twice (items ${params.j + 1} and ${params.i + 1})`;
    case 'required': {
      const missing = String(params.missingProperty);
      const childTitle = schema.properties?.[missing]?.title;
      const owner = error.instancePath ? title : 'The document';
      return `${owner} needs "${missing}"${childTitle && childTitle.toLowerCase() !== missing.replace(/_/g, ' ') ? ` (${lowerFirst(childTitle)})` : ''}`;
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const owner = error.instancePath ? title : 'the document';
      return `"${extra}" is not a field of ${lowerFirst(owner)}${suggestion(extra, Object.keys(schema.properties ?? {}))}`;
    }
    case 'anyOf':
    case 'oneOf':
      return `${title} is not in an accepted form${got}${exampleHint(schema)}`;
    default:
      return `${title} ${error.message ?? 'is not valid'}`;
  }
}

function lastSegment(instancePath: string): string {
  const last = instancePath.split('/').pop();
  return last ? `"${last.replace(/~1/g, '/').replace(/~0/g, '~')}"` : 'The document';
}

function typeNoun(type: string): string {
  const nouns: Record<string, string> = {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'a block of named fields (key: value)',
    array: 'a list (items starting with "- ")',
    null: 'empty',
  };
  return type.split(',').map((t) => nouns[t] ?? t).join(' or ');
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}…"` : JSON.stringify(value);
  if (typeof value === 'number') return Number.isNaN(value) ? 'not-a-number (.nan)' : Number.isFinite(value) ? String(value) : 'an infinite number';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a block of fields';
  return String(value);
}

function exampleHint(schema: SchemaNode): string {
  const examples = (schema.examples ?? []).filter((e) => typeof e !== 'object').slice(0, 2);
  return examples.length ? `. For example: ${examples.map((e) => JSON.stringify(e)).join(' or ')}` : '';
}

/** "; did you mean …?" when a value is one small typo away from an allowed one. */
function suggestion(value: unknown, allowed: unknown[]): string {
  if (typeof value !== 'string') return '';
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    if (typeof candidate !== 'string') continue;
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? `; did you mean "${best}"?` : '';
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
