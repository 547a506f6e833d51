import Link from "next/link";
import { canAccess, ROLE_LABELS, type Area } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/guard";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

const AREAS: { area: Area; href: string; label: string }[] = [
  { area: "events", href: "/events", label: "Events" },
  { area: "articles", href: "/articles", label: "Articles" },
  { area: "import", href: "/import", label: "Import" },
  { area: "tagging", href: "/tagging", label: "Tagging" },
  { area: "adjudicate", href: "/adjudication", label: "Adjudication" },
  { area: "compare", href: "/compare", label: "Compare" },
  { area: "reports", href: "/reports", label: "Reports" },
  { area: "admin", href: "/admin", label: "Admin" },
];

export function AppNav({ user }: { user: SessionUser }) {
  const links = AREAS.filter(({ area }) => canAccess(user.role, area));
  return (
    <nav className="app-nav" aria-label="Main">
      <span className="brand">Framewise</span>
      <NavLinks links={links} />
      <div className="nav-user">
        <Link href="/account" data-testid="current-user" title="Your account: password and sessions">
          {user.name} · {ROLE_LABELS[user.role]}
        </Link>
        <SignOutButton />
      </div>
    </nav>
  );
}
