extension DefaultTemplates {
    /// The banner at the top of every report: where an incubator puts its name and logo.
    static let brand = #"""
        {{! The banner at the top of every report. Put your incubator's name and logo here.
            A logo must be inline, as the report loads nothing from outside itself:
            <img class="brand-logo" src="data:image/svg+xml;base64,…" alt="Your incubator">
            Colours are CSS variables at the top of style.mustache. }}
        <div class="brand">
        <p class="brand-name">{{words.brandName}}</p>
        </div>
        """#
}
