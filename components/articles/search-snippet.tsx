import { headlineParts } from "@/lib/articles/headline";

/** The passages of an article's text around the search words, the words themselves marked. */
export function SearchSnippet({ snippet }: { snippet: string }) {
  return (
    <p className="small muted" dir="auto">
      …{headlineParts(snippet).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}…
    </p>
  );
}
