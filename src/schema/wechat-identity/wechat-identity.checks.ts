import { BadUserInputError } from '../errors';

/** A WeChat code: 1 to 128 letters, digits, `_` or `-` (the provider's are 32 characters). */
const CODE = /^[A-Za-z0-9_-]{1,128}$/;

export function checkWechatCode(value: string, argument: string): string {
  if (!CODE.test(value)) throw new BadUserInputError(argument, 'must be 1 to 128 letters, digits, _ or -');
  return value;
}
