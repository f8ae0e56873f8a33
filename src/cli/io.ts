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

/** Bad usage or unreadable input: exit code 2, with the message on stderr. */
export class UsageError extends Error {}
