// One base64url decoder for the JWT checks (tokenStructure.ts, placeholder.ts): unpadded URL-safe segments decode,
// anything else is undefined rather than an exception.
import assert from 'node:assert/strict';
import { createExampleGen } from '../../../../engine/examples';
import { decodeSegment, segmentJson } from '../../../../engine/validators/base64Segment';
import { isDocumentedSampleJwt } from '../../../../engine/validators/placeholder';
import { isHandMadeJwt, isUnsignedOrAnonJwt } from '../../../../engine/validators/tokenStructure';

const g = createExampleGen(0x64_5e9);
/** base64url without padding, as a JWT writes its segments. */
const segment = (text: string) => btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

describe('base64 segments', () => {
  it('decodes an unpadded base64url segment, and says undefined for one that is not base64', () => {
    // `??>` and `???` encode to `Pz8-` and `Pz8_`: both URL-safe characters are read.
    assert.equal(decodeSegment(segment('??>')), '??>');
    assert.equal(decodeSegment(segment('???')), '???');
    const word = g.lower(7);
    assert.equal(decodeSegment(segment(word)), word);
    assert.equal(decodeSegment('a'), undefined);
    assert.equal(decodeSegment('ab$c'), undefined);
  });

  it('reads the JSON a segment holds, and undefined where it holds none', () => {
    const sub = g.digits(6);
    assert.deepEqual(segmentJson(segment(JSON.stringify({ sub, role: 'anon' }))), { sub, role: 'anon' });
    assert.equal(segmentJson(segment(`{"sub":"${sub}"`)), undefined);
    assert.equal(segmentJson('ab$c'), undefined);
    assert.equal(segmentJson(segment('null')), null);
  });

  it('serves the three JWT checks', () => {
    const header = segment(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const jwt = (claims: unknown) => `${header}.${segment(JSON.stringify(claims))}.${g.base64url(43)}`;
    assert.ok(isUnsignedOrAnonJwt(jwt({ role: 'anon', iss: 'supabase' })));
    assert.ok(!isUnsignedOrAnonJwt(jwt({ role: 'service_role', iss: 'supabase' })));
    assert.ok(!isUnsignedOrAnonJwt(jwt(null)));
    assert.ok(isDocumentedSampleJwt(jwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })));
    assert.ok(!isDocumentedSampleJwt(jwt({ sub: g.digits(10), name: 'John Doe' })));
    assert.ok(!isDocumentedSampleJwt(jwt(null)));
    assert.ok(isHandMadeJwt(jwt({ sub: 'test' })));
    assert.ok(!isHandMadeJwt(jwt({ sub: 'test', exp: 1700000000 })));
    assert.ok(!isHandMadeJwt(jwt([1, 2])));
  });
});
