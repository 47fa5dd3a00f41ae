// A real, loopback-only TCP connect that never completes (Linux), for connect-timeout tests.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

// A child process listens with a backlog of 1 and then blocks its event loop, so it never
// accepts. Once the kernel's accept queue is full, Linux drops further SYNs: a real,
// loopback-only connect that hangs.
const stuckListener = `
const net = require('node:net');
const server = net.createServer();
server.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
  require('node:fs').writeSync(1, server.address().port + '\\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20000);
});`;

export async function startStuckListener(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['-e', stuckListener], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (data: Buffer) => resolve(Number(String(data).trim())));
    child.once('error', reject);
  });
  return { child, port };
}

/** Opens connections until one stays pending: from then on the accept queue is full. */
export async function fillBacklog(port: number): Promise<net.Socket[]> {
  const sockets: net.Socket[] = [];
  for (let i = 0; i < 8; i++) {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.on('error', () => {});
    sockets.push(socket);
    const connected = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 200);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!connected) return sockets;
  }
  throw new Error('the accept queue never filled up');
}

