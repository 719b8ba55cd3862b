// Loaded into the action's process with `node --import` (see network-watch.ts): records every outgoing
// connection attempt (TCP and TLS sockets, whatever client opens them: fetch, node:https, a proxy agent)
// and every host name lookup, one line each, to the file NET_RECORD_FILE names, before it happens.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import net from 'node:net';

const file = process.env.NET_RECORD_FILE;
if (file) {
  const record = what => appendFileSync(file, `${what}\n`);
  const target = first => {
    const o = Array.isArray(first) ? first[0] : first;
    if (o && typeof o === 'object') return o.path ?? `${o.host ?? 'localhost'}:${o.port}`;
    return String(first);
  };
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    record(`connect ${target(args[0])}`);
    return connect.apply(this, args);
  };
  const lookup = dns.lookup;
  dns.lookup = function (host, ...rest) {
    record(`lookup ${host}`);
    return lookup.call(this, host, ...rest);
  };
  const lookupPromise = dns.promises.lookup;
  dns.promises.lookup = function (host, ...rest) {
    record(`lookup ${host}`);
    return lookupPromise.call(this, host, ...rest);
  };
}
