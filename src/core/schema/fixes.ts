// The fixes a schema finding has when the right answer is plain: a misspelled key renamed to the field it is one
// typo away from, a value outside its list replaced by one of the allowed values (the nearest first). Each edit
// replaces only the key's or the value's own characters: comments, quotes elsewhere and layout stay.
import type { ErrorObject } from 'ajv';
import { isScalar, parseDocument, type Node } from 'yaml';
import { message } from '../i18n';
import { locate } from '../locate';
import type { ParsedDocument } from '../parse';
import type { DataPath, Fix } from '../types';
import { closest } from './messages';

/** At most this many allowed values are offered one by one; a longer list is for completion, not the light bulb. */
const MAX_VALUES_OFFERED = 8;

export function schemaFixes(parsed: ParsedDocument, error: ErrorObject, path: DataPath, known: readonly string[]): Fix[] {
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty: string }).additionalProperty);
    const suggestion = closest(extra, known);
    const key = locate(parsed, [...path, extra]).pair?.key;
    if (!suggestion || !isPlainScalar(key)) return [];
    const [start, end] = key.range;
    return [fix('fix.renameKey', { from: extra, to: suggestion }, start, end, asYaml(suggestion))];
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
    const { node } = locate(parsed, path);
    if (!isScalar(node) || !node.range || allowed.length > MAX_VALUES_OFFERED) return [];
    const nearest = closest(error.data, allowed.map(String));
    const ordered = nearest === undefined ? allowed : [...allowed.filter((v) => String(v) === nearest), ...allowed.filter((v) => String(v) !== nearest)];
    const [start, end] = node.range;
    return ordered.map((value) => fix('fix.useValue', { value: String(value) }, start, end, typeof value === 'number' ? String(value) : asYaml(value)));
  }
  return [];
}

function fix(id: 'fix.renameKey' | 'fix.useValue', args: Record<string, string>, start: number, end: number, newText: string): Fix {
  const { message: title, localized } = message(id, args);
  return { title, localized, edits: [{ offset: start, length: end - start, newText }] };
}

function isPlainScalar(node: unknown): node is Node & { range: [number, number, number] } {
  return isScalar(node) && node.type === 'PLAIN' && Boolean(node.range);
}

/** A text as YAML writes it: plain where it reads back as that text, double-quoted otherwise. */
function asYaml(text: string): string {
  const read = parseDocument(`k: ${text}`, { schema: 'core' });
  return read.errors.length === 0 && (read.toJS() as { k?: unknown })?.k === text ? text : JSON.stringify(text);
}
