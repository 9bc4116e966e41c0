import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import { compact, cypher } from "./cypher";

describe("a query's text as sent to Neo4j", () => {
  it("leaves out comments and indentation, and keeps strings and quoted names as written", () => {
    const text = [
      "// name: q — a query",
      "MATCH (a:Agency {url: 'https://x.nl//y'})   // the agency",
      "  /* a block",
      "     comment */ WHERE a.name = \"it's \\\" // not a comment\"",
      "RETURN a.`odd  ``name`` // here` AS x",
    ].join("\n");
    expect(compact(text)).toBe(
      "MATCH (a:Agency {url: 'https://x.nl//y'}) WHERE a.name = \"it's \\\" // not a comment\" RETURN a.`odd  ``name`` // here` AS x",
    );
  });

  it("is the same tokens, one space apart, whatever the comments and spacing between them", () => {
    const quoted = (q: string) => fc.string({ maxLength: 8 }).map((s) => q + s.replace(/[\\'"`]/g, "") + q);
    const token = fc.oneof(
      fc.stringMatching(/^[A-Za-z_$][\w$]{0,6}$/),
      fc.constantFrom("(", ")", "{", "}", ":", ",", "=", "<>", "->", "-[", "]-", "."),
      quoted("'"), quoted('"'), quoted("`"),
      fc.constant("'a // b /* c'"), fc.constant('"it\\"s"'), fc.constant("'\\\\'"),
    );
    const gap = fc.constantFrom(" ", "\n", "  \n\t", " // a comment\n", "/* block\n comment */", "\n// name: x\n");
    fc.assert(fc.property(fc.array(fc.tuple(token, gap), { minLength: 1, maxLength: 12 }), (pieces) => {
      const text = pieces.map(([t, g]) => t + g).join("");
      expect(compact(text)).toBe(pieces.map(([t]) => t).join(" "));
    }));
  });

  it("is what every query file in src/ sends: no comment, no line break, its name still known", () => {
    const files = fs.readdirSync(path.join(projectRoot, "src"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".cypher"));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const query = cypher(file);
      expect(query.name).toMatch(/^[\w.-]+$/);
      expect(query.text).not.toMatch(/\n|\/\/ name:/);
      expect(query.text.length).toBeLessThan(fs.readFileSync(path.join(projectRoot, "src", file), "utf8").length);
    }
  });
});
