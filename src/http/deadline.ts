import type { ServerResponse } from 'node:http';
import { requestCancelled, requestTimedOut } from '../shared/service-failures';

export interface Deadline {
  signal: AbortSignal;
  clear(): void;
}

/**
 * Aborts when the request has run for `limitMs` or its client has gone away. The database layer refuses every
 * further statement of an aborted request, so its work stops; a statement already running is bounded by
 * PostgreSQL's statement timeout.
 */
export function requestDeadline(response: ServerResponse, limitMs: number): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(requestTimedOut(limitMs)), limitMs);
  timer.unref();
  const onClose = () => {
    if (!response.writableFinished) controller.abort(requestCancelled());
  };
  response.once('close', onClose);
  return {
    signal: controller.signal,
    clear() {
      clearTimeout(timer);
      response.off('close', onClose);
    },
  };
}
