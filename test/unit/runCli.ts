// Runs the command line in this process, as `proposal-studio ARGS` typed in `cwd`, and keeps what it printed. Without
// `env` the command sees no environment (so no LANG): its words are English unless `--locale` says otherwise.
import { main } from '../../src/cli/main';

export function runCli(args: string[], cwd: string, env?: Record<string, string>): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, { out: (text) => (stdout += text), err: (text) => (stderr += text), cwd, env });
  return { code, stdout, stderr };
}
