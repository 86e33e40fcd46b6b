// AWS Signature Version 4 for the STS GetCallerIdentity check, by the `aws4` package: zero dependencies,
// 17 KB bundled (the AWS SDK's own @smithy/signature-v4 pulls in @smithy/core: ~380 KB in both the CLI
// and the server bundles), tested by its author against AWS's SigV4 test suite, and synchronous.
import aws4 from 'aws4';
import type { PlannedRequest } from '../engine/verify';
import type { OutgoingRequest } from './httpsRequest';

/** The request with its SigV4 headers (X-Amz-Date, Authorization, X-Amz-Security-Token when there is one). */
export function signSigV4(plan: PlannedRequest): OutgoingRequest {
  const s = plan.sigv4;
  if (!s) return { method: plan.method, url: plan.url, headers: plan.headers, body: plan.body };
  const url = new URL(plan.url);
  const headers: Record<string, string> = { ...plan.headers };
  // Credentials are always passed: given none, aws4 would fall back to the user's own AWS_* variables.
  const signed = aws4.sign(
    { host: url.host, path: url.pathname + url.search, method: plan.method, service: s.service, region: s.region, headers, body: plan.body ?? '' },
    { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey, ...(s.sessionToken ? { sessionToken: s.sessionToken } : {}) },
  );
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers ?? {})) if (value !== undefined && name.toLowerCase() !== 'host' && name.toLowerCase() !== 'content-length') out[name] = String(value);
  return { method: plan.method, url: plan.url, headers: out, body: plan.body };
}
