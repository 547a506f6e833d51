import type { IncomingMessage } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";

export type BodyResult =
  { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true } | { ok: false; tooLarge: false; reason: string };

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/** Reads the raw body, stopping (and closing the connection) as soon as it exceeds the cap. */
async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > maxBytes) {
      response.destroy();
      return null;
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** "deflate" is zlib-wrapped by the standard but raw from some servers; a zlib stream starts with 0x78. */
function inflateEither(raw: Buffer, options: zlib.ZlibOptions): Promise<Buffer> {
  return raw[0] === 0x78 ? inflate(raw, options) : inflateRaw(raw, options);
}

/** Decompresses per Content-Encoding with the same cap on the output, so a small compressed bomb cannot blow up. */
async function decode(raw: Buffer, encoding: string, maxBytes: number): Promise<Buffer> {
  const options = { maxOutputLength: maxBytes };
  switch (encoding) {
    case "gzip":
    case "x-gzip":
      return gunzip(raw, options);
    case "deflate":
      return inflateEither(raw, options);
    case "br":
      return brotli(raw, { maxOutputLength: maxBytes });
    default:
      return raw;
  }
}

function isOutputLimitError(error: unknown): boolean {
  return (
    error instanceof RangeError || (error instanceof Error && "code" in error && error.code === "ERR_BUFFER_TOO_LARGE")
  );
}

export async function readBody(response: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const raw = await readCapped(response, maxBytes);
  if (!raw) return { ok: false, tooLarge: true };
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  if (!["gzip", "x-gzip", "deflate", "br", "identity", ""].includes(encoding)) {
    return {
      ok: false,
      tooLarge: false,
      reason: `The site sent the page compressed as "${encoding}", which the importer cannot read.`,
    };
  }
  try {
    return { ok: true, bytes: new Uint8Array(await decode(raw, encoding, maxBytes)) };
  } catch (error) {
    if (isOutputLimitError(error)) return { ok: false, tooLarge: true };
    return { ok: false, tooLarge: false, reason: "The site sent a damaged compressed page. Try again later." };
  }
}
