import ArgumentParser

@main
struct Docket: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docket",
        abstract: "Builds a press-freedom monitor's static site from Markdown content.",
        discussion: """
        A site folder holds content/site.yml, content/prisoners/*.md and \
        content/articles/*.md. `docket build` validates all of it and writes the site into \
        public/; `docket check` only validates; `docket new` starts a file; `docket serve` \
        previews as you edit. Every problem is reported as path:line:column: error: message.

        Examples:
          docket build                     build this folder's site into public/
          docket build --as-of 2016-01-15  count days in detention up to that date
          docket check --site ../monitor   validate another site folder
          docket check --format github     annotations for GitHub Actions
          docket new prisoner "Xədicə İsmayılova" --country Azerbaijan \\
                                           --status imprisoned
                                           → content/prisoners/xedice-ismayilova.md
          docket serve                     preview at http://127.0.0.1:1313/,
                                           reloading as you save

        Run `docket help <command>` for a command's options and more examples.
        """,
        version: DocketVersion.string,
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self],
        defaultSubcommand: nil
    )
}

enum DocketVersion {
    static let string = "0.1.0"
}
