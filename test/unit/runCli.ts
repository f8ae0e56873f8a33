// Runs the command line in this process, as `proposal-studio ARGS` typed in `cwd`, and keeps what it printed. Without
// `env` the command sees no environment (so no LANG): its words are English unless `--locale` says otherwise.
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A command that answers at once (all but `export --pdf`). */
export function runCli(args: string[], cwd: string, env?: Record<string, string>): CliRun {
  let stdout = '';
  let stderr = '';
  const code = main(args, { out: (text) => (stdout += text), err: (text) => (stderr += text), cwd, env });
  if (typeof code !== 'number') throw new Error(`proposal-studio ${args.join(' ')} waits on another process: use runCliAsync`);
  return { code, stdout, stderr };
}

/** Any command, `export --pdf` included (it waits for the browser that prints). */
export async function runCliAsync(args: string[], cwd: string, env?: Record<string, string>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (text) => (stdout += text), err: (text) => (stderr += text), cwd, env });
  return { code, stdout, stderr };
}
