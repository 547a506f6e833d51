import { describe, expect, it } from "vitest";
import { libpqTarget } from "./libpq-target.ts";

describe("libpqTarget", () => {
  it("keeps the password out of the command line and hands it over in PGPASSWORD", () => {
    const target = libpqTarget("postgresql://framewise:s%40cret%2Fpw@db.example.org:6432/framewise?sslmode=require");
    expect(target.dbname).toBe("postgresql://framewise@db.example.org:6432/framewise?sslmode=require");
    expect(target.env).toEqual({ PGPASSWORD: "s@cret/pw" });
    expect(target.label).toBe("db.example.org:6432/framewise");
    expect(target.schema).toBeNull();
  });

  it("drops the query parameters libpq rejects, reporting Prisma's schema", () => {
    const target = libpqTarget("postgresql://u@localhost/app?schema=framewise&connection_limit=5&sslmode=disable");
    expect(target.dbname).toBe("postgresql://u@localhost/app?sslmode=disable");
    expect(target.schema).toBe("framewise");
    expect(target.env).toEqual({});
  });
});
