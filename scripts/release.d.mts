/** Types of scripts/release.mjs for its specs (tests/release/). */
export const DEV_URL: string;
export const KIT_PREFIX: string;
export class ReleaseError extends Error {}
export function releaseUrl(text: string | undefined): { url: string; host: string; notes: string[] };
export function sharePath(text: string): string;
export function catalogGuid(share: string): string;
export function registryFile(share: string): Buffer;
export function manifestVersion(version: string): string;
export function checkNewVersion(outRoot: string, version: string): void;
export function hashedNames(files: readonly string[]): Map<string, string>;
export function releaseManifest(source: string, options: { url: string; version: string; files: readonly string[] }): string;
export function release(argv: string[], log?: (line: string) => void): Promise<string>;
