/**
 * The vendor's card status tables (`shingsou.md` §6.7, DOCUMENTED `cardstates.rst`): raw integer
 * code → Chinese label, per operator. Labels exactly as printed; Unicom `9` has none.
 */
import type { SimCarrier } from './types';

export const SHINGSOU_STATUS_LABELS: Record<SimCarrier, ReadonlyMap<number, string>> = {
  CHINA_MOBILE: new Map([
    [0, '正常'], [1, '单向停机'], [2, '停机'], [3, '预销号'], [4, '销号'],
    [5, '过户'], [6, '休眠'], [7, '待激'], [99, '号码不存在'],
  ]),
  CHINA_TELECOM: new Map([
    [-1, '未知'], [1, '在用'], [2, '用户报停'], [3, '用户拆机'], [5, '欠停(双向)'], [6, '欠停(单向)'],
    [7, '违章停机'], [8, '挂失'], [11, '施工未完'], [19, '活卡待激活'], [120000, '停机'],
    [100001, '已激活(测试期)'], [140003, '未激活(测试期)'], [150001, '未实名制违规停机'],
    [140000, '预拆机停机'], [160000, '数据异常停机'], [170000, '局方原因停机'],
  ]),
  CHINA_UNICOM: new Map([
    [1, '已激活'], [2, '已停用'], [3, '可测试'], [4, '库存'], [5, '体验'], [6, '可激活'],
    [7, '已失效'], [8, '已清除'], [9, ''], [10, '当前账期'], [11, '一直'],
  ]),
};

export const OPERATOR_NAMES: Record<SimCarrier, string> = {
  CHINA_MOBILE: '中国移动',
  CHINA_UNICOM: '中国联通',
  CHINA_TELECOM: '中国电信',
};
