import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/index.ts";
import { jekyllVariables, replaceJekyllVariables } from "../../src/markdown/jekyllVariables.ts";

const base = "https://example.github.io/notes/";

describe("Jekyll's link variables", () => {
  it("are replaced by the addresses they stand for", () => {
    expect(replaceJekyllVariables("{{ site.baseurl }}/about/", { base })).toBe("/about/");
    expect(replaceJekyllVariables("{{site.url}}{{ site.baseurl }}/feed.xml", { base })).toBe("https://example.github.io/notes/feed.xml");
    expect(replaceJekyllVariables(`{{ "/assets/x.png" | relative_url }} {{ '/y/' | absolute_url }} {{ "/z/" | prepend: site.baseurl }}`, { base })).toBe(
      "/assets/x.png https://example.github.io/notes/y/ /z/",
    );
  });

  it("read {% link %} and {% post_url %} as the addresses of the files they name, when known", () => {
    const known: Record<string, string> = { "link:about.md": "/about/", "post_url:2019-05-04-welcome": "/2019/05/04/welcome.html" };
    const addressOf = (kind: string, written: string) => known[`${kind}:${written}`];
    expect(replaceJekyllVariables("[a]({% link about.md %}) [b]({%- post_url 2019-05-04-welcome -%}) [c]({% link gone.md %}) `{% link about.md %}`", { base, addressOf })).toBe(
      "[a](/about/) [b](/2019/05/04/welcome.html) [c]({% link gone.md %}) `{% link about.md %}`",
    );
  });

  it("leave code and every other template tag as written", () => {
    const text = "Write `{{ site.baseurl }}` in a layout; {{ site.title }} and {% link a.md %} stay.";
    expect(replaceJekyllVariables(text, { base })).toBe(text);
  });

  it("make links of Markdown links and HTML that use them, before Markdown reads them", () => {
    const md = createMarkdown().use(jekyllVariables, { base });
    const html = md.render('See [about]({{ site.baseurl }}/about/) and ![logo]({{ "/assets/logo.png" | relative_url }}).\n\n<img src="{{ site.baseurl }}/a.png" alt="">\n\n```\n{{ site.baseurl }}\n```\n');
    expect(html).toContain('<a href="/about/">about</a>');
    expect(html).toContain('<img src="/assets/logo.png" alt="logo">');
    expect(html).toContain('<img src="/a.png" alt="">');
    expect(html).toContain("<code>{{ site.baseurl }}\n</code>");
  });
});
