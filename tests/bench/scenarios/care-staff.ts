/** The staff the escalate + hand-off scenario adds: on-duty supervisors, and hand-off senders and receivers (one pair per lane). */
import { createStaffOnShift, login, staffIdOf } from '../clients/service-http.js';
import type { CareProfile } from '../config.js';
import { pool } from '../util.js';
import type { CareStaff } from './escalate-handoff.js';

export async function createCareStaff(urls: string[], p: CareProfile, maxConcurrent: number): Promise<CareStaff> {
  const url = urls[0] as string;
  const at = (j: number) => urls[j % urls.length] as string;
  const supervisors = await createStaffOnShift(url, { n: p.supervisors, maxConcurrent, prefix: 'bench-s', name: 'ベンチ監督者', role: 'supervisor' });
  const senders = await createStaffOnShift(url, { n: p.handoffLanes, maxConcurrent, prefix: 'bench-hs', name: 'ベンチ引継元', role: 'counselor' });
  const receivers = await createStaffOnShift(url, { n: p.handoffLanes, maxConcurrent, prefix: 'bench-hr', name: 'ベンチ引継先', role: 'counselor' });
  const cookies = (list: typeof supervisors) => pool(list, 4, (c, j) => login(at(j), c));
  const receiverCookies = await cookies(receivers);
  return {
    supervisors: await cookies(supervisors),
    senders: await cookies(senders),
    receivers: receiverCookies,
    receiverIds: await pool(receiverCookies, 4, (cookie) => staffIdOf(url, cookie)),
  };
}
