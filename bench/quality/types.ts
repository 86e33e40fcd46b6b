// Shapes of the generated corpus: templates place a value in a realistic file; cases carry labels.
import type { ExampleGen, RuleFamily } from '../../engine/types';

/** What a positive template receives: the variable name, the raw value and the marker function. */
export interface Slot {
  /** UPPER_SNAKE name; templates restyle it for their language. */
  name: string;
  value: string;
  g: ExampleGen;
  /** Wraps text in label markers: everything between them is the labelled value span. */
  mark(text: string): string;
}

export interface RenderedFile {
  path: string;
  /** File text with label markers (see engine/examples.ts). */
  text: string;
}

export interface PositiveTemplate {
  id: string;
  /** The value sits next to its name in an assignment-like way (needed by generic and keyed formats). */
  keyed: boolean;
  /** How a multi-line value (a PEM key) is written here: raw lines, `\n` escapes, or not at all. */
  multiline: 'raw' | 'escaped' | 'none';
  /** Returns undefined when the value cannot be written this way (e.g. a URL inside a URL). */
  render(slot: Slot): RenderedFile | undefined;
}

export interface NegativeTemplate {
  id: string;
  /** Files that contain nothing that is a secret under LABELLING.md. */
  render(g: ExampleGen): RenderedFile[];
}

export interface TemplateSet {
  id: string;
  positives: PositiveTemplate[];
  negatives: NegativeTemplate[];
}

export interface Label {
  start: number;
  end: number;
  /** Expected rule (provider labels) or 'generic'. */
  ruleId: string;
  family: RuleFamily;
  /** Real-world sets: the label's category (password, token, …); rows are per category when set. */
  category?: string;
}

export interface CorpusFile {
  path: string;
  text: string;
  labels: Label[];
  /** Template id, for per-template diagnostics. */
  template: string;
  /** Spans that are neither positive nor negative: findings there are not scored (real-world sets). */
  unscored?: [number, number][];
  /** Values written on purpose as negatives (real-world sets): counted only, every unlabelled span is negative. */
  negatives?: [number, number][];
  /** What the file exercises (real-world sets): per-area rows. */
  areas?: readonly string[];
}
