import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { StreamMessageReader } from 'vscode-jsonrpc/node';
import { OneWriteMessageWriter } from '../../../server/stdioTransport';

describe('OneWriteMessageWriter (the --stdio transport)', () => {
  it('sends each message, header and body, in a single write that a standard reader decodes', async () => {
    const out = new PassThrough();
    const writes: Buffer[] = [];
    const write = out.write.bind(out);
    out.write = ((chunk: Buffer, cb?: (e?: Error | null) => void) => (writes.push(Buffer.from(chunk)), write(chunk, cb))) as typeof out.write;
    const received: unknown[] = [];
    new StreamMessageReader(out).listen((m) => received.push(m));
    const writer = new OneWriteMessageWriter(out);
    const messages = [
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.js', diagnostics: [{ message: 'ünïcödé → 長さ' }] } },
      { jsonrpc: '2.0', id: 1, result: null },
    ];
    for (const m of messages) await writer.write(m as never);
    await new Promise((r) => setImmediate(r));
    assert.equal(writes.length, messages.length);
    assert.match(writes[0]!.toString('utf8'), /^Content-Length: \d+\r\n\r\n\{/);
    assert.deepEqual(received, messages);
  });

  it('reports a failed write as an error of the writer and rejects', async () => {
    const out = new PassThrough();
    out.write = ((_chunk: unknown, cb?: (e?: Error | null) => void) => (cb?.(new Error('EPIPE')), false)) as typeof out.write;
    const writer = new OneWriteMessageWriter(out);
    const errors: unknown[] = [];
    writer.onError((e) => errors.push(e));
    await assert.rejects(writer.write({ jsonrpc: '2.0', id: 2, result: 1 } as never), /EPIPE/);
    assert.equal(errors.length, 1);
  });
});
