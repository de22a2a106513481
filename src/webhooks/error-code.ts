/** The `code` of a Node or undici error (`ENOTFOUND`, `UND_ERR_SOCKET`): all of it a message may safely say. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error as { code: unknown };
  return typeof code === 'string' ? code : undefined;
}
