import { Arg, Authorized, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import { requireUpstream } from '../../upstreams';
import type { GatewayContext } from '../context';
import { BadUserInputError } from '../errors';
import { SubmitRealNameInput } from './submit-real-name.input';
import { RealNameVerification } from './real-name-verification.type';
import { WriteOutcome } from '../write-outcome';
import { cardNo } from './back-office.checks';

/** 18-character resident ID: 17 digits and a check character (digit or X). */
const ID_NUMBER = /^\d{17}[\dX]$/;
const PHONE = /^1\d{10}$/;

/**
 * 实名认证 (`shingsou.md` §5.4). The ID number and phone go to the upstream and nowhere else: the
 * answer type has no field for them, and error messages never echo an input value.
 */
@Resolver()
export class RealNameResolver {
  @Authorized('iot.cardservice.flowcard.reality')
  @UseMiddleware(WriteOutcome)
  @Mutation(() => RealNameVerification, { nullable: true, description: 'Binds an identity to a card (实名认证)' })
  async submitRealName(@Arg('input', () => SubmitRealNameInput, { description: 'The card and the person to register it to' }) input: SubmitRealNameInput, @Ctx() ctx: GatewayContext): Promise<RealNameVerification> {
    const card = cardNo('input.card', input.card);
    const name = input.name.trim();
    if (name.length === 0 || name.length > 50) throw new BadUserInputError('input.name', 'a name of 1 to 50 characters');
    const idNumber = input.idNumber.trim().toUpperCase();
    if (!ID_NUMBER.test(idNumber)) throw new BadUserInputError('input.idNumber', 'an 18-character ID number: 17 digits, then a digit or X');
    const phone = input.phone.trim();
    if (!PHONE.test(phone)) throw new BadUserInputError('input.phone', 'an 11-digit mobile number starting with 1');
    const receipt = await requireUpstream(ctx.upstreams, 'shingsou').backOffice.submitRealName({ card, name, idNumber, phone });
    return { iccid: receipt.iccid, verified: receipt.verified, verifiedAt: receipt.verifiedAt === null ? null : new Date(receipt.verifiedAt) };
  }
}
