import Link from "next/link";

export default function NotFound() {
  return (
    <main className="centered-page">
      <h1>Page not found</h1>
      <p>The page you asked for does not exist, or was removed.</p>
      <Link href="/events">Back to events</Link>
    </main>
  );
}
