import { systemBrowser } from './system-browsers';

/** Finds (or, as root, installs) both system browsers once before any E2E test runs. */
export default function setup(): void {
  systemBrowser('chromium');
  systemBrowser('firefox');
}
