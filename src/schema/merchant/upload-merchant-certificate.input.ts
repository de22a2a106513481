import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A WeChat Pay API certificate (apiclient_cert.p12)' })
export class UploadMerchantCertificateInput {
  @Field(() => ID, { description: 'A WeChat Pay merchant' })
  merchantId!: string;

  @Field(() => String, { description: 'The PKCS#12 file, base64-encoded; write-only, at most 1 MB decoded' })
  certificateBase64!: string;
}
