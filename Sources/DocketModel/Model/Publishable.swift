/// A prisoner or a report: every field in one `Record`, held once behind one reference (see
/// `SharedValues`) and read through it (`prisoner.name` is `prisoner.record.name`), published
/// unless it is a draft or under embargo.
@dynamicMemberLookup
public protocol Publishable: Hashable, Sendable {
    associatedtype Record: PublishableRecord
    init(_ record: Record)
    /// A copy of every field.
    var record: Record { get }
}

/// The fields every `Publishable` record has, besides its own.
public protocol PublishableRecord: Hashable, Sendable {
    var draft: Bool { get set }
    /// Kept out of the site until this moment (judged against the build's as-of).
    var embargoUntil: Moment? { get }
}

extension Publishable {
    /// The record's fields, read in place (inlined, the key path folds into a field read).
    @inlinable public subscript<Value>(dynamicMember field: KeyPath<Record, Value>) -> Value {
        record[keyPath: field]
    }

    /// True while the embargo holds at `moment` (nil: every embargo holds).
    public func isEmbargoed(at moment: Moment?) -> Bool {
        guard let embargoUntil = record.embargoUntil else { return false }
        return moment.map { $0 < embargoUntil } ?? true
    }

    /// The same record marked as a draft: how an embargoed record is treated while the embargo holds.
    public func asDraft() -> Self {
        var record = record
        record.draft = true
        return Self(record)
    }
}
