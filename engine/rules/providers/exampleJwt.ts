// Example JWTs with a chosen header as well as claims (Twilio marks its tokens in the header, 1Password
// Connect with a key id), for rule tests and corpus formats; claims are read with tokenShapes' helpers.
import type { ExampleGen } from '../../types';
import { b64urlText } from '../tokenShapes';

export const exampleJwt = (g: ExampleGen, header: object, claims: object): string => `${b64urlText(JSON.stringify(header))}.${b64urlText(JSON.stringify(claims))}.${g.base64url(43)}`;
