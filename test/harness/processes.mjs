// Child processes that must not outlive the script that started them. Each is started as the leader of its own
// process group, so stopping it also stops whatever it spawned (code-server forks its extension host and more).
// Ctrl-C, SIGTERM and SIGHUP run every registered cleanup before exiting; any exit kills the groups left.
import { spawn } from 'node:child_process';
import os from 'node:os';

const liveGroups = new Set();
const cleanups = new Set();
let handlersInstalled = false;

/** Spawns a process group that is killed on exit or on a signal if it was not stopped before. */
export function spawnGroup(command, args, options = {}) {
  installHandlersOnce();
  const child = spawn(command, args, { ...options, detached: true });
  liveGroups.add(child);
  child.once('exit', () => liveGroups.delete(child));
  return child;
}

/** Asks the group to stop, then forces it after `graceMs`; resolves once the leader has exited. */
export async function stopGroup(child, graceMs = 5000) {
  signalGroup(child, 'SIGTERM');
  const stoppedInTime = await exited(child, graceMs);
  // Whatever is left of the group (or a leader that ignored SIGTERM) is killed outright.
  signalGroup(child, 'SIGKILL');
  if (!stoppedInTime) await exited(child, graceMs);
  liveGroups.delete(child);
}

/** Registers an async cleanup to run if a signal interrupts the script; returns its unregister function. */
export function onInterrupt(cleanup) {
  installHandlersOnce();
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

function exited(child, timeoutMs) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function killLiveGroups() {
  for (const child of liveGroups) signalGroup(child, 'SIGKILL');
}

async function stopOnSignal(signal) {
  console.error(`\n${signal}: stopping what this script started`);
  const pending = [...cleanups].reverse().map((cleanup) => cleanup().catch(() => {}));
  const giveUp = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
  await Promise.race([Promise.all(pending), giveUp]);
  process.exit(128 + os.constants.signals[signal]);
}

function installHandlersOnce() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killLiveGroups);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => stopOnSignal(signal));
}
