import { batchGprsUsedByDate, batchQueryCardLifecycle } from './batch-queries';
import type { V2Route } from './call';
import {
  balanceRealSingle,
  cardInfo,
  gprsRealSingle,
  gprsUsedInfoSingle,
  onAndOffRealSingle,
  queryCardLifecycle,
  queryCardProdInfo,
  userStatusRealSingle,
} from './card-queries';
import { arrearageUserInfo, queryCardCount } from './group-queries';

/** v2 APIs by apiName (`cmiot.md` §2.2); route ids are `v2/<apiName>`. */
export const V2_ROUTES: ReadonlyMap<string, V2Route> = new Map<string, V2Route>([
  ['userstatusrealsingle', userStatusRealSingle],
  ['gprsrealsingle', gprsRealSingle],
  ['cardinfo', cardInfo],
  ['gprsusedinfosingle', gprsUsedInfoSingle],
  ['balancerealsingle', balanceRealSingle],
  ['onandoffrealsingle', onAndOffRealSingle],
  ['querycardlifecycle', queryCardLifecycle],
  ['batchquerycardlifecycle', batchQueryCardLifecycle],
  ['batchgprsusedbydate', batchGprsUsedByDate],
  ['querycardprodinfo', queryCardProdInfo],
  ['querycardcount', queryCardCount],
  ['arrearageuserinfo', arrearageUserInfo],
]);
