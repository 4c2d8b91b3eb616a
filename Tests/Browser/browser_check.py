#!/usr/bin/env python3
"""Opens a built Docket site in headless Chromium with JavaScript disabled, follows the
navigation from the home page to a prisoner, a country and the timeline, and fails if any
page requests anything from another host, or if a page is missing what a reader needs.

Usage: browser_check.py PUBLIC_DIR [SCREENSHOT_DIR]
"""
import functools
import http.server
import json
import os
import sys
import threading
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

failures = []

# Other spellings in the repository's content/ (content/prisoners/*.md), and whose they are.
ALIASES = [("Hilal Mammadov", "gilal-mamedov", "Gilal Mamedov"), ("Parviz Hashimli", "parviz-gashimli", "Parviz Gashimli")]


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def make_driver(width, height):
    options = webdriver.ChromeOptions()
    if width < 500:
        # Desktop windows cannot be this narrow: emulate a phone's viewport instead.
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2}})
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--disable-extensions", "--no-first-run"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def requested_urls(driver):
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def check_page(driver, url, origin, label, shots, name):
    driver.get(url)
    for requested in requested_urls(driver):
        parsed = urllib.parse.urlparse(requested)
        if parsed.scheme in ("data", "about", "blob", "chrome", "devtools"):
            continue
        if f"{parsed.scheme}://{parsed.netloc}" != origin:
            fail(f"{label}: request to another host: {requested}")
    html = driver.page_source
    for needle in ("<main", 'class="skip"', "Content-Security-Policy"):
        if needle not in html:
            fail(f"{label}: missing {needle}")
    if driver.find_elements(By.CSS_SELECTOR, "script:not([type='application/ld+json'])"):
        fail(f"{label}: has a script element")
    if not driver.find_elements(By.CSS_SELECTOR, "h1"):
        fail(f"{label}: no h1")
    if shots:
        driver.save_screenshot(os.path.join(shots, name + ".png"))
    print(f"ok: {label} ({driver.title})")


def follow(driver, selector, label):
    links = driver.find_elements(By.CSS_SELECTOR, selector)
    if not links:
        fail(f"no link for {label} ({selector})")
        return None
    return links[0].get_attribute("href")


def bar_link_for(driver, name):
    """The link of the home page's bar of letters that leads to the page listing `name`: its
    letter, or, for a letter of several pages, the page whose range ("Abb–Ahm") holds it."""
    key = name.casefold()
    for link in driver.find_elements(By.CSS_SELECTOR, "nav[aria-label=Letters] a"):
        label = link.text.strip()
        if "–" in label:
            first, last = (part.casefold() for part in label.split("–", 1))
            if first <= key[:len(first)] and key[:len(last)] <= last:
                return link
        elif label and key.startswith(label.casefold()):
            return link
    return None


def reach_by_alias(driver, origin, alias, slug, person_name):
    """From the home page to a person's page through another spelling of their name: click the
    letter in the home page's bar, then the spelling. Two clicks, JavaScript off."""
    label = f"alias {alias!r}"
    driver.get(origin + "/")
    letter = bar_link_for(driver, alias)
    if letter is None:
        fail(f"{label}: the home page's bar of letters has no link for it")
        return
    letter.click()  # click 1
    matches = [a for a in driver.find_elements(By.CSS_SELECTOR, "ul.names a") if a.text.strip() == alias]
    # Namesakes: several people may share the spelling; the index says who each is, and the
    # reader picks the one they mean.
    matches.sort(key=lambda a: not (a.get_attribute("href") or "").endswith(f"/prisoners/{slug}/"))
    if not matches:
        fail(f"{label}: {driver.current_url} does not list it")
        return
    matches[0].click()  # click 2
    if not driver.current_url.endswith(f"/prisoners/{slug}/"):
        fail(f"{label}: two clicks from home led to {driver.current_url}, not /prisoners/{slug}/")
        return
    h1 = driver.find_elements(By.CSS_SELECTOR, "h1")
    if not h1 or h1[0].text.strip() != person_name:
        fail(f"{label}: the page reached is headed {h1[0].text if h1 else None!r}, not {person_name!r}")
        return
    print(f"ok: {label} → {person_name} in two clicks from home")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    folder = os.path.abspath(sys.argv[1])
    shots = sys.argv[2] if len(sys.argv) > 2 else None
    if shots:
        os.makedirs(shots, exist_ok=True)
    server = serve(folder)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    for width, height, suffix in ((1280, 1600, "desktop"), (390, 1600, "phone")):
        driver = make_driver(width, height)
        try:
            check_page(driver, origin + "/", origin, f"home ({suffix})", shots, "home-" + suffix)
            prisoners = follow(driver, "nav[aria-label=Main] a[href$='/prisoners/']", "Prisoners in the navigation")
            if prisoners:
                check_page(driver, prisoners, origin, f"prisoners list ({suffix})", shots, "prisoners-" + suffix)
                person = follow(driver, "ul.prisoners a", "a prisoner")
                if person:
                    check_page(driver, person, origin, f"prisoner page ({suffix})", shots, "prisoner-" + suffix)
                    country = follow(driver, "dl.facts a[href*='/countries/']", "the prisoner's country")
                    if country:
                        check_page(driver, country, origin, f"country page ({suffix})", shots, "country-" + suffix)
            if suffix == "desktop":
                # Real clicks; the phone's emulated taps on a link that loads a page do not return
                # under chromedriver, so the two-click path is walked at the desktop size.
                for alias, slug, person in ALIASES:
                    reach_by_alias(driver, origin, alias, slug, person)
            timeline = follow(driver, "nav[aria-label=Main] a[href$='/timeline/']", "Timeline in the navigation")
            if timeline:
                check_page(driver, timeline, origin, f"timeline ({suffix})", shots, "timeline-" + suffix)
                year = follow(driver, "nav.years a", "a timeline year")
                if year:
                    check_page(driver, year, origin, f"timeline year ({suffix})", shots, "timeline-year-" + suffix)
        finally:
            driver.quit()
    server.shutdown()
    print(f"browser check: {len(failures)} failed" if failures else "browser check: all pages passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
