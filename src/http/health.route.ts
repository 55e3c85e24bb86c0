import type { ServerResponse } from 'node:http';
import { databaseAnswers, type Database } from '../db';
import type { InFlight } from './in-flight';
import { sendJson } from './respond';

/** A load balancer polls readiness every few seconds: it must hear "no" quickly, not wait for a dead database. */
const readinessTimeoutMs = 1_000;

/** `/healthz`: the process is up (liveness). It reads nothing, so it answers while the database is away. */
export function sendHealth(response: ServerResponse): void {
  sendJson(response, 200, { status: 'ok' });
}

/** `/readyz`: the database answers within a second and the server is not shutting down. */
export async function sendReadiness(response: ServerResponse, db: Database, inFlight: InFlight): Promise<void> {
  if (inFlight.isDraining) return sendJson(response, 503, { status: 'shutting down' });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), readinessTimeoutMs)));
  const ready = await Promise.race([databaseAnswers(db).catch(() => false), timedOut]);
  clearTimeout(timer);
  sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'database not answering' });
}
