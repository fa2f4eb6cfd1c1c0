package breach

// Size limits of what people type. Every Update's validator checks them,
// and so do the CLI and the Slack forms before sending, with a message that
// names the field and the limit: a payload past Temporal's limits (2 MB per
// blob) would otherwise fail the workflow task instead of being refused.
// Limits are in characters (runes) for text and in items for lists.
const (
	MaxTitle     = 200    // incident title (channel, register)
	MaxText      = 20_000 // summary, consequences, measures
	MaxReason    = 4_000  // reasons, comments, rationales, delay reasons, notes
	MaxName      = 200    // a person's name (--by), a reference, an ID
	MaxListItems = 500    // controllers, categories, natures, jurisdictions, notice IDs
	MaxItem      = 200    // one item of a list (an ID, a category, a system)
)
