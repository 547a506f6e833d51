import { describe, expect, it } from "vitest";
import { formatCoefficient } from "./format-coefficient";

describe("formatCoefficient", () => {
  it("rounds to three decimals, with a real minus sign, and a dash when undefined", () => {
    expect(formatCoefficient(0.74336)).toBe("0.743");
    expect(formatCoefficient(1)).toBe("1.000");
    expect(formatCoefficient(-0.1204)).toBe("−0.120");
    expect(formatCoefficient(-0.0001)).toBe("0.000");
    expect(formatCoefficient(null)).toBe("—");
  });
});
