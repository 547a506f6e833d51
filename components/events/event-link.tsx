import Link from "next/link";

/** An event's title, linking to its page; <bdi> keeps right-to-left or override characters inside it. */
export function EventLink({ event }: { event: { id: string; title: string } }) {
  return (
    <Link href={`/events/${event.id}`}>
      <bdi>{event.title}</bdi>
    </Link>
  );
}
