// Functions the benchmark runs inside the page (Playwright serialises them: they may use nothing from outside).
// Every time is from `performance.now()`, whose zero is the start of the page's navigation.

export interface LoadTimes {
  /** The text is in the visible document with all its paragraphs and highlights (the streamed part has landed). */
  inDocument: number;
  /** The first frame with it has been drawn: the highlighted text is on screen. */
  shown: number;
  /** React has attached its handlers to the text: selecting and keys work from here. */
  hydrated: number;
  /** Long tasks (over 50 ms) of the page: when each started and how long it took. */
  longTasks: { start: number; duration: number }[];
}

export interface PressTimes {
  key: number;
  /** The new tag's highlight is in the DOM, and the first frame with it has been drawn. */
  highlight: number;
  highlightDrawn: number;
  /** The server action's response has arrived (end of the network fetch), and the workspace has announced it. */
  response: number;
  acknowledged: number;
}

export interface ScrollFrames {
  deltas: number[];
  longTasks: number[];
  height: number;
}

type BenchWindow = Window & {
  __benchLoad?: Partial<LoadTimes>;
  __benchPress?: Promise<PressTimes>;
  afterNextPaint?: (callback: () => void) => void;
};

/**
 * Installed before each document starts: `afterNextPaint` calls back once the next frame has been drawn (a
 * frame's style, layout and paint run right after its animation-frame callbacks; a message posted from one
 * is delivered after them).
 */
export function installAfterNextPaint() {
  (window as BenchWindow).afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback();
      channel.port2.postMessage(null);
    });
}

/** Installed before each document starts: watches for the tagged text, its first frame, and hydration. */
export function watchWorkspaceLoad(paragraphs: number) {
  const state: Partial<LoadTimes> = { longTasks: [] };
  (window as BenchWindow).__benchLoad = state;
  new PerformanceObserver((list) => {
    for (const { startTime, duration } of list.getEntries()) state.longTasks!.push({ start: startTime, duration });
  }).observe({ type: "longtask", buffered: true });
  // The loading skeleton comes first; React streams the page into a hidden element, then moves it in place.
  const complete = () => {
    const root = document.querySelector('[data-testid="tagged-text"]');
    const ready = root && !root.closest("[hidden]") && root.children.length >= paragraphs;
    return ready && root.querySelector("span[title]") ? root : null;
  };
  const hydrated = (root: Element) => Object.keys(root).some((key) => key.startsWith("__reactProps"));
  const observer = new MutationObserver(() => {
    const root = complete();
    if (!root) return;
    observer.disconnect();
    state.inDocument = performance.now();
    (window as BenchWindow).afterNextPaint!(() => (state.shown = performance.now()));
    const waitForHydration = () =>
      hydrated(root) ? (state.hydrated = performance.now()) : requestAnimationFrame(waitForHydration);
    waitForHydration();
  });
  observer.observe(document, { childList: true, subtree: true });
}

export function loadTimes(): Partial<LoadTimes> {
  return (window as BenchWindow).__benchLoad ?? {};
}

/** Scrolls the segment at `start` into the middle of the window and selects `end - start` characters there, as a mouse would. */
export function selectWord({ start, end }: { start: number; end: number }) {
  const root = document.querySelector<HTMLElement>('[data-testid="tagged-text"]')!;
  const segment = [...root.querySelectorAll<HTMLElement>("[data-start]")].findLast(
    (candidate) => Number(candidate.dataset.start) <= start,
  )!;
  segment.scrollIntoView({ block: "center" });
  const text = segment.firstChild!;
  const from = start - Number(segment.dataset.start);
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, from + end - start);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
}

/**
 * Waits for the next key press and times it: the highlight at `start` appearing and being drawn, the server
 * action's response arriving, and the workspace announcing the saved tag. Gives up after 30 s, saying what came.
 */
export function armPress({ start, word }: { start: number; word: string }) {
  const root = document.querySelector('[data-testid="tagged-text"]')!;
  const status = document.querySelector('aside [role="status"]')!;
  const times: Partial<PressTimes> = {};
  (window as BenchWindow).__benchPress = new Promise((resolve, reject) => {
    const observers: { disconnect(): void }[] = [];
    const finish = () => {
      if ([times.highlightDrawn, times.response, times.acknowledged].includes(undefined)) return;
      observers.forEach((observer) => observer.disconnect());
      clearTimeout(giveUp);
      resolve(times as PressTimes);
    };
    const giveUp = setTimeout(() => reject(new Error(`Tagging "${word}" timed out: ${JSON.stringify(times)}`)), 30_000);
    addEventListener("keydown", (event) => (times.key = event.timeStamp), { capture: true, once: true });
    const highlight = new MutationObserver(() => {
      if (times.highlight !== undefined || !root.querySelector(`[data-start="${start}"][title]`)) return;
      times.highlight = performance.now();
      (window as BenchWindow).afterNextPaint!(() => {
        times.highlightDrawn = performance.now();
        finish();
      });
    });
    highlight.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["title"] });
    // Server actions are fetches: the first one after the key is the tag's.
    const response = new PerformanceObserver((list) => {
      const post = list
        .getEntries()
        .find(
          (entry) => (entry as PerformanceResourceTiming).initiatorType === "fetch" && entry.startTime >= times.key!,
        );
      if (times.response !== undefined || !post) return;
      times.response = (post as PerformanceResourceTiming).responseEnd;
      finish();
    });
    response.observe({ type: "resource" });
    const announcement = new MutationObserver(() => {
      if (times.acknowledged !== undefined || !status.textContent?.includes(`Tagged “${word}”`)) return;
      times.acknowledged = performance.now();
      finish();
    });
    announcement.observe(status, { subtree: true, childList: true, characterData: true });
    observers.push(highlight, response, announcement);
  });
}

export function pressTimes(): Promise<PressTimes> {
  return (window as BenchWindow).__benchPress!;
}

/** Scrolls from the top to the bottom by `step` pixels per frame, timing every frame and every long task. */
export function scrollWholePage(step: number): Promise<ScrollFrames> {
  scrollTo(0, 0);
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: "longtask" });
  return new Promise((resolve) => {
    const deltas: number[] = [];
    let previous: number | null = null;
    const frame = (time: number) => {
      if (previous !== null) deltas.push(time - previous);
      previous = time;
      const height = document.scrollingElement!.scrollHeight;
      if (scrollY + innerHeight >= height - 1) {
        observer.disconnect();
        resolve({ deltas, longTasks, height });
      } else {
        scrollBy(0, step);
        requestAnimationFrame(frame);
      }
    };
    // The first frame only sets the clock: the jump to the top is not part of the scroll.
    requestAnimationFrame(() => requestAnimationFrame(frame));
  });
}
