import DocketModel
import DocketSupport

/// JSON-LD for search engines: `ProfilePage` about a `Person`, and `NewsArticle`.
/// Serialised by hand in a fixed key order, and escaped so that no value can end the
/// `<script type="application/ld+json">` element it sits in.
enum StructuredData {
    static func profilePage(_ prisoner: Prisoner, _ context: PageContext) -> String {
        let urls = context.urls
        var person: [(String, JSON)] = [
            ("@type", .string("Person")),
            ("name", .string(prisoner.name)),
            ("url", .string(urls.absolute(urls.prisoner(prisoner.slug)))),
        ]
        var alternates = prisoner.aliases
        if let native = prisoner.nameNative { alternates.insert(native, at: 0) }
        if !alternates.isEmpty { person.append(("alternateName", .array(alternates.map(JSON.string)))) }
        // schema.org's name for a middle name, which a patronymic is in the places that use one.
        if let patronymic = prisoner.patronymic { person.append(("additionalName", .string(patronymic))) }
        if let profession = prisoner.profession { person.append(("jobTitle", .string(profession))) }
        if let outlet = prisoner.outlet { person.append(("worksFor", .object([("@type", .string("Organization")), ("name", .string(outlet))]))) }
        if let photo = prisoner.photo { person.append(("image", .string(urls.absolute(urls.media(photo.path))))) }
        var page: [(String, JSON)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("ProfilePage")),
            ("url", .string(urls.absolute(urls.prisoner(prisoner.slug)))),
            ("name", .string(prisoner.name)),
        ]
        // schema.org's dates are ISO 8601 full dates: a month or a year alone is left out.
        if let updated = Correction.modified(prisoner.updated, corrections: prisoner.corrections), updated.precision == .day {
            page.append(("dateModified", .string(updated.description)))
        }
        page.append(("mainEntity", .object(person)))
        return JSON.object(page).forScriptElement
    }

    static func newsArticle(_ article: Article, _ context: PageContext) -> String {
        let urls = context.urls
        var fields: [(String, JSON)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("NewsArticle")),
            ("headline", .string(article.title)),
            ("url", .string(urls.absolute(urls.article(article.slug)))),
            ("datePublished", .string(article.date.description)),
        ]
        if let modified = Correction.modified(article.date, corrections: article.corrections), modified != article.date {
            fields.append(("dateModified", .string(modified.description)))
        }
        if let summary = article.summary { fields.append(("description", .string(summary))) }
        if let author = article.author { fields.append(("author", .object([("@type", .string("Person")), ("name", .string(author))]))) }
        fields.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(context.config.title)),
                                              ("url", .string(context.config.baseURL))])))
        let about: [JSON] = article.prisoners.compactMap { slug in
            context.index.prisonerBySlug[slug].map {
                .object([("@type", .string("Person")), ("name", .string($0.name)), ("url", .string(urls.absolute(urls.prisoner(slug))))])
            }
        }
        if !about.isEmpty { fields.append(("about", .array(about))) }
        return JSON.object(fields).forScriptElement
    }
}
