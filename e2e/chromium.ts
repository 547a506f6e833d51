import { existsSync } from "node:fs";

// Playwright drives the system's Chromium (Debian's package); it never downloads a browser.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumAvailable = () => existsSync(CHROMIUM_PATH);

export const HOW_TO_GET_CHROMIUM = [
  `No Chromium found at ${CHROMIUM_PATH}; the end-to-end tests need one.`,
  "  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium",
  "  macOS: install Google Chrome or Chromium, then set CHROMIUM_PATH to its binary,",
  '         e.g. CHROMIUM_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium" npm test',
].join("\n");
