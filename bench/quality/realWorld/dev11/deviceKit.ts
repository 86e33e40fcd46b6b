// Short marked-value makers for the device documents, so a document reads like the file it stands for.
import type { ExampleGen } from '../../../../engine/types';
import type { Kit } from '../dev/kit';
import * as V from './deviceValues';

type Make = (g: ExampleGen) => string;

/** A password (any style unless a maker is given), marked. */
export const pw = (k: Kit, make: Make = V.anyPw): string => k.s('password', make(k.g));
/** A generic token without a prefix, marked. */
export const tk = (k: Kit, make: Make = V.token): string => k.s('token', make(k.g));
/** A provider credential, marked with the provider's name. */
export const pv = (k: Kit, name: keyof typeof V.prov, label: string): string => k.s('provider', V.prov[name](k.g), label);
/** The password part of a URL or connection string, marked (characters a URL cannot hold unescaped removed). */
export const cs = (k: Kit, make: Make = V.anyPw): string => k.s('connection-string', make(k.g).replace(/[@:/?#% &+]/g, ''));
/** A placeholder, counted as a negative. */
export const ph = (k: Kit): string => k.n(k.g.pick(V.PH));
/** A password without characters that would break a URL, shell word or XML attribute. */
export const plain =
  (make: Make = V.anyPw): Make =>
  (g) =>
    make(g).replace(/[@:/?#%&+<>"' $!*]/g, '') || g.alnum(10);
