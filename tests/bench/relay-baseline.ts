/**
 * B1: a bare Socket.IO relay, run as its own child process so its memory and CPU compare with the service's.
 * Same socket.io version as the service; rooms of two; an acknowledgement on send; relays `message:created`.
 * No database, no auth, no validation. Carries the same bench hooks as the service (SIGUSR1 ELD, SIGUSR2 GC).
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Server } from 'socket.io';

interface Join { room: string }
interface Send { room: string; clientMessageId: string; body: string; sender: 'visitor' | 'staff' }
type Ack = (res: object) => void;

const httpServer = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
});
const io = new Server(httpServer);
const seqs = new Map<string, number>();

io.on('connection', (socket) => {
  socket.on('join', (p: Join, ack: Ack) => {
    void socket.join(p.room);
    ack({ ok: true });
  });
  socket.on('message:send', (p: Send, ack: Ack) => {
    const seq = (seqs.get(p.room) ?? 0) + 1;
    seqs.set(p.room, seq);
    const message = {
      id: randomUUID(),
      consultationId: p.room,
      seq,
      sender: p.sender,
      body: p.body,
      visibility: 'all',
      clientMessageId: p.clientMessageId,
      createdAt: new Date().toISOString(),
    };
    socket.to(p.room).emit('message:created', message);
    ack({ ok: true, message });
  });
});

const eld = monitorEventLoopDelay({ resolution: 10 });
eld.enable();
const ms = (ns: number) => Math.round((ns / 1e6) * 100) / 100;
process.on('SIGUSR1', () => {
  console.log(JSON.stringify({ benchHook: 'eld', p50: ms(eld.percentile(50)), p99: ms(eld.percentile(99)), max: ms(eld.max) }));
  eld.reset();
});
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  console.log(JSON.stringify({ benchHook: 'gc', heapUsed: process.memoryUsage().heapUsed }));
});
process.on('SIGTERM', () => {
  void io.close();
  httpServer.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
});
// The harness holds our stdin: when it dies, so do we.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = httpServer.address();
  console.log(JSON.stringify({ benchHook: 'listening', port: typeof address === 'object' && address ? address.port : 0 }));
});
