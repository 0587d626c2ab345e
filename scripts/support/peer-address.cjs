// Loaded into every Next process (NODE_OPTIONS --require, see next-bin.ts). Next keeps an
// X-Forwarded-For a client sends and only fills it in when absent, so the app could never tell the
// real peer from a made-up header. This stamps the socket's own address on every request, replacing
// anything a client sent under the same name; lib/http/client-address.ts reads it.
"use strict";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS
const http = require("node:http");

const HEADER = "x-tokenbook-peer";
const originalEmit = http.Server.prototype.emit;

http.Server.prototype.emit = function emit(event, request, ...rest) {
  if (event === "request" && request && request.headers) {
    request.headers[HEADER] = (request.socket && request.socket.remoteAddress) || "";
  }
  return originalEmit.call(this, event, request, ...rest);
};

globalThis[Symbol.for("tokenbook.peerAddressHeader")] = HEADER;
