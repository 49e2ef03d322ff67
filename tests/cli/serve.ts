/** Starting a long-running npm command (dev server, preview) on a free port, and stopping it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The environment as a staff member's shell has it: without what vitest sets (NODE_ENV=test, BASE_URL, MODE, VITEST …), which a build would read. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return {
    // The public address the test sites carry (a public build refuses to run without one).
    SITE_URL: 'https://example.invalid',
    ...cleanShellEnv(),
  };
}

/** The shell's environment without what vitest sets. */
function cleanShellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'].includes(k) &&
        !k.startsWith('VITEST'),
    ),
  );
}

export interface Served {
  origin: string;
  output: () => string;
  stop: () => void;
}

/** Runs `npm run <script> [-- args]` in `cwd` until `origin` answers; everything it prints is kept. */
export async function serve(
  cwd: string,
  script: string,
  port: number,
  args: string[] = [],
  env: Record<string, string> = {},
  timeoutMs = 170_000,
): Promise<Served> {
  const child: ChildProcess = spawn(
    'npm',
    ['run', script, ...(args.length ? ['--', ...args] : [])],
    {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...cleanEnv(),
        ...env,
        PATH: `${join(cwd, 'node_modules/.bin')}:${process.env['PATH']}`,
      },
    },
  );
  let output = '';
  child.stdout!.on('data', (d) => {
    output += String(d);
  });
  child.stderr!.on('data', (d) => {
    output += String(d);
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${origin}/`);
      return { origin, output: () => output, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  stop();
  throw new Error(`npm run ${script} did not serve ${origin}:\n${output}`);
}
