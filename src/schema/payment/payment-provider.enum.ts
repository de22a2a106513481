import { registerEnumType } from 'type-graphql';
import { PaymentProvider } from '../../domain';

registerEnumType(PaymentProvider, { name: 'PaymentProvider', description: 'The payment gateway v2 providers (shingsou.md §4.3)' });

export { PaymentProvider };
