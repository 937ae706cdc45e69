import { useEffect, useState, useSyncExternalStore } from 'react';
import { connectVisitor, loadSocketIo } from '../lib/socket';
import { newClientMessageId } from './client-id';
import { browserStorage } from './session.storage';
import { VisitorConnection, type VisitorSnapshot } from './visitor-connection';

/** One connection per mounted visitor app; reconnects the stored consultation on mount. */
export function useVisitorConnection(): [VisitorConnection, VisitorSnapshot] {
  const [connection] = useState(() => new VisitorConnection({
    connect: connectVisitor,
    ready: loadSocketIo,
    storage: browserStorage(),
    newId: newClientMessageId,
    now: () => new Date().toISOString(),
  }));
  useEffect(() => {
    connection.open();
    return () => connection.close();
  }, [connection]);
  const snapshot = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  return [connection, snapshot];
}
