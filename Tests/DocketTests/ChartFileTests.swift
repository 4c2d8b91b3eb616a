import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DocketBuilder
@testable import DocketModel
@testable import Templates

/// Issue 22, part 6: the chart is an image file, so a browser with SVG off (Tor Browser's safest
/// mode) shows its alternative text (the same figures as the caption) and no axis labels spill
/// onto the page as loose words.
@Suite struct ChartFileTests {
    static func site() throws -> TestSite {
        let site = try TestSite()
        try site.prisoner("alpha", "name: Alpha\ncountry: Azerbaijan\nstatus: imprisoned\narrested: 2012-03-01\n")
        try site.prisoner("beta", "name: Beta\ncountry: Azerbaijan\nstatus: released\narrested: 2010-05-01\nreleased: 2014-07-01\n")
        try site.prisoner("gamma", "name: Gamma\ncountry: Belarus\nstatus: imprisoned\narrested: 2015-01-10\n")
        #expect(try site.build().succeeded)
        return site
    }

    /// The text a reader sees of a page when images are not drawn: the markup without tags and
    /// without the img element (whose alt text is checked on its own).
    static func visibleText(_ html: String) -> String {
        html.replacingOccurrences(of: "<img[^>]*>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
    }

    @Test func pagesShowTheChartAsAnImageWithItsFiguresAsText() throws {
        let site = try Self.site()
        let home = try site.read("index.html")
        let alt = try #require(attributeValues(home, names: ["alt"]).first { $0.hasPrefix("People held over time") })
        let caption = try #require(home.range(of: "<figcaption>")).upperBound
        let figures = String(home[caption...].prefix { $0 != "E" })  // up to "Each person counts…"
        #expect(alt == "People held over time. " + figures.trimmingCharacters(in: .whitespaces))
        #expect(alt == "People held over time. From May 2010 to January 2016: at most 2 held at once; 2 held in January 2016.")
        #expect(home.contains("<img src=\"/chart.svg\" width=\"640\" height=\"240\" alt=\""))
        for page in [home, try site.read("countries/azerbaijan/index.html"), try site.read("countries/belarus/index.html")] {
            #expect(!page.contains("<svg"))
            #expect(!page.contains("<text"))
            // No axis labels among the words a reader sees: no "Jan 2016" (the chart's short months;
            // May is left out, as the page writes "May 2010" in full), no run of tick values.
            let text = Self.visibleText(page)
            #expect(text.range(of: #"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b"#, options: .regularExpression) == nil)
            #expect(!text.contains("People held Date"))
        }
        #expect(site.exists("countries/belarus/chart.svg"))
    }

    @Test func theChartFileIsAStandaloneSVGWithTheSameFigures() throws {
        let site = try Self.site()
        let data = try Data(contentsOf: site.output.appendingPathComponent("chart.svg"))
        final class Collector: NSObject, XMLParserDelegate {
            var elements: [String] = []
            var texts: [String] = []
            var current = ""
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                elements.append(name)
                current = ""
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                if name == "text" || name == "desc" || name == "title" { texts.append(current) }
            }
        }
        let parser = XMLParser(data: data)
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.elements.first == "svg")
        #expect(!collector.elements.contains("script") && !collector.elements.contains("image") && !collector.elements.contains("style"))
        #expect(collector.texts.contains("From May 2010 to January 2016: at most 2 held at once; 2 held in January 2016."))
        #expect(collector.texts.contains("May 2010") && collector.texts.contains("Jan 2016"))
        // The tick values: 0 to the chart's ceiling (the peak, 2).
        #expect(["0", "1", "2"].allSatisfy(collector.texts.contains) && !collector.texts.contains("3"))
        let svg = String(decoding: data, as: UTF8.self)
        #expect(!svg.contains("href"))
    }

    @Test func aSiteWithoutDatesHasNoChartFile() throws {
        let site = try TestSite()
        try site.prisoner("alpha", "name: Alpha\ncountry: Azerbaijan\nstatus: imprisoned\n")
        #expect(try site.build().succeeded)
        #expect(try site.read("index.html").contains("Not enough arrest and release dates to draw a chart."))
        #expect(!site.exists("chart.svg"))
        #expect(!site.exists("countries/azerbaijan/chart.svg"))
    }
}
