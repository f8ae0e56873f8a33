// `proposal-studio funnel FILE`: what the budget of a brief or proposal buys, as a small table or as JSON.
import * as path from 'node:path';
import { computeFunnel } from '../core/funnel';
import { funnelRows, funnelVerdict } from '../core/funnelTable';
import { t, type MessageId } from '../core/i18n';
import { parseSource } from '../core/parse';
import { readText } from './files';
import { oneOf, parseOptions, usageEntry, type OptionSpec } from './args';
import { usageError, type CliIO } from './io';

/** The command's entry in the usage text, in `locale`. */
export function funnelUsage(locale: string): string {
  return usageEntry('proposal-studio funnel [--format text|json] [--locale TAG] FILE', locale, 'cli.usage.funnel');
}

export const FUNNEL_OPTIONS = { format: 'string', locale: 'string' } as const satisfies OptionSpec;

/** Parses the arguments of `funnel` and runs it; `locale` is the language of the run (`--locale`, else the environment's). */
export function funnelCommand(args: string[], io: CliIO, locale: string): number {
  const { values, positionals } = parseOptions(args, FUNNEL_OPTIONS);
  const format = oneOf(values.format, ['text', 'json'], '--format', 'text');
  if (positionals.length !== 1) throw usageError('cli.error.needsOneFile', { command: 'funnel' });
  return funnel({ format, locale, file: positionals[0] }, io);
}

export interface FunnelOptions {
  format: 'text' | 'json';
  locale: string;
  file: string;
}

export function funnel(options: FunnelOptions, io: CliIO): number {
  const absolute = path.resolve(io.cwd, options.file);
  const shown = path.relative(io.cwd, absolute) || absolute;
  const parsed = parseSource(readText(absolute, shown));
  const data = parsed.data;
  const say = (id: MessageId, args?: Parameters<typeof t>[2]) => t(options.locale, id, args);
  if (!parsed.usable || typeof data !== 'object' || data === null || Array.isArray(data)) {
    const problem = parsed.findings.find((f) => f.severity === 'error');
    const said = problem?.localized ? say(problem.localized.id as MessageId, problem.localized.args) : problem?.message;
    const where = problem ? `${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${said}` : say('cli.notAMapping');
    return fail(io, options.format, shown, null, say('cli.cannotRead', { where }));
  }
  const result = computeFunnel(data as Record<string, unknown>);
  if (!result.ok) return fail(io, options.format, shown, result.field, say(result.localized.id, result.localized.args));

  const { funnel } = result;
  if (options.format === 'json') {
    const report = {
      budget: funnel.budget,
      currency: funnel.currency,
      leads: funnel.leads,
      cost_per_deal: funnel.cost_per_deal,
      deals_achievable: funnel.deals_achievable,
      deals_handled: funnel.deals_handled,
      deals_expected: funnel.deals_expected,
      budget_needed: funnel.budget_needed,
      capacity_limited: funnel.capacity_limited,
      revenue: funnel.revenue,
      roas: funnel.roas,
    };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const inputs = ((data as Record<string, unknown>).funnel ?? {}) as Record<string, unknown>;
  const rows = funnelRows(funnel, inputs, options.locale);
  const labelWidth = Math.max(...rows.map((row) => row.label.length));
  const valueWidth = Math.max(...rows.map((row) => row.value.length));
  const lines = rows.map((row) => `  ${row.label.padEnd(labelWidth)}  ${row.note ? row.value.padStart(valueWidth) + `  (${row.note})` : row.value.padStart(valueWidth)}`);
  const verdict = funnelVerdict(funnel, options.locale);
  io.out(`${shown}\n${lines.join('\n')}\n${verdict ? `\n${verdict}\n` : ''}`);
  return 0;
}

function fail(io: CliIO, format: 'text' | 'json', file: string, field: string | null, message: string): number {
  if (format === 'json') io.out(`${JSON.stringify({ error: { field, message } }, null, 2)}\n`);
  io.err(`${file}: ${message}\n`); // the message names the field
  return 1;
}
