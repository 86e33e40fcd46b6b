// Entry point: `node dist/server.js --stdio` for any LSP client, or Node IPC (`--node-ipc`) as the VS Code
// client starts it. createConnection picks the transport from the command line, except that --stdio gets
// a writer that sends each message in one write (server/stdioTransport.ts).
import { createConnection, ProposedFeatures, StreamMessageReader } from 'vscode-languageserver/node';
import { startServer } from './server';
import { OneWriteMessageWriter, routeConsoleToClient } from './stdioTransport';

const stdio = process.argv.slice(2).includes('--stdio');
const connection = stdio ? createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new OneWriteMessageWriter(process.stdout)) : createConnection(ProposedFeatures.all);
// Last line of defence: a stray rejection or exception is logged, never a dead server.
process.on('unhandledRejection', (e) => connection.console.error(`Hush: unhandled rejection: ${e instanceof Error ? e.stack : String(e)}`));
process.on('uncaughtException', (e) => connection.console.error(`Hush: uncaught exception: ${e.stack ?? e.message}`));
const server = startServer(connection);
if (stdio) {
  routeConsoleToClient(connection);
  // What the library does for its own --stdio streams: the client went away, so does the server.
  const gone = () => process.exit(server.shutdownReceived() ? 0 : 1);
  process.stdin.on('end', gone);
  process.stdin.on('close', gone);
}
