import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { GatewayContext } from '../context';
import { requireUpstream } from '../../upstreams';
import { DeleteMerchantArgs } from './delete-merchant.args';
import { MerchantsArgs } from './merchants.args';
import { CreateMerchantInput } from './create-merchant.input';
import { MerchantCertificate } from './merchant-certificate.type';
import { Merchant } from './merchant.type';
import { UpdateMerchantInput } from './update-merchant.input';
import { UploadMerchantCertificateInput } from './upload-merchant-certificate.input';
import { WriteOutcome } from '../write-outcome';
import { certificateBytes, checkMerchantId, merchantFields } from './merchant.checks';
import { requireProviderScope } from '../payment/payment.checks';
import { toMerchantType } from '../payment/payment.mapping';

/**
 * Payment-v2 merchants (`shingsou.md` §6.4). Secrets go from the input to the upstream body
 * and nowhere else: no field returns them, no error quotes them, nothing logs them. Scopes
 * depend on the provider argument (`iot.payment.alipay.postmerchant`, ...), so they are
 * checked in code before any upstream call.
 */
@Resolver(() => Merchant)
export class MerchantResolver {
  @Query(() => [Merchant], { nullable: true, description: "A provider's merchants (needs iot.payment.{alipay|wechatpay}.merchants)" })
  async merchants(@Args(() => MerchantsArgs) args: MerchantsArgs, @Ctx() ctx: GatewayContext): Promise<Merchant[]> {
    requireProviderScope(ctx, args.provider, 'merchants');
    // The request's one list per provider, which Order.merchant and node(id) read too.
    return (await ctx.loaders.merchantList.load(args.provider)).map(toMerchantType);
  }

  @UseMiddleware(WriteOutcome)
  @Mutation(() => Merchant, { nullable: true, description: 'Adds a merchant (needs iot.payment.{alipay|wechatpay}.postmerchant)' })
  async createMerchant(@Arg('input', () => CreateMerchantInput, { description: 'The new merchant, secrets included' }) input: CreateMerchantInput, @Ctx() ctx: GatewayContext): Promise<Merchant> {
    const fields = merchantFields(input, true);
    requireProviderScope(ctx, input.provider, 'postmerchant');
    return toMerchantType(await client(ctx).create(input.provider, fields));
  }

  @UseMiddleware(WriteOutcome)
  @Mutation(() => Merchant, { nullable: true, description: 'Changes a merchant (needs iot.payment.{alipay|wechatpay}.putmerchant)' })
  async updateMerchant(@Arg('input', () => UpdateMerchantInput, { description: 'The merchant and the fields to change' }) input: UpdateMerchantInput, @Ctx() ctx: GatewayContext): Promise<Merchant> {
    const id = checkMerchantId(input.id, 'input.id');
    const fields = merchantFields(input, false);
    requireProviderScope(ctx, input.provider, 'putmerchant');
    return toMerchantType(await client(ctx).update(input.provider, id, fields));
  }

  @UseMiddleware(WriteOutcome)
  @Mutation(() => ID, { nullable: true, description: 'Deletes a merchant and returns its id (needs iot.payment.{alipay|wechatpay}.deletemerchant)' })
  async deleteMerchant(@Args(() => DeleteMerchantArgs) args: DeleteMerchantArgs, @Ctx() ctx: GatewayContext): Promise<string> {
    const id = checkMerchantId(args.id, 'id');
    requireProviderScope(ctx, args.provider, 'deletemerchant');
    await client(ctx).remove(args.provider, id);
    return id;
  }

  @Authorized('iot.payment.wechatpay.uploadcert')
  @UseMiddleware(WriteOutcome)
  @Mutation(() => MerchantCertificate, { nullable: true, description: 'Uploads a WeChat Pay merchant API certificate (.p12); returns its name' })
  async uploadMerchantCertificate(
    @Arg('input', () => UploadMerchantCertificateInput, { description: 'The WeChat Pay merchant and its certificate' }) input: UploadMerchantCertificateInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<MerchantCertificate> {
    const merchantId = checkMerchantId(input.merchantId, 'input.merchantId');
    const bytes = certificateBytes(input.certificateBase64);
    const certificateName = await client(ctx).uploadCertificate(merchantId, bytes);
    return { merchantId, certificateName };
  }
}

function client(ctx: GatewayContext) {
  return requireUpstream(ctx.upstreams, 'shingsou').merchants;
}
