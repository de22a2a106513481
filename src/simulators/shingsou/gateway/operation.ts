/**
 * One Shingsou operation (`shingsou.md` §4): its id (also the stats route id), verb, action path,
 * optional REST alias, the scopes that satisfy it, and its handler.
 */
import type { z } from 'zod';
import type { Fleet } from '../../fleet/fleet';
import type { ScopeRule } from '../scopes';
import type { ShingsouState } from '../state';

export type Verb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface OpContext {
  fleet: Fleet;
  state: ShingsouState;
  /** The caller's Shingsou account (from its token). */
  account: string;
  now: number;
  /** This server's own origin as the caller reached it, for pay URLs. */
  baseUrl: string;
  /** The query with lower-cased names (ASP.NET binds them case-insensitively). */
  query: Record<string, string>;
  rawBody: Buffer;
  contentType: string | undefined;
  /** Validates the query; throws the §2.4 row-9 422 on failure. */
  params<S extends z.ZodType>(schema: S): z.infer<S>;
  /** Parses and validates the JSON body; malformed JSON or invalid fields → 422. */
  json<S extends z.ZodType>(schema: S): z.infer<S>;
  /** Records how many card identifiers this call carried (stats `keys`). */
  keys(count: number): void;
}

export interface OpResult {
  status?: number;
  body?: unknown;
  /**
   * Sends `body` (a string) as is with this content type instead of JSON: the WeChat Pay bill
   * downloads answer the CSV file itself (`shingsou.md` §6.4.1).
   */
  contentType?: string;
}

export interface Operation {
  id: string;
  method: Verb;
  path: string;
  alias?: string;
  scope: ScopeRule;
  handle(ctx: OpContext): OpResult | Promise<OpResult>;
}

export const ok = (body: unknown): OpResult => ({ status: 200, body });

export const okText = (contentType: string, text: string): OpResult => ({ status: 200, body: text, contentType });
