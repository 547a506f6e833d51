import Link from "next/link";

/** "Page N of M" with Previous and Next; `hrefFor` builds a page's address with the current filters. */
export function ListPager(props: { page: number; pages: number; hrefFor: (page: number) => string; label: string }) {
  const { page, pages, hrefFor } = props;
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={props.label}>
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev">
          ← Previous
        </Link>
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && (
        <Link href={hrefFor(page + 1)} rel="next">
          Next →
        </Link>
      )}
    </nav>
  );
}
