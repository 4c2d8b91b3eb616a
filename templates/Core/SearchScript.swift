/// `search.js`, written with `search: pagefind` only: shows the search box the pages carry
/// hidden, and answers it from Pagefind's index (`pagefind/pagefind.js`, from the same folder as
/// this script). Results are links made with `textContent`, never markup from the index. A
/// reader without scripts never sees the box; the index of names is their way in.
public enum SearchScript {
    public static let source = """
    // Docket: the search box. Written only when content/site.yml has `search: pagefind`.
    const box = document.getElementById("search");
    if (box) {
      const input = box.querySelector("input");
      const list = box.querySelector("ul");
      let pagefind = null;
      let timer = 0;
      let turn = 0;
      box.hidden = false;
      const show = (items) => list.replaceChildren(...items);
      const item = (text, url) => {
        const li = document.createElement("li");
        if (url) {
          const a = document.createElement("a");
          a.href = url;
          a.textContent = text;
          li.append(a);
        } else {
          li.textContent = text;
        }
        return li;
      };
      const run = async () => {
        const query = input.value.trim();
        const mine = ++turn;
        if (!query) { show([]); return; }
        try {
          if (!pagefind) {
            pagefind = await import(new URL("pagefind/pagefind.js", import.meta.url).href);
            await pagefind.options({ baseUrl: box.dataset.base || "/" });
          }
          const found = await pagefind.search(query);
          const results = await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
          if (mine !== turn) return;
          show(results.length
            ? results.map((result) => item(result.meta.title || result.url, result.url))
            : [item("Nothing found. Try the index of names.", null)]);
        } catch (error) {
          if (mine === turn) show([item("Search is not available here.", null)]);
        }
      };
      input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(run, 150);
      });
    }

    """
}
