/** The progress line: its wording, redrawn in place on a terminal, plain periodic lines otherwise. */
import { PassThrough } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, test } from "vitest";
import { formatProgress, ProgressReporter, type ProgressSnapshot } from "../src/batch/progress.ts";

const SNAPSHOT: ProgressSnapshot = { articles: 12_345, errors: 3, bytesRead: 450, totalBytes: 1000, seconds: 83.4 };

test("articles, rate, errors, elapsed and the share of bytes read", () => {
  expect(formatProgress(SNAPSHOT)).toBe("warta: 12,345 articles, 148/s, 3 errors, 0:01:23 elapsed, 45.0%");
});

test("no percentage while the total is not known yet", () => {
  expect(formatProgress({ ...SNAPSHOT, totalBytes: null })).toBe("warta: 12,345 articles, 148/s, 3 errors, 0:01:23 elapsed");
});

function capture(isTTY: boolean): { stream: PassThrough & { isTTY?: boolean }; text: () => string } {
  const stream: PassThrough & { isTTY?: boolean } = new PassThrough();
  stream.isTTY = isTTY;
  let text = "";
  stream.on("data", (chunk) => (text += chunk));
  return { stream, text: () => text };
}

test("on a terminal the line is redrawn in place and cleared at the end", async () => {
  const { stream, text } = capture(true);
  const reporter = new ProgressReporter(stream, () => SNAPSHOT);
  reporter.start();
  await sleep(600);
  reporter.stop();
  expect(text()).toMatch(/^(\r\x1b\[2Kwarta: 12,345 articles[^\n]*)+\r\x1b\[2K$/);
  expect(text()).not.toContain("\n");
});

test("elsewhere a plain line is written every interval", async () => {
  const { stream, text } = capture(false);
  const reporter = new ProgressReporter(stream, () => SNAPSHOT, { plainIntervalMs: 100 });
  reporter.start();
  await sleep(450);
  reporter.stop();
  const lines = text().split("\n").filter(Boolean);
  expect(lines.length).toBeGreaterThanOrEqual(2);
  expect(lines.every((line) => line === formatProgress(SNAPSHOT))).toBe(true);
});
