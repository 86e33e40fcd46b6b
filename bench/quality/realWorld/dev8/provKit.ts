// Shorthands the rw-dev8 prov documents are written with: a provider credential marked with its provider's
// name, the public ids and placeholders beside it marked as negatives.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, RealWorldArea, RealWorldDoc, SecretCategory } from '../types';
import { PV, PUB, PLACEHOLDERS, genPw, humanPw, type PvName } from './provValues';

export interface PK {
  g: ExampleGen;
  /** A provider credential of this maker, marked `provider` (or the given category) with the provider's name. */
  p(maker: PvName, label: string, category?: SecretCategory): string;
  /** Marks a raw value. */
  s(category: SecretCategory, value: string, label?: string): string;
  /** A password a person set (or a generated one), marked. */
  hpw(): string;
  gpw(): string;
  /** A public id or look-alike, marked negative. */
  pub(maker: keyof typeof PUB): string;
  n(value: string): string;
  u(value: string): string;
  ph(): string;
  raw: typeof PV;
}

export function pdoc(id: string, areas: readonly RealWorldArea[], path: string, render: (k: PK) => string): RealWorldDoc {
  return {
    id,
    areas,
    path,
    render: (g: ExampleGen, m: Marker) =>
      render({
        g,
        p: (maker, label, category) => m.secret(category ?? 'provider', PV[maker](g), label),
        s: (c, v, l) => m.secret(c, v, l),
        hpw: () => m.secret('password', humanPw(g)),
        gpw: () => m.secret('password', genPw(g)),
        pub: (maker) => m.negative((PUB[maker] as (g: ExampleGen) => string)(g)),
        n: (v) => m.negative(v),
        u: (v) => m.unscored(v),
        ph: () => m.negative(g.pick(PLACEHOLDERS)),
        raw: PV,
      }),
  };
}

/** A Markdown code fence. */
export const F = '```';
