/// A local resource (facility, training, partner) that helps close a gap.
public struct Resource: Sendable, Equatable {
    /// The resource's id, which criteria and options refer to.
    public var id: String
    /// The resource's title in every language given.
    public var titleText: LocalizedText
    /// A link, if any.
    public var url: String?
    /// A Markdown summary, if any, in every language given.
    public var summaryText: LocalizedText?
    /// Who to contact, if given, in every language given.
    public var contactText: LocalizedText?

    /// Creates a resource.
    public init(id: String, title: String, url: String? = nil, summary: String? = nil, contact: String? = nil) {
        self.id = id
        titleText = LocalizedText(title)
        self.url = url
        summaryText = summary.map(LocalizedText.init)
        contactText = contact.map(LocalizedText.init)
    }

    /// The resource's title in the rubric's language.
    public var title: String {
        get { titleText.text }
        set { titleText = LocalizedText(newValue) }
    }

    /// A Markdown summary in the rubric's language, if any.
    public var summary: String? {
        get { summaryText?.text }
        set { summaryText = newValue.map(LocalizedText.init) }
    }

    /// Who to contact, in the rubric's language, if given.
    public var contact: String? {
        get { contactText?.text }
        set { contactText = newValue.map(LocalizedText.init) }
    }
}
