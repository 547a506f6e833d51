import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="centered-page">
      <h1>You don&apos;t have access to this page</h1>
      <p>Your role does not include this part of Framewise. Ask an admin if you need it.</p>
      <Link href="/events">Back to events</Link>
    </main>
  );
}
