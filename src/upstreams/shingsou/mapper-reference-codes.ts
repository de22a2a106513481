import type { UpstreamCode } from '../../domain';
import type { CodeRowDto } from './wire-reference-codes';

/** A code table row to the domain, and nothing else (`shingsou.md` §6.5-6.6). */
export function toUpstreamCode(dto: CodeRowDto): UpstreamCode {
  return { code: dto.code, name: dto.name, description: dto.description };
}
