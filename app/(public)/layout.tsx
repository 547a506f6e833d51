import type { ReactNode } from "react";

// Pages for readers without a login (a shared report, the PDF renderer's print view): no navigation, no session.
export default function PublicLayout({ children }: { children: ReactNode }) {
  return <main className="page">{children}</main>;
}
