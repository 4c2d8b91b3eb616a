#!/usr/bin/env python3
"""Finding a person on a larger monitor, as a reader with JavaScript off: Docket's issue 22.

Usage: finding_check.py PUBLIC_DIR SITE_DIR [SCREENSHOT_DIR]

SITE_DIR is the site the build read (its content/ is read here with PyYAML, independently of
docket). From the home page, with JavaScript off in headless Chromium:
- other spellings of names are reached in two clicks (the bar of letters, then the spelling), on
  letters split over several pages too;
- a prison's, an article's and a year of arrest's facet pages, reached by links from the prisoner
  list, list exactly the people the content says (every detention counts), across their pages;
- with the chart's SVG file blocked (as Tor Browser's safest mode shows it), the home page shows
  the chart's alternative text and no loose axis labels.
"""
import datetime
import os
import re
import sys
import urllib.parse

import yaml
from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser_check  # noqa: E402
from browser_check import fail, make_driver, reach_by_alias, serve  # noqa: E402


def front_matter(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    _, block, _ = text.split("---\n", 2)
    return yaml.load(block, Loader=yaml.BaseLoader)  # every scalar as written


def year_of(value):
    match = re.match(r"\s*(-?\d{1,5})", str(value))
    return int(match.group(1)) if match else None


def load_content(site):
    content = os.path.join(site, "content")
    prisons = {}
    prisons_file = os.path.join(content, "prisons.yml")
    if os.path.exists(prisons_file):
        with open(prisons_file, encoding="utf-8") as handle:
            for slug, entry in (yaml.load(handle, Loader=yaml.BaseLoader) or {}).items():
                for spelling in [slug, entry["name"]] + list(entry.get("aliases", [])):
                    prisons[spelling.casefold()] = slug
    people = {}
    folder = os.path.join(content, "prisoners")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".md"):
            continue
        fields = front_matter(os.path.join(folder, name))
        if fields.get("draft") == "true" or "embargo_until" in fields:
            continue
        detentions = fields.get("detentions") or [fields]
        people[name[:-3]] = {
            "name": fields["name"],
            "aliases": list(fields.get("aliases", [])),
            "prisons": {prisons.get(str(d["prison"]).casefold()) for d in detentions if d.get("prison")} - {None},
            "articles": {(c.get("code", "Criminal Code"), c["article"]) for d in detentions
                         for c in d.get("charges", []) if isinstance(c, dict) and "article" in c},
            "years": {year_of(d["arrested"]) for d in detentions if d.get("arrested")},
        }
    return people


def people_listed(driver, url):
    """The prisoners a paginated facet lists, following its rel=next links."""
    found, seen = set(), set()
    while url and url not in seen:
        seen.add(url)
        driver.get(url)
        for link in driver.find_elements(By.CSS_SELECTOR, "main a[href*='/prisoners/']"):
            match = re.search(r"/prisoners/([^/]+)/$", urllib.parse.urlparse(link.get_attribute("href")).path)
            if match and match.group(1) not in ("page", "by-arrest", "by-review"):
                found.add(match.group(1))
        nexts = driver.find_elements(By.CSS_SELECTOR, "main a[rel=next]")
        url = nexts[0].get_attribute("href") if nexts else None
    return found


def link_with_text(driver, text, within="main"):
    for link in driver.find_elements(By.CSS_SELECTOR, f"{within} a"):
        if link.text.strip().startswith(text):
            return link
    return None


def check_facet(driver, origin, label, index_link_text, value_text, expected):
    driver.get(origin + "/prisoners/")
    index = link_with_text(driver, index_link_text)
    if index is None:
        fail(f"{label}: /prisoners/ has no link {index_link_text!r}")
        return
    index.click()
    value = link_with_text(driver, value_text)
    if value is None:
        fail(f"{label}: {driver.current_url} has no link starting {value_text!r}")
        return
    listed = people_listed(driver, value.get_attribute("href"))
    if listed != expected:
        fail(f"{label}: lists {len(listed)} people, the content says {len(expected)}; "
             f"missing {sorted(expected - listed)[:5]}, extra {sorted(listed - expected)[:5]}")
    else:
        print(f"ok: {label}: {len(listed)} people, as the content says")


def check_chart_without_svg(driver, origin, shots):
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*.svg"]})
    try:
        driver.get(origin + "/")
        images = driver.find_elements(By.CSS_SELECTOR, "img[src$='chart.svg']")
        if not images:
            fail("chart: the home page shows no chart.svg image")
            return
        alt = images[0].get_attribute("alt") or ""
        if not re.search(r"\d", alt):
            fail(f"chart: its alternative text gives no figures: {alt!r}")
        if driver.find_elements(By.CSS_SELECTOR, "svg"):
            fail("chart: the home page still has an inline svg element")
        text = driver.find_element(By.TAG_NAME, "body").text
        if re.search(r"\b(19|20)\d\d\s+(19|20)\d\d\s+(19|20)\d\d", text):
            fail("chart: loose axis labels (years in a row) on the page without SVG")
        if shots:
            driver.save_screenshot(os.path.join(shots, "home-without-svg.png"))
        print("ok: chart without SVG shows its description and no loose labels")
    finally:
        driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    public, site = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    shots = sys.argv[3] if len(sys.argv) > 3 else None
    if shots:
        os.makedirs(shots, exist_ok=True)
    people = load_content(site)
    server = serve(public)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    driver = make_driver(1280, 1600)
    try:
        # Spellings spread over the alphabet, on letters of one page and of several.
        with_aliases = [(slug, p) for slug, p in sorted(people.items()) if p["aliases"]]
        for slug, person in with_aliases[:: max(1, len(with_aliases) // 6)][:6]:
            reach_by_alias(driver, origin, person["aliases"][0], slug, person["name"])

        prisons = sorted({p for person in people.values() for p in person["prisons"]})
        if prisons:
            slug = prisons[0]
            with open(os.path.join(site, "content", "prisons.yml"), encoding="utf-8") as handle:
                name = yaml.load(handle, Loader=yaml.BaseLoader)[slug]["name"]
            check_facet(driver, origin, f"prison {slug}", "By prison", name,
                        {s for s, p in people.items() if slug in p["prisons"]})
        else:
            fail("the site names no prison from content/prisons.yml")
        articles = sorted({a for person in people.values() for a in person["articles"]})
        if articles:
            code, article = articles[len(articles) // 2]
            check_facet(driver, origin, f"article {article} of the {code}", "By charge", f"Article {article}",
                        {s for s, p in people.items() if (code, article) in p["articles"]})
        else:
            fail("no charge names an article")
        years = sorted({y for person in people.values() for y in person["years"] if y})
        if years:
            year = years[len(years) // 2]
            check_facet(driver, origin, f"year of arrest {year}", "By year of arrest", str(year),
                        {s for s, p in people.items() if year in p["years"]})
        check_chart_without_svg(driver, origin, shots)
    finally:
        driver.quit()
        server.shutdown()
    failures = browser_check.failures
    print(f"finding check: {len(failures)} failed" if failures else "finding check: all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
