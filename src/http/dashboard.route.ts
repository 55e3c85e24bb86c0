import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Authenticator } from '../auth/authenticate';
import type { DashboardAccess } from '../config';
import { renderDashboardPage } from './dashboard-page';
import { pageAsset, sendPageAsset, type PageAsset } from './page-asset';
import { sendJson } from './respond';

/** Made once per process: bundled on the first request (or by `prepareDashboard` at start), then served from memory. */
let asset: Promise<PageAsset> | undefined;

/** Bundles the page now, so that the first visitor does not wait for esbuild (about a second). */
export function prepareDashboard(): Promise<PageAsset> {
  asset ??= renderDashboardPage().then(pageAsset);
  asset.catch(() => (asset = undefined));
  return asset;
}

/**
 * /dashboard: the page that draws an area's partnership graph. It holds no data: everything it shows it asks of
 * /graphql with the credentials the user pastes, so it shows exactly what the API shows that viewer. Where it is
 * not public, a request without valid credentials is refused here; `off` hides it.
 */
export function dashboardRoute(access: DashboardAccess, authenticator: Authenticator) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (access === 'off') return sendJson(response, 404, { error: 'Not found: the API is at /graphql' });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, { error: 'The dashboard answers GET' }, { allow: 'GET, HEAD, OPTIONS' });
    }
    if (access === 'authenticated') {
      const authentication = await authenticator.authenticate({
        authorization: request.headers.authorization,
        apiKey: typeof request.headers['x-api-key'] === 'string' ? request.headers['x-api-key'] : undefined,
      });
      if (!('viewer' in authentication)) {
        return sendJson(response, 401, { error: 'The dashboard is shown to signed-in users: send a token or API key' });
      }
    }
    await sendPageAsset(request, response, await prepareDashboard(), 'Accept-Encoding');
  };
}
