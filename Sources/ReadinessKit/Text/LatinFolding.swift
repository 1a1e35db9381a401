/// Latin letters with diacritics, and Latin ligatures, folded to plain ASCII for slugs.
///
/// Covers Latin-1 Supplement and Latin Extended-A (European languages): `Ü` → `u`, `ß` → `ss`,
/// `Æ` → `ae`, `Ł` → `l`. A table rather than Unicode normalisation keeps the kit free of
/// Foundation and the result the same on every platform.
enum LatinFolding {
    /// ASCII replacement by scalar.
    static let table: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        for (ascii, letters) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = ascii }
        }
        return table
    }()

    // MARK: - Private

    private static let groups: [(String, String)] = [
        ("a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄą"),
        ("ae", "Ææ"),
        ("c", "ÇçĆćĈĉĊċČč"),
        ("d", "ĎďĐđÐð"),
        ("e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚě"),
        ("g", "ĜĝĞğĠġĢģ"),
        ("h", "ĤĥĦħ"),
        ("i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİı"),
        ("ij", "Ĳĳ"),
        ("j", "Ĵĵ"),
        ("k", "Ķķĸ"),
        ("l", "ĹĺĻļĽľĿŀŁł"),
        ("n", "ÑñŃńŅņŇňŉŊŋ"),
        ("o", "ÒÓÔÕÖØòóôõöøŌōŎŏŐő"),
        ("oe", "Œœ"),
        ("r", "ŔŕŖŗŘř"),
        ("s", "ŚśŜŝŞşŠšſ"),
        ("ss", "ß"),
        ("t", "ŢţŤťŦŧ"),
        ("th", "Þþ"),
        ("u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų"),
        ("w", "Ŵŵ"),
        ("y", "ÝýÿŶŷŸ"),
        ("z", "ŹźŻżŽž"),
    ]
}
