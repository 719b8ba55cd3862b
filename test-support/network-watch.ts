/**
 * Watches a run of the action for network use, three ways at once: a preload module records every socket
 * connect and host name lookup in the action's process (record-connections.mjs); HTTP_PROXY / HTTPS_PROXY
 * and GITHUB_API_URL point at a local listener that records any connection it gets (a client that honours
 * the proxy settings, or the GitHub client, would reach it instead of the internet).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './run-action.js';

export interface NetworkWatch {
  /** Environment for runAction. */
  env: Record<string, string>;
  /** The listener's `127.0.0.1:PORT`. */
  listener: string;
  /** Every connection and lookup seen so far, by the preload module and by the listener. */
  seen(): string[];
  close(): Promise<void>;
}

export async function watchNetwork(): Promise<NetworkWatch> {
  const record = path.join(mkdtempSync(path.join(os.tmpdir(), 'om-net-')), 'connections.log');
  const accepted: string[] = [];
  const server = net.createServer(socket => {
    accepted.push(`listener accepted ${socket.remoteAddress}:${socket.remotePort}`);
    socket.destroy();
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const listener = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  const preload = pathToFileURL(path.join(ROOT, 'test-support', 'record-connections.mjs')).href;
  return {
    listener,
    env: {
      NET_RECORD_FILE: record,
      NODE_OPTIONS: `--import=${preload}`,
      HTTP_PROXY: `http://${listener}`,
      HTTPS_PROXY: `http://${listener}`,
      http_proxy: `http://${listener}`,
      https_proxy: `http://${listener}`,
      GITHUB_API_URL: `http://${listener}`
    },
    seen: () => [
      ...(existsSync(record) ? readFileSync(record, 'utf8').split('\n').filter(Boolean) : []),
      ...accepted
    ],
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  };
}
