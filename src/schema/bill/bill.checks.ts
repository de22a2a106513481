import { isBillReady } from '../../domain';
import { BadUserInputError } from '../errors';
import { checkDate } from '../payment/payment.checks';

/**
 * A bill date (`shingsou.md` §6.4.1): a real calendar day (or, for Alipay, a month) that has
 * ended in Asia/Shanghai. Today's bill does not exist yet, and the provider would answer 23004:
 * refused here, before any upstream call.
 */
export function checkBillDate(value: string, argument: string, monthAllowed: boolean): string {
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  let date: string;
  if (monthAllowed && month) {
    const [year, monthNo] = [Number(month[1]), Number(month[2])];
    if (year < 2000 || year > 2099 || monthNo < 1 || monthNo > 12) throw new BadUserInputError(argument, 'must be a month as yyyy-MM between 2000 and 2099');
    date = value;
  } else {
    date = checkDate(value, argument);
  }
  if (!isBillReady(date)) {
    throw new BadUserInputError(argument, `must be ${date.length === 7 ? 'a month that has ended' : 'a day before today'} (Asia/Shanghai): bills are ready from the next day`);
  }
  return date;
}
