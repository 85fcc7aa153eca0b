import type { BrowserContext, Worker } from 'playwright-core';

export const EXTENSION_DIR: string;
export function chromiumPath(): string;
export function assertReady(): void;

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** http(s) requests made by any extension context (must stay empty). */
  extensionRequests: string[];
  url: (path: string) => string;
  badge: () => Promise<string>;
  close: () => Promise<void>;
}

export function launchExtension(options?: {
  headless?: boolean;
  pages?: Record<string, string>;
  env?: Record<string, string>;
}): Promise<LaunchedExtension>;

export function readFixture(name: string): {
  html: string;
  expected: { _fixture: { pageUrl: string } } & Record<string, unknown>;
  pageUrl: string;
};
