import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disabledChromiumFeatures } from './chromium-features.js';
import { chromiumArgs, chromiumSandboxed, launchChromium } from './chromium-launch.js';

const executablePath = process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

describe.runIf(existsSync(executablePath))('launchChromium (runs where Chromium is at $BUILDWRIGHT_CHROMIUM or /usr/bin/chromium)', () => {
  it('behavior: Chromium runs in its own sandbox when it starts there, decided once by launching; as root it never does', async () => {
    expect(await chromiumSandboxed(executablePath)).toBeUndefined();
    const [first, second] = await Promise.all([
      launchChromium({ adapter: 'browserCheck', executablePath, args: chromiumArgs }),
      launchChromium({ adapter: 'browserCheck', executablePath, args: chromiumArgs }),
    ]);
    try {
      const sandboxed = await chromiumSandboxed(executablePath);
      expect(typeof sandboxed).toBe('boolean');
      if (process.getuid?.() === 0) expect(sandboxed).toBe(false);
      // Chromium's own account of its renderer's sandbox, in both browsers.
      for (const browser of [first, second]) {
        const page = await browser.newPage();
        await page.goto('chrome://sandbox');
        const status = (await page.textContent('body')) ?? '';
        expect(status).toContain(sandboxed ? 'You are adequately sandboxed.' : 'You are NOT adequately sandboxed.');
      }
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("behavior: an open browser adds no process signal handlers: Ctrl-C stays the host's (Playwright would exit with 130)", async () => {
    const before = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => process.listenerCount(signal));
    const browser = await launchChromium({ adapter: 'browserCheck', executablePath, args: chromiumArgs });
    try {
      expect((['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => process.listenerCount(signal))).toEqual(before);
    } finally {
      await browser.close();
    }
  });

  it("behavior: the features the checks turn off join Playwright's own in the one --disable-features Chromium is given (it reads only the last)", async () => {
    const browser = await launchChromium({ adapter: 'browserCheck', executablePath, args: [...chromiumArgs, '--disable-features=Translate'] });
    try {
      const page = await browser.newPage();
      await page.goto('chrome://version');
      const commandLine = (await page.textContent('#command_line')) ?? '';
      const flags = commandLine.split(/\s+/).filter((arg) => arg.startsWith('--disable-features='));
      expect(flags).toHaveLength(1);
      const features = flags[0]!.slice('--disable-features='.length).split(',');
      // Playwright's (PaintHolding, MediaRouter: see chromiumSwitches in playwright-core), the caller's and the checks'.
      expect(features).toEqual(expect.arrayContaining(['PaintHolding', 'MediaRouter', 'Translate', ...disabledChromiumFeatures]));
    } finally {
      await browser.close();
    }
  });

  it('error: a binary that does not start is an error, and decides nothing', async () => {
    await expect(launchChromium({ adapter: 'browserCheck', executablePath: '/bin/false', args: chromiumArgs })).rejects.toThrow();
    expect(await chromiumSandboxed('/bin/false')).toBeUndefined();
  });
});
