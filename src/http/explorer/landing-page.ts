import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { EXPLORER_PATH } from './page';

/** `GET /graphql?sandbox` shows Apollo's embedded Sandbox (its landing page plugin). */
export const SANDBOX_QUERY = 'sandbox';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}
a{color:#0b5cad}li{margin:.75rem 0}code{font-size:.9em}`;
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>SimGraph GraphQL</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <h1>SimGraph GraphQL endpoint</h1>
    <p>POST GraphQL operations to this URL. To explore the schema in a browser:</p>
    <ul>
      <li><a href="${EXPLORER_PATH}"><strong>Offline explorer</strong> (${EXPLORER_PATH})</a>: GraphiQL served by this gateway; loads nothing from any other host.</li>
      <li><a href="?${SANDBOX_QUERY}"><strong>Apollo Sandbox</strong></a>: Apollo's IDE; loads its scripts from Apollo's CDN and fonts from Google, so it needs internet access.</li>
    </ul>
  </body>
</html>
`;

/**
 * A browser's `GET /graphql` (one that prefers HTML, as Apollo decides) gets a choice between the
 * offline explorer and Apollo's Sandbox. Apollo's landing page plugin cannot add a link: its
 * Sandbox covers the whole window, and its "you might be offline" fallback names nothing. So this
 * page answers first and `?sandbox` lets the request through to Apollo's plugin, whose Sandbox
 * then sends operations to that same URL (`/graphql?sandbox`, a POST Apollo serves as any other).
 */
export function landingPage(req: Request, res: Response, next: NextFunction): void {
  // Apollo's own test (ApolloServer.prefersHTML): JSON and multipart rank before HTML.
  const prefersHtml = req.accepts(['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html']) === 'text/html';
  if (!prefersHtml || SANDBOX_QUERY in (req.query as Record<string, unknown>)) {
    next();
    return;
  }
  res.set('content-security-policy', `default-src 'none'; style-src ${STYLE_HASH}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
  res.set('cache-control', 'no-store');
  res.type('html').send(PAGE);
}
