import type { Role } from "../../lib/auth/roles.ts";

// Demo logins exist only in embedded/demo mode; scripts/serve.ts prints them at start.
export const DEMO_PASSWORD = "framewise-demo";
export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@framewise.example", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@framewise.example", name: "Elena Editor", role: "EDITOR" },
  { email: "reviewer@framewise.example", name: "Ravi Reviewer", role: "REVIEWER" },
  { email: "reviewer2@framewise.example", name: "Rosa Reviewer", role: "REVIEWER" },
];
