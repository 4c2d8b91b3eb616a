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
