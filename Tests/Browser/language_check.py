#!/usr/bin/env python3
"""Switching languages as a reader with JavaScript off: Docket's issue 23.

Usage: language_check.py PUBLIC_DIR SITE_DIR [SCREENSHOT_DIR]

SITE_DIR is the site the build read: its content/site.yml names the languages (default first),
and each person's translation files (`<slug>.<code>.md`) give the name the page should show in
that language; they are read here with PyYAML, independently of docket. For every person with a
translation into every language, in headless Chromium with JavaScript off, at the desktop size:
- the person's page in the default language is at /prisoners/<slug>/ with <html lang> the
  default code and the original's name in its heading;
- clicking the language switcher's link to each other language (a real click on an
  `a[hreflang=…]` outside <head>) leads to /<code>/prisoners/<slug>/, whose <html lang> is the
  code, whose heading is the translation's name, and whose main navigation is in other words than
  the default language's;
- and clicking back to the default language returns to the first page.
Each page loads nothing from another host (browser_check.check_page).
"""
import os
import sys
import urllib.parse

import yaml
from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser_check  # noqa: E402
from browser_check import check_page, fail, make_driver, serve  # noqa: E402


def front_matter(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    _, block, _ = text.split("---\n", 2)
    return yaml.load(block, Loader=yaml.BaseLoader) or {}


def languages(site):
    with open(os.path.join(site, "content", "site.yml"), encoding="utf-8") as handle:
        config = yaml.load(handle, Loader=yaml.BaseLoader)
    return [entry["code"] if isinstance(entry, dict) else entry for entry in config.get("languages", [])]


def people(site, codes):
    """(slug, {code: name}) for every published person translated into every language."""
    folder = os.path.join(site, "content", "prisoners")
    found = []
    for file in sorted(os.listdir(folder)):
        stem = file[:-3]
        if not file.endswith(".md") or "." in stem:
            continue
        original = front_matter(os.path.join(folder, file))
        if original.get("draft") == "true" or "embargo_until" in original:
            continue
        names = {codes[0]: original["name"]}
        for code in codes[1:]:
            translation = os.path.join(folder, f"{stem}.{code}.md")
            if os.path.exists(translation):
                names[code] = front_matter(translation).get("name", original["name"])
        if len(names) == len(codes):
            found.append((stem, names))
    return found


def page_state(driver):
    html = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
    heading = driver.find_element(By.CSS_SELECTOR, "main h1").text.strip()
    navigation = [link.text.strip() for link in driver.find_elements(By.CSS_SELECTOR, "nav[aria-label] ul a")][:6]
    return html, heading, navigation


def switch(driver, code, label):
    """Clicks the switcher's link to `code`; False when there is none."""
    links = [link for link in driver.find_elements(By.CSS_SELECTOR, f"body a[hreflang='{code}']") if link.is_displayed()]
    if not links:
        fail(f"{label}: no visible link to the {code} page (a[hreflang={code}])")
        return False
    links[0].click()
    return True


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    folder, site = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    shots = sys.argv[3] if len(sys.argv) > 3 else None
    if shots:
        os.makedirs(shots, exist_ok=True)
    codes = languages(site)
    if len(codes) < 2:
        fail("site.yml declares fewer than two languages")
        return 1
    checked = people(site, codes)
    if not checked:
        fail("no person is translated into every language")
        return 1
    server = serve(folder)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    driver = make_driver(1280, 1600)
    try:
        for slug, names in checked:
            start = f"{origin}/prisoners/{slug}/"
            check_page(driver, start, origin, f"{slug} ({codes[0]})", shots, f"language-{slug}-{codes[0]}")
            lang, heading, default_navigation = page_state(driver)
            if lang != codes[0] or names[codes[0]] not in heading:
                fail(f"{slug}: the default page has lang={lang!r} and heading {heading!r}; expected {codes[0]} and {names[codes[0]]!r}")
            for code in codes[1:]:
                if not switch(driver, code, f"{slug} ({codes[0]})"):
                    continue
                path = urllib.parse.urlparse(driver.current_url).path
                if path != f"/{code}/prisoners/{slug}/":
                    fail(f"{slug}: the {code} link led to {path}; expected /{code}/prisoners/{slug}/")
                check_page(driver, driver.current_url, origin, f"{slug} ({code})", shots, f"language-{slug}-{code}")
                lang, heading, navigation = page_state(driver)
                if lang != code:
                    fail(f"{slug}: <html lang={lang!r}> on the {code} page")
                if names[code] not in heading:
                    fail(f"{slug}: the {code} heading is {heading!r}; expected the translation's name {names[code]!r}")
                if navigation == default_navigation:
                    fail(f"{slug}: the {code} page's navigation is the default language's: {navigation}")
                if not switch(driver, codes[0], f"{slug} ({code})"):
                    continue
                if driver.current_url != start:
                    fail(f"{slug}: back from {code} led to {driver.current_url}; expected {start}")
                # From the default page again, for the next language.
        print(f"language check: {len(checked)} people in {len(codes)} languages")
    finally:
        driver.quit()
        server.shutdown()
    failures = browser_check.failures
    print(f"language check: {len(failures)} failed" if failures else "language check: every switch passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
