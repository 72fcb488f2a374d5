import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * Launches the machine's headless Chromium through playwright-core (which downloads no browser of
 * its own): `CHROMIUM_PATH` when set, otherwise Debian's `/usr/bin/chromium`.
 *
 * @returns The launched browser; close it when done.
 * @throws Error naming the path and the install command when no Chromium is there.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `launchChromium: no Chromium at ${executablePath}; install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}
