/// A record's values held once, behind one reference: copying a `Prisoner`, `Article` or
/// `Event` (a dictionary lookup, a sort, a group on a list page) then costs one reference
/// count, not one for each of its strings and arrays. Equal when the values are equal.
@usableFromInline
final class SharedValues<Values: Hashable & Sendable>: Hashable, Sendable {
    @usableFromInline let values: Values

    init(_ values: Values) {
        self.values = values
    }

    @usableFromInline static func == (a: SharedValues, b: SharedValues) -> Bool {
        a === b || a.values == b.values
    }

    @usableFromInline func hash(into hasher: inout Hasher) {
        values.hash(into: &hasher)
    }
}
