// The LSP trace channel (hush.trace.server: verbose logs whole messages, document text included) passes
// every line through the engine first, so a trace never shows a raw secret.
import * as vscode from 'vscode';
import { createScanner, redactText, type Scanner } from '../engine';

export class MaskingOutputChannel implements vscode.LogOutputChannel {
  private scanner: Scanner | undefined;

  constructor(private readonly inner: vscode.LogOutputChannel) {}

  get logLevel(): vscode.LogLevel {
    return this.inner.logLevel;
  }

  get onDidChangeLogLevel(): vscode.Event<vscode.LogLevel> {
    return this.inner.onDidChangeLogLevel;
  }

  /** Extra arguments are stringified and masked too: they may be message payloads. */
  private maskArgs(args: unknown[]): string[] {
    return args.map((a) => this.mask(typeof a === 'string' ? a : (JSON.stringify(a) ?? String(a))));
  }

  trace(message: string, ...args: unknown[]): void {
    this.inner.trace(this.mask(message), ...this.maskArgs(args));
  }

  debug(message: string, ...args: unknown[]): void {
    this.inner.debug(this.mask(message), ...this.maskArgs(args));
  }

  info(message: string, ...args: unknown[]): void {
    this.inner.info(this.mask(message), ...this.maskArgs(args));
  }

  warn(message: string, ...args: unknown[]): void {
    this.inner.warn(this.mask(message), ...this.maskArgs(args));
  }

  error(error: string | Error, ...args: unknown[]): void {
    this.inner.error(this.mask(typeof error === 'string' ? error : `${error.name}: ${error.message}`), ...this.maskArgs(args));
  }

  get name(): string {
    return this.inner.name;
  }

  /** Built on first use: most sessions never trace. */
  private mask(value: string): string {
    this.scanner ??= createScanner();
    return redactText(this.scanner, value);
  }

  append(value: string): void {
    this.inner.append(this.mask(value));
  }

  appendLine(value: string): void {
    this.inner.appendLine(this.mask(value));
  }

  replace(value: string): void {
    this.inner.replace(this.mask(value));
  }

  clear(): void {
    this.inner.clear();
  }

  show(preserveFocusOrColumn?: boolean | vscode.ViewColumn, preserveFocus?: boolean): void {
    if (typeof preserveFocusOrColumn === 'boolean' || preserveFocusOrColumn === undefined) this.inner.show(preserveFocusOrColumn);
    else this.inner.show(preserveFocusOrColumn, preserveFocus);
  }

  hide(): void {
    this.inner.hide();
  }

  dispose(): void {
    this.inner.dispose();
  }
}
