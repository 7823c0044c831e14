import { describe, expect, it } from "vitest";
import {
  diagramLine,
  mermaidLoadTime,
  mermaidRule,
  parsedLineOrigins,
  summariseMermaidError,
} from "../../../src/checks/rules/mermaid.ts";
import type { Diagnostic } from "../../../src/diagnostics/diagnostic.ts";
import { contextFrom } from "../helpers.ts";

async function check(files: Record<string, string>): Promise<Diagnostic[]> {
  return mermaidRule.check(contextFrom(files));
}

describe("mermaidRule", () => {
  it("does not load mermaid when no page has a diagram", async () => {
    expect(await check({ "about.md": "# About\n\n```js\nlet mermaid = 1;\n```\n" })).toEqual([]);
    expect(mermaidLoadTime()).toBe(0);
  });

  it("accepts diagrams that parse, at any depth and with front matter, directives and comments", async () => {
    const text = [
      "```mermaid",
      "flowchart LR",
      "  A --> B",
      "```",
      "",
      "- A list item:",
      "",
      "  ```mermaid",
      "  ---",
      "  title: Nested",
      "  ---",
      "  %%{init: {'theme': 'dark'}}%%",
      "  sequenceDiagram",
      "    %% a comment",
      "    Alice->>Bob: Hi",
      "  ```",
      "",
      "```Mermaid",
      "pie title Pets",
      '  "Dogs" : 3',
      "```",
    ].join("\n");
    expect(await check({ "guides/diagrams.md": text })).toEqual([]);
    // Measured once per process; recorded so the report can quote it.
    expect(mermaidLoadTime()).toBeGreaterThan(0);
  }, 30_000);

  it("reports a diagram that does not parse at the line mermaid names, with its message", async () => {
    const text = [
      "---", "title: Flow", "---",
      "Intro.", // 4
      "",
      "```mermaid", // 6
      "%%{init: {'theme': 'dark'}}%%", // 7
      "graph TD", // 8
      "  %% edges", // 9
      "  A-->B", // 10
      "  B-->>", // 11: the broken edge
      "  D-->E", // 12
      "```",
    ].join("\n");
    const diagnostics = await check({ "guides/flow.md": text });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: "content/guides/flow.md", line: 11, column: 1, rule: "mermaid", severity: "error" });
    expect(diagnostics[0]?.message).toMatch(/^mermaid diagram \(fence at line 6\) does not parse: Parse error on diagram line 5: Expecting /);
  }, 30_000);

  it("reports an unknown diagram type at the fence's line, and fences inside list items", async () => {
    const text = ["# T", "", "```mermaid", "nonsense here", "```", "", "1. Step", "", "   ```mermaid", "   sequenceDiagram", "     Alice->>Bob", "   ```"].join("\n");
    const diagnostics = await check({ "about.md": text });
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [3, expect.stringMatching(/^mermaid diagram \(fence at line 3\) does not parse: No diagram type detected .*nonsense here$/)],
      [11, expect.stringMatching(/^mermaid diagram \(fence at line 9\) does not parse: Parse error on diagram line 2: Expecting /)],
    ]);
  }, 30_000);
});

describe("mermaid messages and lines", () => {
  it("keeps the first line and the Expecting line of a parser error", () => {
    const message = "Parse error on line 3:\n...ph TD  A-->B\n---------^\nExpecting 'TXT', got 'NEWLINE'";
    expect(summariseMermaidError(message)).toBe("Parse error on line 3: Expecting 'TXT', got 'NEWLINE'");
    expect(summariseMermaidError("x".repeat(300))).toHaveLength(220);
  });

  it("maps mermaid's line numbers back through the text it drops before parsing", () => {
    expect(parsedLineOrigins("---\ntitle: x\n---\ngraph TD\n  A-->B\n")).toEqual([4, 5, 6]);
    expect(parsedLineOrigins("\n\ngraph TD\n  %% c\n  A-->B\n")).toEqual([3, 5, 6]);
    // At the end of the text, mermaid names a line past the diagram: clamp to its last line.
    expect(diagramLine("Parse error on line 9:", "graph TD\n  A-->\n")).toBe(2);
    expect(diagramLine("No diagram type detected", "x\n")).toBeUndefined();
  });
});
