// proposal-studio: the same checks as the editor, from a terminal or CI. Every word it says to a person comes from
// the core's catalogs, in the language of `--locale`, else the environment's (LC_ALL, LC_MESSAGES, LANG).
import { t } from '../core/i18n';
import { oneOf, parseOptions, requestedLocale, usageEntry, type OptionSpec } from './args';
import { exportFile } from './export';
import { environmentLocale, UsageError, usageError, type CliIO } from './io';
import { FUNNEL_OPTIONS, funnelCommand, funnelUsage } from './funnel';
import { lint } from './lint';

/** The usage text in `locale`: the synopses as typed, the descriptions in words of the catalogs. */
export function usage(locale: string): string {
  return (
    `${t(locale, 'cli.usage')}\n` +
    usageEntry('proposal-studio lint [--format text|json] [--locale TAG] PATH...', locale, 'cli.usage.lint') +
    usageEntry('proposal-studio export FILE [--out PATH] [--force] [--locale TAG]', locale, 'cli.usage.export') +
    usageEntry('proposal-studio export FILE --pdf [--paper auto|a4|letter] [--browser PATH] [--out PATH] [--force]', locale, 'cli.usage.exportPdf') +
    funnelUsage(locale) +
    `\n${t(locale, 'cli.usage.locale')}\n`
  );
}

/** A command: the options it takes, and what it does with its arguments in the language of the run (already checked). */
interface Command {
  options: OptionSpec;
  run(args: string[], io: CliIO, locale: string): number | Promise<number>;
}

const LINT_OPTIONS = { format: 'string', locale: 'string' } as const satisfies OptionSpec;
const EXPORT_OPTIONS = { out: 'string', force: 'boolean', locale: 'string', pdf: 'boolean', paper: 'string', browser: 'string' } as const satisfies OptionSpec;
const PAPERS = { auto: 'auto', a4: 'A4', letter: 'Letter' } as const;

const COMMANDS: Record<string, Command> = {
  lint: {
    options: LINT_OPTIONS,
    run: (args, io, locale) => {
      const { values, positionals } = parseOptions(args, LINT_OPTIONS);
      const format = oneOf(values.format, ['text', 'json'], '--format', 'text');
      if (positionals.length === 0) throw usageError('cli.error.lintNeedsPaths');
      return lint({ format, paths: positionals, locale }, io);
    },
  },
  export: {
    options: EXPORT_OPTIONS,
    run: (args, io, locale) => {
      const { values, positionals } = parseOptions(args, EXPORT_OPTIONS);
      if (positionals.length !== 1) throw usageError('cli.error.needsOneFile', { command: 'export' });
      if (!values.pdf && (values.paper !== undefined || values.browser !== undefined)) throw usageError('cli.error.pdfOnly');
      const paper = PAPERS[oneOf(values.paper?.toLowerCase(), ['auto', 'a4', 'letter'] as const, '--paper', 'auto')];
      const pdf = values.pdf ? { paper, browser: values.browser } : undefined;
      return exportFile({ file: positionals[0], out: values.out, force: values.force ?? false, locale, pdf }, io);
    },
  },
  funnel: { options: FUNNEL_OPTIONS, run: funnelCommand },
};

/** The exit code; a promise of it for a command that waits on another process (`export --pdf`). */
export function main(argv: string[], io: CliIO): number | Promise<number> {
  const [command, ...args] = argv;
  let locale = environmentLocale(io.env);
  try {
    const found = command !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
    // `proposal-studio --help --locale ru` speaks Russian too.
    locale = requestedLocale(args, found?.options ?? { locale: 'string' }) ?? locale;
    const asksForHelp = (arg: string) => arg === '--help' || arg === '-h';
    // `proposal-studio lint --help` too: a person asking how to call a command is not calling it wrong.
    if (!command || command === 'help' || asksForHelp(command) || (found && args.some(asksForHelp))) {
      (command ? io.out : io.err)(usage(locale));
      return command ? 0 : 2;
    }
    if (!found) throw usageError('cli.error.unknownCommand', { command });
    const code = found.run(args, io, locale);
    // A command that waits (`export --pdf`) can still end in bad usage (an output it cannot write): said the same way.
    return typeof code === 'number' ? code : code.catch((error: unknown) => usageOrThrow(error, io, locale));
  } catch (error) {
    return usageOrThrow(error, io, locale);
  }
}

/** Bad usage is said with the usage text (exit code 2); anything else is a bug, and goes on up. */
function usageOrThrow(error: unknown, io: CliIO, locale: string): number {
  if (error instanceof UsageError) {
    io.err(`proposal-studio: ${error.text(locale)}\n\n${usage(locale)}`);
    return 2;
  }
  throw error;
}

/** The process entry: `bin/proposal-studio.js` calls this. */
export function runFromProcess(): void {
  // A reader that closes the pipe early (`| head -1`) is normal: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const code = main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  });
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((exit) => (process.exitCode = exit));
}
