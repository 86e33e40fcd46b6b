import assert from 'node:assert/strict';
import { isConnectionLost, ServerNotices } from '../../../client/serverNotices';
import { RestartPolicy } from '../../../client/restartPolicy';

describe('server crash notices', () => {
  it('one message for a crash during a scan, saying the scan stopped; nothing more for the next crashes', async () => {
    const notices = new ServerNotices();
    const policy = new RestartPolicy(3, 60_000, () => 0);
    let release!: () => void;
    const scan = notices.duringScan(() => new Promise<void>((r) => (release = r)));
    const first = policy.onClosed();
    const text = notices.crashMessage(first.message, first.restart);
    assert.match(text ?? '', /restarted\. The workspace scan that was running stopped: run "Hush: Scan Workspace" again\.$/);
    release();
    await scan;
    const second = policy.onClosed();
    assert.equal(notices.crashMessage(second.message, second.restart), undefined);
    assert.deepEqual(notices.shown, [text]);
  });

  it("without a scan running the crash message is the policy's own", () => {
    const notices = new ServerNotices();
    assert.equal(notices.crashMessage('Hush: stopped.', true), 'Hush: stopped.');
    assert.equal(notices.crashMessage(undefined, true), undefined);
    assert.deepEqual(notices.shown, ['Hush: stopped.']);
  });

  it('tells a request lost with its connection from a request that failed', () => {
    assert.equal(isConnectionLost({ code: -32097, message: 'Pending response rejected since connection got disposed' }, true), true);
    assert.equal(isConnectionLost({ code: -32096 }, true), true);
    assert.equal(isConnectionLost(new Error('Client is not running'), false), true);
    assert.equal(isConnectionLost({ code: -32603, message: 'internal error' }, true), false);
    assert.equal(isConnectionLost(new Error('boom'), true), false);
  });
});
