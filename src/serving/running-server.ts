import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * While a server holds an embedded (PGlite) database, it says so in a file beside it: PGlite is one process's
 * alone, so `npm run api-key` must ask that server rather than open the directory a second time.
 */
export interface RunningServer {
  pid: number;
  /** Where the server listens, e.g. http://127.0.0.1:4000. */
  url: string;
  /** Whether it trusts development tokens signed by the key in the same directory. */
  trustsDevelopmentTokens: boolean;
}

const markerFile = (dataDir: string) => join(dataDir, 'server.json');

export function announceRunningServer(dataDir: string, server: RunningServer): () => void {
  const file = markerFile(dataDir);
  writeFileSync(file, JSON.stringify(server), { mode: 0o600 });
  return () => rmSync(file, { force: true });
}

/** The server holding `dataDir`, if one is running (a file left by a server that died is ignored). */
export function runningServer(dataDir: string): RunningServer | null {
  const file = markerFile(dataDir);
  if (!existsSync(file)) return null;
  let server: RunningServer;
  try {
    server = JSON.parse(readFileSync(file, 'utf8')) as RunningServer;
  } catch {
    return null;
  }
  try {
    process.kill(server.pid, 0);
    return server;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? server : null;
  }
}
