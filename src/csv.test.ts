import { CSV_BOM, csvCell, csvRow, toCsv } from "./csv";

describe("a CSV cell", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["=1+2 Hulpdienst", "'=1+2 Hulpdienst"],
    ["+31 6 12345678", "'+31 6 12345678"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+2", "'\t=1+2"],
    ["\r=1+2", `"'\r=1+2"`],
  ])("is made inert when a spreadsheet would run %j as a formula", (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each([[-3, "-3"], ["-3", "-3"], [-0.5, "-0.5"], ["-0.5", "-0.5"], [12, "12"], ["-1e-7", "-1e-7"]])("leaves the plain number %j a number", (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it("keeps a formula character that is not the first", () => {
    expect(csvCell("Noord-Oost")).toBe("Noord-Oost");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("is quoted when it holds the separator, a quote or a line break, its quotes doubled", () => {
    expect(csvCell("Noord;Zuid")).toBe('"Noord;Zuid"');
    expect(csvCell('De "Brug"')).toBe('"De ""Brug"""');
    expect(csvCell("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvCell("regel 1\r\nregel 2")).toBe('"regel 1\r\nregel 2"');
    expect(csvCell("a,b")).toBe("a,b"); // the comma is Dutch Excel's decimal sign, not its separator
  });

  it("is empty for null and undefined, and keeps diacritics as they are", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("Café Überweg, Zoë")).toBe("Café Überweg, Zoë");
  });
});

describe("a CSV file", () => {
  it("separates cells by ';', ends every line with CRLF and starts with a UTF-8 BOM", () => {
    expect(csvRow(["a", 1, "b"])).toBe("a;1;b\r\n");
    expect(toCsv([["section", "hits"], ["wijk", 3]])).toBe("\uFEFFsection;hits\r\nwijk;3\r\n");
    expect(CSV_BOM).toBe("\uFEFF");
    expect(new TextEncoder().encode(toCsv([])).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("keeps the delivered neighbourhood and agency as text, each in its own cell", () => {
    expect(toCsv([["neighbourhood", '=HYPERLINK("http://x","y")', 1], ["agency", "=1+2 Hulpdienst", 2]])).toBe(
      `\uFEFFneighbourhood;"'=HYPERLINK(""http://x"",""y"")";1\r\nagency;'=1+2 Hulpdienst;2\r\n`,
    );
  });
});
