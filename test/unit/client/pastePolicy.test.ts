import assert from 'node:assert/strict';
import { PLACEHOLDER_PASTE_KIND, REFERENCE_PASTE_KIND, moveActionLabel, pasteModeOf, pasteOffer, pasteWarning, sameText } from '../../../client/pastePolicy';
import { createExampleGen } from '../../../engine/examples';
import type { ScanTextFinding, ScanTextResult } from '../../../protocol/messages';

const finding = (masked: string, description = 'GitHub personal access token (classic)'): ScanTextFinding => ({
  start: 0,
  end: 40,
  ruleId: 'github-pat',
  provider: 'GitHub',
  description,
  severity: 'error',
  masked,
  fingerprint: 'github-pat:0123456789abcdef',
  envName: 'GITHUB_TOKEN',
});

const withPlan = (form: 'reference' | 'placeholder'): ScanTextResult => ({
  findings: [finding('ghp_…x9Qa')],
  plan: { form, title: 't', insertText: 'i', names: ['GITHUB_TOKEN'], additionalEdit: { documentChanges: [] } },
});

describe('paste guard policy (client, no vscode)', () => {
  it('hush.paste.mode: reference by default, unknown values fall back to it', () => {
    assert.equal(pasteModeOf(undefined), 'reference');
    assert.equal(pasteModeOf('ask'), 'ask');
    assert.equal(pasteModeOf('off'), 'off');
    assert.equal(pasteModeOf('REFERENCE'), 'reference');
    assert.equal(pasteModeOf(3), 'reference');
  });

  it('reference mode: the reference paste is the default; ask: plain text first; off: nothing', () => {
    assert.deepEqual(pasteOffer('reference', withPlan('reference')), { offer: true, yieldToPlainText: false, warnAfterPlainPaste: false });
    assert.deepEqual(pasteOffer('ask', withPlan('reference')), { offer: true, yieldToPlainText: true, warnAfterPlainPaste: false });
    assert.deepEqual(pasteOffer('off', withPlan('reference')), { offer: false, yieldToPlainText: false, warnAfterPlainPaste: false });
  });

  it('no secret: nothing, whatever the mode', () => {
    for (const mode of ['reference', 'ask', 'off'] as const) {
      assert.deepEqual(pasteOffer(mode, { findings: [] }), { offer: false, yieldToPlainText: false, warnAfterPlainPaste: false });
      assert.equal(pasteOffer(mode, undefined).offer, false);
    }
  });

  it('a format without references: the placeholder waits in the widget, the plain paste lands and is warned about', () => {
    assert.deepEqual(pasteOffer('reference', withPlan('placeholder')), { offer: true, yieldToPlainText: true, warnAfterPlainPaste: true });
    assert.deepEqual(pasteOffer('reference', { findings: [finding('ghp_…x9Qa')], noPlanReason: 'no-folder' }), { offer: false, yieldToPlainText: false, warnAfterPlainPaste: true });
  });

  it('paste edit kinds stay outside text.* so plain-text preferences never match them by prefix', () => {
    for (const kind of [REFERENCE_PASTE_KIND, PLACEHOLDER_PASTE_KIND]) assert.ok(!kind.startsWith('text'), kind);
  });

  it('the warning names the secret masked, the file and the risk, never the value', () => {
    const g = createExampleGen(3);
    const raw = g.crc32Token('ghp_', 30);
    const masked = `ghp_…${raw.slice(-4)}`;
    const one = pasteWarning([finding(masked)], 'NOTES.md', true);
    assert.match(one, /^Hush: you pasted a GitHub personal access token \(classic\) \(ghp_…\w{4}\)\. NOTES\.md cannot read environment variables/);
    assert.match(one, /committed/);
    assert.ok(!one.includes(raw));
    const many = pasteWarning([finding('a…1'), finding('b…2'), finding('c…3'), finding('d…4')], 'x.txt', false);
    assert.match(many, /you pasted 4 secrets: .*a…1.*b…2.*c…3\), …\. The value is now part of x\.txt/);
  });

  it('with another store than .env the warning and its Move button name that store', () => {
    const text = pasteWarning([finding('ghp_…abcd')], 'app.js', true, undefined, 'pass');
    assert.match(text, /Move it to pass \(the Move fix writes the store first\)/);
    assert.equal(moveActionLabel('pass'), 'Move to pass');
    assert.equal(moveActionLabel(undefined), 'Move to .env');
  });

  it('recognises the pasted text in a document change whatever its line breaks', () => {
    assert.ok(sameText('a\r\nb\r\n', 'a\nb\n'));
    assert.ok(!sameText('a\nb', 'a\nc'));
  });
});
