/**
 * `/__sim/pay/{orderNo}` (`shingsou.md` §7.7): the target of every `payUrl` and `qrCode`.
 * Opening it marks the order paid, as if the payer had completed the provider's page.
 */
import type { Request, Response } from 'express';
import type { Fleet } from '../../fleet/fleet';
import { CODES } from '../codes';
import { markPaid, STATUS_NAMES } from './order-lifecycle';

export function createPayPage(fleet: Fleet) {
  return (req: Request, res: Response): void => {
    const order = fleet.ordersByNo.get(String(req.params.orderNo));
    if (!order) {
      res.status(404).json({ code: 404, name: 'NotFound', description: '未找到内容' });
      return;
    }
    if (!markPaid(fleet, order, fleet.now())) {
      res.status(422).json({ ...CODES.OrderStatusNotAllowed });
      return;
    }
    res.json({ orderNo: order.orderNo, status: order.status, statusName: STATUS_NAMES[order.status] });
  };
}
