// Types for host.cjs, for the TypeScript UI tests.
import type { BrowserContext } from 'playwright-core';

export declare const HOST_VERSION: string;
export declare const repoRoot: string;
export declare const artifactsDir: string;
export declare const chromiumPath: string;
export declare function hostDir(): string;
export declare function missingReason(): string | null;
export interface CodeServer {
  port: number;
  origin: string;
  tmp: string;
  logFile: string;
  userDataDir: string;
  stop(): Promise<void>;
}
export declare function startCodeServer(options?: { name?: string; userDataDir?: string; extensionsDir?: string; env?: Record<string, string>; port?: number }): Promise<CodeServer>;
export declare function installExtension(vsix: string, extensionsDir: string): string;
export declare function workbenchUrl(origin: string, folder: string, options?: { extensionDevelopmentPath?: string | string[]; extensionTestsPath?: string }): string;
export declare function launchBrowser(profileDir: string): Promise<BrowserContext>;
export declare function formatLogArgs(args: unknown[]): string;
export declare function logFilter(): (line: string) => boolean;
export declare function sleep(ms: number): Promise<void>;
