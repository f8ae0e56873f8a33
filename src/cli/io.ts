import { ref, t, type MessageArg, type MessageArgs, type MessageId, type MessageRef } from '../core/i18n';

/** Where the command line writes, so tests can run it in-process and read what it said. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** The environment, for the default message language (LC_ALL, LC_MESSAGES, LANG); tests may leave it out. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The language POSIX says messages should be in: LC_ALL, else LC_MESSAGES, else LANG; `C`/`POSIX` are English. */
export function environmentLocale(env: Readonly<Record<string, string | undefined>> = {}): string {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((candidate) => candidate !== undefined && candidate !== '');
  if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) return 'en';
  return value.split('.')[0].replace('_', '-');
}

/**
 * Bad usage or unreadable input: exit code 2, with the message on stderr. It carries a message of the catalogs (or
 * a way to say it in any language), said in the language of the run where it is caught; `message` is its English.
 */
export class UsageError extends Error {
  private readonly say: (locale: string) => string;

  constructor(said: MessageRef<MessageId> | ((locale: string) => string)) {
    const say = typeof said === 'function' ? said : (locale: string) => t(locale, said.id, said.args);
    super(say('en'));
    this.say = say;
  }

  /** The message in `locale`. */
  text(locale: string): string {
    return this.say(locale);
  }
}

/** A usage error saying message `id`. */
export function usageError(id: MessageId, args?: MessageArgs): UsageError {
  return new UsageError(ref(id, args));
}

/** Why a file could not be read or written, in words where Node's error code has common ones, else the code itself. */
export function reasonOf(error: unknown): MessageArg {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return ref('cli.reason.notFound');
    case 'EACCES':
    case 'EPERM':
      return ref('cli.reason.denied');
    case 'EISDIR':
      return ref('cli.reason.isFolder');
    case 'ENOTDIR':
      return ref('cli.reason.notFolder');
    case 'ELOOP':
      return ref('cli.reason.loop');
    default:
      return code ?? String(error);
  }
}
