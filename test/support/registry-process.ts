import { spawn, type ChildProcess } from 'node:child_process';

/** A registry started as an operator starts it, `node --import tsx src/main.ts`, in a process group of its own. */
export interface RegistryProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
  kill(): void;
}

export function startRegistryProcess(port: number, env: Record<string, string>): RegistryProcess {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  delete childEnv.DATABASE_URL;
  Object.assign(childEnv, env);
  const child = spawn('node', ['--import', 'tsx', 'src/main.ts'], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    },
  };
}

export async function untilListening(started: RegistryProcess, ms = 170_000): Promise<void> {
  for (let waited = 0; waited < ms; waited += 200) {
    if (/Partnership registry on http/.test(started.output())) return;
    if (started.child.exitCode !== null) throw new Error(`the registry stopped: ${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the registry did not start: ${started.output()}`);
}

export async function graphqlAt(url: string, token: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (await response.json()) as { data?: any; errors?: unknown[] };
}
