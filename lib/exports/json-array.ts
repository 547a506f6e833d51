import { Transform } from "node:stream";

/**
 * Turns NDJSON (one object per line) into one JSON array while streaming: JSON text never holds a raw line
 * break, so each line break between objects becomes ",\n".
 */
export function ndjsonToArray(): Transform {
  let started = false;
  let pendingBreak = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let text = chunk.toString("utf8");
      let out = started ? "" : "[\n";
      started = true;
      if (pendingBreak && text.length > 0) out += ",\n";
      pendingBreak = text.endsWith("\n");
      if (pendingBreak) text = text.slice(0, -1);
      done(null, out + text.replaceAll("\n", ",\n"));
    },
    flush(done) {
      done(null, started ? "\n]\n" : "[]\n");
    },
  });
}
