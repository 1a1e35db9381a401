/// The start of every page the writers build in Swift (cohort overview, handbook): the same
/// head as the report template, with its Content-Security-Policy (no script, no remote loads),
/// the reports' CSS plus the page's own, and a banner.
enum HTMLPage {
    /// The policy every page carries: inline styles and data images only.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    /// Everything up to and including `<main>`; `title` and `banner` are plain text, `language`
    /// the strings table's language code.
    static func opening(title: String, extraStyle: String, banner: String?, language: String) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(HTMLEscape.text(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
            <title>\(HTMLEscape.text(title))</title>
            <style>
            \(DefaultTemplates.style)
            \(extraStyle)
            </style>
            </head>
            <body>

            """
        if let banner {
            out +=
                "<header class=\"banner\">\n<div class=\"brand\">\n<p class=\"brand-name\">\(HTMLEscape.text(banner))</p>\n</div>\n</header>\n"
        }
        return out + "<main>\n"
    }
}
