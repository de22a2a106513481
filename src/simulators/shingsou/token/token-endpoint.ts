/**
 * `POST /connect/token` (`shingsou.md` §2.1–2.2): IdentityServer4 2.x client-credentials
 * behaviour, with its 400 errors and headers. Secrets are compared and forgotten: never echoed,
 * never logged.
 */
import type { Request, Response } from 'express';
import type { ClientRegistration } from '../credentials';
import { IDENTITY_SCOPES } from '../scopes';
import { parseTokenForm, TokenForm } from './form';
import type { TokenStore } from './token-store';

export interface TokenEndpointDeps {
  clients: ReadonlyMap<string, ClientRegistration>;
  tokens: TokenStore;
  lifetimeSec(): number;
  oneActiveToken(): boolean;
  now(): number;
}

/** IdentityServer's exact headers; `res.send` would lower-case the charset, so write directly. */
export function sendTokenJson(res: Response, status: number, body: Record<string, unknown>): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=UTF-8');
  res.setHeader('Cache-Control', 'no-store, no-cache, max-age=0');
  res.setHeader('Pragma', 'no-cache');
  res.end(JSON.stringify(body));
}

const send = sendTokenJson;

const fail = (res: Response, error: string): void => send(res, 400, { error });

/** Basic credentials are url-encoded before base64 (RFC 6749 §2.3.1), as IdentityServer reads them. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  const m = /^Basic\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return null;
  const decoded = Buffer.from(m[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  try {
    return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}

function authenticate(req: Request, form: TokenForm, clients: TokenEndpointDeps['clients']): ClientRegistration | null {
  const creds = basicCredentials(req.get('authorization')) ?? { id: form.get('client_id') ?? '', secret: form.get('client_secret') ?? '' };
  const client = clients.get(creds.id);
  return client && creds.secret !== '' && creds.secret === client.secret ? client : null;
}

export function createTokenEndpoint(deps: TokenEndpointDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    if (req.method !== 'POST') return fail(res, 'invalid_request');
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const form = await parseTokenForm(req.get('content-type'), body);
    if (!form) return fail(res, 'invalid_request');
    const client = authenticate(req, form, deps.clients);
    if (!client) return fail(res, 'invalid_client');
    const grantType = form.get('grant_type');
    if (!grantType) return fail(res, 'unsupported_grant_type');
    const known = ['client_credentials', 'authorization_code', 'password', 'refresh_token', 'implicit', 'hybrid'];
    if (!known.includes(grantType)) return fail(res, 'unsupported_grant_type');
    if (!client.grantTypes.includes(grantType)) return fail(res, 'unauthorized_client');
    const requested = (form.get('scope') ?? '').split(' ').filter((s) => s !== '');
    // An omitted scope means every scope the client may use; identity scopes do not apply here.
    const scopes = requested.length > 0 ? requested : [...client.allowedScopes].filter((s) => !IDENTITY_SCOPES.includes(s));
    if (scopes.some((s) => !client.allowedScopes.has(s) || IDENTITY_SCOPES.includes(s))) return fail(res, 'invalid_scope');
    const lifetime = deps.lifetimeSec();
    const token = deps.tokens.issue(
      { clientId: client.clientId, account: client.account, scopes: new Set(scopes) },
      lifetime,
      deps.oneActiveToken(),
      deps.now(),
    );
    send(res, 200, { access_token: token, expires_in: lifetime, token_type: 'Bearer' });
  };
}
