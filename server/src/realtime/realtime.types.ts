import type { StaffClientEvents, StaffServerEvents, VisitorClientEvents, VisitorServerEvents } from '@hidamari/shared';
import type { Namespace, Socket } from 'socket.io';

export interface VisitorData {
  consultationId?: string;
}
export interface StaffData {
  staff: { id: string; displayName: string; roles: string[]; onDuty: boolean };
  sessionHash: string;
}

export type VisitorNamespace = Namespace<VisitorClientEvents, VisitorServerEvents, Record<string, never>, VisitorData>;
export type VisitorSocket = Socket<VisitorClientEvents, VisitorServerEvents, Record<string, never>, VisitorData>;
export type StaffNamespace = Namespace<StaffClientEvents, StaffServerEvents, Record<string, never>, StaffData>;
export type StaffSocket = Socket<StaffClientEvents, StaffServerEvents, Record<string, never>, StaffData>;
