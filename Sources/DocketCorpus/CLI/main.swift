import DocketCorpus
import Foundation

/// `docket-corpus --prisoners N --articles M [--seed S] OUT`: writes a synthetic monitor
/// (content/site.yml, content/prisoners, content/articles) into OUT; with `--languages az,ru`,
/// declared in site.yml and every file translated (generated words) into each.
let usage = "usage: docket-corpus --prisoners N --articles M [--seed S] [--languages az,ru] OUT"

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("docket-corpus: \(message)\n\(usage)\n".utf8))
    exit(2)
}

var prisoners: Int?
var articles: Int?
var seed: UInt64 = 1
var output: String?
var languages: [String] = []
var arguments = CommandLine.arguments.dropFirst()
func number(after option: String, in arguments: inout ArraySlice<String>) -> Int {
    guard let text = arguments.popFirst(), let value = Int(text), value >= 0 else { fail("\(option) needs a whole number") }
    return value
}
while let argument = arguments.popFirst() {
    switch argument {
    case "--prisoners": prisoners = number(after: argument, in: &arguments)
    case "--articles": articles = number(after: argument, in: &arguments)
    case "--seed": seed = UInt64(number(after: argument, in: &arguments))
    case "--languages":
        guard let list = arguments.popFirst() else { fail("--languages needs a list of codes, like az,ru") }
        languages = list.split(separator: ",").map(String.init).filter { $0 != "en" }
    case "-h", "--help": print(usage); exit(0)
    default:
        if argument.hasPrefix("-") || output != nil { fail("unexpected argument \(argument)") }
        output = argument
    }
}
guard let prisoners, let articles, let output else { fail("--prisoners, --articles and OUT are required") }
do {
    try CorpusGenerator(prisoners: prisoners, articles: articles, seed: seed, languages: languages).write(to: URL(fileURLWithPath: output, isDirectory: true))
} catch {
    fail("cannot write \(output): \(error)")
}
