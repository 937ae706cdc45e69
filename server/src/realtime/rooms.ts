/** Every Socket.IO room name comes from here. */
export const rooms = {
  consultation: (id: string) => `consultation:${id}`,
  staff: (id: string) => `staff:${id}`,
  /** One login session, so logging out can drop its sockets. */
  session: (tokenHash: string) => `session:${tokenHash.slice(0, 32)}`,
  /** The sockets monitoring a chat (beside its consultation room): who they are, and what they must not send the visitor. */
  monitors: (id: string) => `monitors:${id}`,
  allStaff: 'staff:all',
} as const;
