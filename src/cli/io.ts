/** Where the command line writes, so tests can run it in-process and read what it said. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** Bad usage or unreadable input: exit code 2, with the message on stderr. */
export class UsageError extends Error {}
