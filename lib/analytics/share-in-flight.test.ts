import { describe, expect, it } from "vitest";
import { shareInFlight } from "./share-in-flight.ts";

function deferred() {
  let resolve!: (value: number) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<number>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

describe("shareInFlight", () => {
  it("answers calls with the same key from one running read, and reads anew once it settled", async () => {
    const reads: { key: string; answer: ReturnType<typeof deferred> }[] = [];
    const read = shareInFlight(
      (key: string) => key,
      (key: string) => {
        const answer = deferred();
        reads.push({ key, answer });
        return answer.promise;
      },
    );
    const [a, b, other] = [read("x"), read("x"), read("y")];
    expect(reads.map((one) => one.key)).toEqual(["x", "y"]);
    reads[0].answer.resolve(1);
    reads[1].answer.resolve(2);
    expect(await Promise.all([a, b, other])).toEqual([1, 1, 2]);
    const again = read("x");
    expect(reads).toHaveLength(3);
    reads[2].answer.resolve(3);
    expect(await again).toBe(3);
  });

  it("gives a failure to every caller that shared the read, and does not keep it", async () => {
    const answers: ReturnType<typeof deferred>[] = [];
    const read = shareInFlight(
      () => "same",
      () => {
        answers.push(deferred());
        return answers.at(-1)!.promise;
      },
    );
    const [a, b] = [read(), read()];
    answers[0].reject(new Error("down"));
    await expect(a).rejects.toThrow("down");
    await expect(b).rejects.toThrow("down");
    const next = read();
    answers[1].resolve(4);
    expect(await next).toBe(4);
  });
});
