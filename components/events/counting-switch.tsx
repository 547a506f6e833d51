import Link from "next/link";
import type { SyndicatedCounting } from "@/lib/events/queries";

/** How syndicated copies are counted on this page, with a link to the other way; `path` is the page's. */
export function CountingSwitch({ counting, path }: { counting: SyndicatedCounting; path: string }) {
  return (
    <p className="small">
      Syndicated copies (another outlet&apos;s story rerun with small edits):{" "}
      {counting === "once" ? (
        <>
          counted once, for the original · <Link href={path}>count per outlet</Link>
        </>
      ) : (
        <>
          counted for each outlet that ran them · <Link href={`${path}?copies=once`}>count once</Link>
        </>
      )}
    </p>
  );
}
