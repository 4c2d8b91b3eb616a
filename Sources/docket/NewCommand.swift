import ArgumentParser
import DocketEditing
import DocketModel
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new prisoner or report file with its fields ready to fill in.",
        discussion: """
        The file name (the slug, which becomes the page's address) is made from the name or \
        title: Azerbaijani and Turkish letters and Cyrillic are romanised (ə→e, ı→i, ş→sh, \
        ç→ch, ğ→g, ö→o, ü→u; Гилал→gilal), other accents are dropped, anything else becomes a \
        hyphen. An existing file is never overwritten, in subfolders either.

        Examples:
          docket new prisoner "Xədicə İsmayılova" --country Azerbaijan \\
              --status imprisoned
              → content/prisoners/xedice-ismayilova.md
          docket new article "Journalists sentenced in Baku" --date 2015-09-01
              → content/articles/2015-09-01-journalists-sentenced-in-baku.md
          docket new translation --lang az content/prisoners/khadija-ismayilova.md
              → content/prisoners/khadija-ismayilova.az.md
        """,
        subcommands: [NewPrisonerCommand.self, NewArticleCommand.self, NewTranslationCommand.self]
    )
}

struct NewPrisonerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prisoner",
        abstract: "Write content/prisoners/<slug>.md for a person.",
        discussion: """
        Without --country or --status those keys are left empty with a comment, and \
        `docket check` reports them until they are filled in. A name that meets the name or an \
        alias of an existing prisoner once spelling is set aside (Tofiq Yaqublu, Tofig Yagublu, \
        Тофиг Ягублу) is refused, naming that file, unless both have a --patronymic and they \
        differ; --namesake creates it anyway.

        Examples:
          docket new prisoner "Xədicə İsmayılova" --country Azerbaijan \\
              --status imprisoned
          docket new prisoner "Гилал Мамедов"        → gilal-mamedov.md
          docket new prisoner "Ali Aliyev" --patronymic "Rashid oglu"
          docket new prisoner "Mehman Hüseynov" --slug mehman-huseynov --draft
        """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Argument(help: ArgumentHelp("The name as the monitor writes it (quote it).", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("Where the person is held: a country's name or ISO code (AZ), or a place site.yml declares; written as pages show it.", valueName: "country"))
    var country: String?

    @Option(name: .long, help: ArgumentHelp(
        "One of \(PrisonerStatus.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "status"))
    var status: String?

    @Option(name: .long, help: ArgumentHelp("The file name without .md, instead of one made from the name.", valueName: "slug"))
    var slug: String?

    @Flag(name: .long, help: "Mark the file as a draft (shown by `docket serve`, kept out of the site).")
    var draft = false

    @Flag(name: .long, help: "The person is someone else than an existing prisoner whose name is spelled alike: create the file anyway.")
    var namesake = false

    @Option(name: .long, help: ArgumentHelp("The father's name as the person's name gives it (\"Rashid oglu\"); a namesake with another patronymic is someone else.", valueName: "patronymic"))
    var patronymic: String?

    /// The country as pages show it (`--country turkey` writes Türkiye), from ISO 3166-1 and the
    /// places site.yml declares; a name that is neither is refused as `check` would refuse it.
    private func resolveCountry(_ text: String) throws -> String {
        let configURL = siteOptions.siteURL.appendingPathComponent("content/site.yml")
        let declared = (try? Data(contentsOf: configURL)).flatMap { SingleFileLoader.config(bytes: Array($0)).0 }?.countries ?? []
        switch CountryList(declared: declared).resolve(text.trimmingCharacters(in: .whitespaces)) {
        case .success(let country): return country.name
        case .failure(let problem): throw ValidationError("--country: " + problem.message(text))
        }
    }

    func run() throws {
        var parsedStatus: PrisonerStatus?
        if let status {
            guard let value = PrisonerStatus(rawValue: status) else {
                throw ValidationError("--status must be one of \(PrisonerStatus.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(status)\"")
            }
            parsedStatus = value
        }
        var request = NewContent.Request(kind: .prisoner, title: name, slug: slug, country: try country.map(resolveCountry),
                                         status: parsedStatus, date: try AsOfDate.resolve(nil).day, draft: draft,
                                         namesake: namesake)
        request.patronymic = patronymic
        try NewFileWriter.create(request, site: siteOptions)
    }
}

struct NewArticleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article",
        abstract: "Write content/articles/<date>-<slug>.md for a report.",
        discussion: """
        Examples:
          docket new article "Journalists sentenced in Baku"
          docket new article "Annual report 2015" --date 2016-01-15 --draft
        """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Argument(help: ArgumentHelp("The report's title (quote it).", valueName: "title"))
    var title: String

    @Option(name: .long, help: ArgumentHelp("The report's date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in UTC).",
                                            valueName: "date"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("The whole file name without .md, instead of <date>-<slug of the title>.",
                                            valueName: "slug"))
    var slug: String?

    @Flag(name: .long, help: "Mark the file as a draft (shown by `docket serve`, kept out of the site).")
    var draft = false

    func run() throws {
        let day: PartialDate
        if let date {
            guard let parsed = try? PartialDate(parsing: date), parsed.precision == .day else {
                throw ValidationError("--date must be a date YYYY-MM-DD, not \"\(date)\"")
            }
            day = parsed
        } else {
            day = try AsOfDate.resolve(nil).day
        }
        let request = NewContent.Request(kind: .article, title: title, slug: slug, date: day, draft: draft)
        try NewFileWriter.create(request, site: siteOptions)
    }
}

struct NewTranslationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translation",
        abstract: "Start a translation of a prisoner, report or page file: <slug>.<lang>.md beside it.",
        discussion: """
        The new file holds the original's words that a translation gives (name, aliases, \
        charges, event texts, source titles, corrections, title, summary) and its body, to \
        write over in the language; facts stay in the original. --lang must be a language \
        site.yml declares under "languages", other than the default. An existing file is \
        never overwritten.

        Examples:
          docket new translation --lang az content/prisoners/khadija-ismayilova.md
          docket new translation --lang ru content/pages/methodology.md
        """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The language's code, as site.yml lists it (az).", valueName: "code"))
    var lang: String

    @Argument(help: ArgumentHelp("The original file, relative to the site folder.", valueName: "file"))
    var file: String

    func run() throws {
        let site = siteOptions.siteURL
        let configURL = site.appendingPathComponent("content/site.yml")
        let config = (try? Data(contentsOf: configURL)).flatMap { SingleFileLoader.config(bytes: Array($0)).0 }
        let languages = config?.languages ?? []
        guard let language = languages.first(where: { $0.code == lang }), !language.isDefault else {
            let others = languages.filter { !$0.isDefault }.map(\.code)
            Terminal.writeError("error: --lang \(lang) is not one of the site's other languages (\(others.isEmpty ? "site.yml declares none: add \"languages\"" : others.joined(separator: ", ")))\n")
            throw ExitCode(1)
        }
        var path = file
        if path.hasPrefix("./") { path.removeFirst(2) }
        if path.hasPrefix(site.path + "/") { path.removeFirst(site.path.count + 1) }
        guard let bytes = try? Data(contentsOf: site.appendingPathComponent(path)) else {
            Terminal.writeError("error: cannot read \(path)\n")
            throw ExitCode(1)
        }
        let start: (path: String, text: String)
        do {
            start = try TranslationStart.make(original: Array(bytes), path: path, language: lang, config: config)
        } catch {
            Terminal.writeError("error: \(error)\n")
            throw ExitCode(1)
        }
        let target = site.appendingPathComponent(start.path)
        guard !FileManager.default.fileExists(atPath: target.path) else {
            Terminal.writeError("error: \(start.path) already exists; it is never overwritten\n")
            throw ExitCode(1)
        }
        try Data(start.text.utf8).write(to: target, options: .withoutOverwriting)
        print("Created \(siteOptions.site == "." ? start.path : (siteOptions.site as NSString).appendingPathComponent(start.path))")
        print("Write its words in \(lang) over the original's, then run `docket check`; `docket serve` shows it under /\(lang)/.")
    }
}

/// Writes the file and says what to do next; a refusal exits with status 1.
enum NewFileWriter {
    static func create(_ request: NewContent.Request, site: SiteOptions) throws {
        let path: String
        do {
            path = try NewContent.create(request, siteDirectory: site.siteURL)
        } catch let failure as NewContent.Failure {
            Terminal.writeError("error: \(failure)\n")
            throw ExitCode(1)
        }
        let shown = site.site == "." ? path : (site.site as NSString).appendingPathComponent(path)
        print("Created \(shown)")
        print("Fill in the fields, then run `docket serve` to see the page or `docket check` to validate it.")
    }
}
