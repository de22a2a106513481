/**
 * The two OneLink platforms a China Mobile card can live on. They use different `cardStatus`
 * code sets (`upstreams/cmiot.md` §6, `card-status.md` §4.6).
 */

export type CmiotPlatform = 'PB' | 'CT';

/**
 * `query/sim-platform/batch` `platformType` → platform. The wire values `OneLink-PB` /
 * `OneLink-CT` are inferred (`cmiot.md` §3.3), so this also accepts a bare `PB`/`CT` and any
 * case. Anything else is `undefined`: the platform stays unknown and §4.6 rule 3 applies.
 */
export function parseCmiotPlatform(platformType: string): CmiotPlatform | undefined {
  const value = platformType.trim().toUpperCase();
  if (value === 'ONELINK-PB' || value === 'PB') return 'PB';
  if (value === 'ONELINK-CT' || value === 'CT') return 'CT';
  return undefined;
}
