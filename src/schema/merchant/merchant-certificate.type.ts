import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An uploaded WeChat Pay certificate: its name, never its bytes' })
export class MerchantCertificate {
  @Field(() => ID, { description: 'The merchant the certificate belongs to' })
  merchantId!: string;

  @Field(() => String, { description: 'e.g. apiclient_cert_1900000109.p12' })
  certificateName!: string;
}
