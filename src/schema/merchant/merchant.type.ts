import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { MerchantStatus } from './merchant-status.enum';
import { PaymentProvider } from '../payment/payment-provider.enum';
import { Node } from '../relay/node.interface';

/**
 * Secrets (private keys, API keys, app secrets, certificate bytes) are write-only
 * (`shingsou.md` §6.4, §8.9): this type has no field that could carry one, only `has*` flags.
 */
@ObjectType({ description: 'A payment gateway v2 merchant (多商户版)', implements: Node })
export class Merchant {
  @Field(() => ID, { description: 'A global id (Node) made of the provider and merchantId: pass it to node(id) to fetch this merchant again' })
  id!: string;

  @Field(() => ID, { description: 'The merchant id, e.g. M-ALI-0001, unique within its provider: pass it to updateMerchant and deleteMerchant' })
  merchantId!: string;

  @Field(() => PaymentProvider, { description: 'Alipay or WeChat Pay' })
  provider!: PaymentProvider;

  @Field(() => String, { description: 'A display name' })
  name!: string;

  @Field(() => String, { description: 'Alipay app id or WeChat app id' })
  appId!: string;

  @Field(() => String, { nullable: true, description: 'WeChat Pay merchant number (商户号)' })
  mchId!: string | null;

  @Field(() => String, { nullable: true, description: 'Alipay: RSA2 or RSA' })
  signType!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the provider posts payment notifications; null when unset' })
  notifyUrl!: string | null;

  @Field(() => MerchantStatus, { description: 'Whether it may take payments' })
  status!: MerchantStatus;

  @Field(() => String, { nullable: true, description: 'WeChat Pay: the uploaded certificate, e.g. apiclient_cert_1900000109.p12' })
  certificateName!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Alipay: a private key is stored (null for WeChat Pay)' })
  hasPrivateKey!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Alipay: the Alipay public key is stored' })
  hasAlipayPublicKey!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'WeChat Pay: an API key is stored (null for Alipay)' })
  hasApiKey!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'WeChat Pay: the app secret is stored' })
  hasAppSecret!: boolean | null;

  @Field(() => GraphQLDateTimeISO, { description: 'When the merchant was created' })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: 'When the merchant was last changed' })
  updatedAt!: Date;
}
