import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type BrowserKind = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserKind, { paths: string[]; aptPackage: string }> = {
  chromium: { paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], aptPackage: 'chromium' },
  firefox: { paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], aptPackage: 'firefox-esr' },
};

/** Path of the system browser; installs it with apt-get when missing and running as root. */
export function systemBrowser(kind: BrowserKind): string {
  const { paths, aptPackage } = CANDIDATES[kind];
  const found = paths.find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0) {
    console.log(`[e2e] installing ${aptPackage} with apt-get …`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', aptPackage], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = paths.find((p) => existsSync(p));
    if (installed) return installed;
  }
  throw new Error(
    `${kind} not found at ${paths.join(' or ')}. Install the Debian package: apt-get install ${aptPackage}`,
  );
}
