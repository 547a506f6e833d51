import { describe, expect, it } from "vitest";
import { hiddenFormFields } from "./form-fields.ts";

describe("hiddenFormFields", () => {
  it("reads the hidden inputs of the page's form with their values unescaped", () => {
    const html = `<main><form action="" encType="multipart/form-data" method="POST">
      <input type="hidden" name="$ACTION_REF_1"/>
      <input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;40ab&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
      <input type="hidden" name="$ACTION_1:1" value="[&quot;a &amp; b &lt;c&gt; &#x27;d&#x27;&quot;]"/>
      <input type="email" name="email" value=""/></form><form><input type="hidden" name="other" value="x"/></form></main>`;
    expect(hiddenFormFields(html)).toEqual([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"40ab","bound":"$@1"}'],
      ["$ACTION_1:1", `["a & b <c> 'd'"]`],
    ]);
  });

  it("says so when the page has no form", () => {
    expect(() => hiddenFormFields("<p>Signed in</p>")).toThrow(/no form/);
  });
});
