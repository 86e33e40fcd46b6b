// A JWT's header (0) or claims (1) as a JSON object, for rules that check who issued a token (Adobe IMS `as`,
// Pinata `userInformation`); decoding is tokenShapes' base64Json.
import { base64Json } from '../tokenShapes';

export const jwtPart = (token: string, index: 0 | 1): Record<string, unknown> | undefined => base64Json(token.split('.')[index] ?? '');
