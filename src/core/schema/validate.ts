// Validates a document's data against its kind's JSON Schema and places each problem on the exact key or value.
import type { ErrorObject } from 'ajv';
import briefSchema from '../../../schemas/brief.schema.json';
import proposalSchema from '../../../schemas/proposal.schema.json';
import agencySchema from '../../../schemas/agency.schema.json';
import { rangeOf, type Part } from '../locate';
import type { ParsedDocument } from '../parse';
import type { DataPath, DocumentKind, Finding } from '../types';
import { schemaFixes } from './fixes';
import { schemaMessage, type SchemaNode } from './messages';
import * as generated from './validators.generated';

export const SCHEMAS: Record<DocumentKind, object> = { brief: briefSchema, proposal: proposalSchema, agency: agencySchema };

/** Validators generated at build time from the schemas (scripts/gen-validators.mjs): nothing compiles at run time. */
type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const VALIDATORS: Record<DocumentKind, Validator> = { brief: generated.brief, proposal: generated.proposal, agency: generated.agency };

export function validateSchema(parsed: ParsedDocument, kind: DocumentKind): Finding[] {
  const validate = VALIDATORS[kind];
  if (validate(parsed.data)) return [];
  const propertyAt = (instancePath: string) => propertyInSchema(SCHEMAS[kind], pathOf(instancePath));
  return withoutBranchNoise(validate.errors ?? []).map((error) => toFinding(parsed, error, propertyAt));
}

/**
 * When a value matches none of the forms an `anyOf`/`oneOf` allows, Ajv reports why each form failed, and then
 * the `anyOf` itself. One clear sentence about the value is better than three about forms it was never meant to
 * take, so the branches' errors are dropped.
 */
function withoutBranchNoise(errors: ErrorObject[]): ErrorObject[] {
  const choices = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`);
  // An `if` error only says its `then` failed; the `then` error says how.
  return errors.filter((e) => e.keyword !== 'if' && !choices.some((prefix) => e.schemaPath.startsWith(prefix)));
}

type SchemaObject = SchemaNode & { properties?: Record<string, SchemaObject>; items?: SchemaObject; $ref?: string };

/** The schema of the property at a data path, following `properties`, `items` and local `$ref`s. */
function propertyInSchema(root: object, path: DataPath): SchemaNode | undefined {
  let node: SchemaObject | undefined = root as SchemaObject;
  for (const segment of path) {
    node = resolveRef(root, node);
    node = typeof segment === 'number' ? node?.items : node?.properties?.[segment];
  }
  return resolveRef(root, node);
}

function resolveRef(root: object, node: SchemaObject | undefined): SchemaObject | undefined {
  for (let hops = 0; node?.$ref?.startsWith('#/') && hops < 8; hops++) {
    node = node.$ref
      .slice(2)
      .split('/')
      .reduce<any>((at, key) => at?.[key], root) as SchemaObject | undefined;
  }
  return node;
}

function toFinding(parsed: ParsedDocument, error: ErrorObject, propertyAt: (instancePath: string) => SchemaNode | undefined): Finding {
  const path = pathOf(error.instancePath);
  let target: DataPath = path;
  let part: Part = 'value';
  if (error.keyword === 'additionalProperties') {
    target = [...path, String((error.params as { additionalProperty: string }).additionalProperty)];
    part = 'key';
  } else if (error.keyword === 'required' || (error.keyword === 'type' && typeof error.data === 'object' && error.data !== null)) {
    // A whole block of the wrong shape, or one missing a field: the key names it best.
    part = 'key';
  }
  const dotted = path.join('.');
  const known = Object.keys((propertyAt(error.instancePath) as SchemaObject | undefined)?.properties ?? {});
  const fixes = schemaFixes(parsed, error, path, known);
  return {
    source: 'schema',
    code: dotted ? `${dotted}/${error.keyword}` : error.keyword,
    severity: 'error',
    ...schemaMessage(error, propertyAt),
    range: rangeOf(parsed, target, part),
    path: target,
    ...(fixes.length > 0 ? { fixes } : {}),
  };
}

function pathOf(instancePath: string): DataPath {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
