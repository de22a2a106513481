/**
 * Path lookup. ASP.NET routes match case-insensitively; a trailing slash is ignored. A known path
 * with the wrong verb is "no operation" too: APIM answers 404, never 405 (§2.4 row 1).
 */
import type { Operation } from './operation';

export class OperationTable {
  private readonly byKey = new Map<string, Operation>();

  constructor(operations: readonly Operation[]) {
    for (const op of operations) {
      for (const path of op.alias ? [op.path, op.alias] : [op.path]) {
        const key = OperationTable.key(op.method, path);
        if (this.byKey.has(key)) throw new Error(`duplicate Shingsou route ${key}`);
        this.byKey.set(key, op);
      }
    }
  }

  match(method: string, path: string): Operation | undefined {
    return this.byKey.get(OperationTable.key(method, path));
  }

  private static key(method: string, path: string): string {
    const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
    return `${method.toUpperCase()} ${trimmed.toLowerCase()}`;
  }
}
