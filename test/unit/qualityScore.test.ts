// The quality benchmark's scoring: a label is found by a finding's value or by a sensitive part reported with it.
import assert from 'node:assert/strict';
import { createScanner } from '../../engine';
import { createExampleGen } from '../../engine/examples';
import { scoreCorpus } from '../../bench/quality/score';
import type { CorpusFile, Label } from '../../bench/quality/types';

const g = createExampleGen(0x5c0e);

function labelOf(text: string, value: string, category: string): Label {
  const start = text.indexOf(value);
  return { start, end: start + value.length, ruleId: 'generic', family: 'cloud', category };
}

describe('quality scoring', () => {
  it('counts an AWS session token reported as a part of its secret key as found, and adds no false positive', () => {
    const keyId = 'AKIA' + g.upper(16);
    const secret = g.base64(40);
    const session = 'IQoJb3JpZ2lu' + g.alnum(300);
    const text = `[default]\naws_access_key_id = ${keyId}\naws_secret_access_key = ${secret}\naws_session_token = ${session}\n`;
    const file: CorpusFile = { path: '.aws/credentials', text, template: 't', labels: [labelOf(text, secret, 'provider'), labelOf(text, session, 'provider')] };
    const findings = createScanner().scan(text, { path: file.path });
    // The case this test is about: the token comes as a part of the key's finding, not as a finding of its own.
    assert.ok(!findings.some((f) => f.start === file.labels[1]!.start), 'the session token has a finding of its own');
    assert.ok(findings.some((f) => f.related?.some((r) => r.start === file.labels[1]!.start && r.sensitive)));
    const score = scoreCorpus(createScanner(), [file]);
    assert.equal(score.total.labels, 2);
    assert.equal(score.total.detected, 2);
    assert.equal(score.total.falsePositives, 0);
  });
});
