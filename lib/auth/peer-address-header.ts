/**
 * The header Framewise's own HTTP server (scripts/next-server.ts) sets on every request to the address of
 * the connection it came in on, overwriting whatever a client sent under that name. Next gives route
 * handlers and server actions no other way to see the socket.
 */
export const PEER_ADDRESS_HEADER = "x-framewise-peer-address";
