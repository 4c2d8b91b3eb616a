import ArgumentParser

@main
struct Docket: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docket",
        abstract: "Builds a press-freedom monitor's static site from Markdown content.",
        discussion: """
        A site folder holds content/site.yml, content/prisoners/*.md and content/articles/*.md.
        `docket build` validates all of it and writes the site into public/; `docket check`
        only validates. Every problem is reported as path:line:column: error: message.

        Examples:
          docket build                          build the site in this folder into public/
          docket build --as-of 2016-01-15       count days in detention up to that date
          docket check --site ../monitor        validate another site folder
        """,
        version: DocketVersion.string,
        subcommands: [BuildCommand.self, CheckCommand.self],
        defaultSubcommand: nil
    )
}

enum DocketVersion {
    static let string = "0.1.0"
}
