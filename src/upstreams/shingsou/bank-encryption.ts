import { constants, publicEncrypt } from 'node:crypto';

/**
 * What WeChat Pay `TransferToBank` takes for the bank account number and the holder's name
 * (`shingsou.md` §6.4.1): the UTF-8 text encrypted with the merchant's RSA public key (`PublicKey`,
 * PKCS#1 PEM) with OAEP padding and SHA-1, as the provider specifies, then base64. OAEP is
 * randomized, so the same text never gives the same cipher text twice, and only the platform,
 * which holds the private key, can read it.
 */
export function encryptForBank(publicKeyPem: string, text: string): string {
  return publicEncrypt({ key: publicKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(text, 'utf8')).toString('base64');
}
