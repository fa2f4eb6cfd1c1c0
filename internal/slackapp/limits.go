package slackapp

import (
	"unicode/utf8"

	"github.com/breachwf/breach/internal/breach"
)

// slackMaxLength is the largest max_length Slack accepts on a plain-text
// input (1 to 3000): views.open refuses a larger one.
const slackMaxLength = 3000

// textLimit is a plain-text input's name, for messages, and its limit in
// characters.
type textLimit struct {
	name string
	max  int
}

// textLimits are the limits of every plain-text input of the modals, by
// block ID, from internal/breach/limits.go. Slack caps max_length at 3000,
// so the long-text limits (MaxText, MaxReason) are 3000 in Slack; the CLI
// takes their full size. A list typed into one input (systems, customers)
// is bounded as a whole by what its items may add up to, and item by item
// when parsed.
var textLimits = map[string]textLimit{
	blockTitle:         {"Title", breach.MaxTitle},
	blockSummary:       {"Summary", breach.MaxText},
	blockSystems:       {"Systems affected", breach.MaxListItems * (breach.MaxItem + 2)},
	blockJurisdictions: {"Jurisdictions", breach.MaxListItems * 7}, // "US-CA, "
	blockRationale:     {"Rationale", breach.MaxReason},
	blockCustomers:     {"Customers affected", breach.MaxListItems * (breach.MaxItem + 64)},
	blockSubjects:      {"Our own data subjects", breach.MaxListItems * 16},
	blockConsequences:  {"Likely consequences", breach.MaxText},
	blockMeasures:      {"Measures", breach.MaxText},
	blockComment:       {"What should change", breach.MaxReason},
	blockReason:        {"Reason", breach.MaxReason},
	blockDelay:         {"Reasons for the delay", breach.MaxReason},
	blockNote:          {"Note for the timeline", breach.MaxReason},

	editBlock(breach.SectionHeadline):     {"Public headline", breach.MaxTitle},
	editBlock(breach.SectionWhatHappened): {"What happened", breach.MaxText},
	editBlock(breach.SectionConsequences): {"Likely consequences", breach.MaxText},
	editBlock(breach.SectionMeasures):     {"Measures", breach.MaxText},
	editBlock(breach.SectionAdvice):       {"What recipients can do", breach.MaxText},
	editBlock(breach.SectionContact):      {"Contact", breach.MaxText},
	editBlock(breach.SectionAdditional):   {"Additional paragraphs", breach.MaxText},
}

// maxLength is the limit the form declares and the server enforces for a
// block: its limit, capped at Slack's. The two must agree, so that
// nothing the form lets through is refused and nothing longer passes.
func maxLength(block string) int {
	l, ok := textLimits[block]
	if !ok {
		panic("slackapp: no size limit for input " + block) // a new input without a limit: caught by the tests
	}
	return min(l.max, slackMaxLength)
}

// checkLengths adds an error for every block whose text is longer than
// its limit. Slack enforces max_length in its client, but a forged or
// replayed-and-edited payload need not respect it: the server checks
// before it parses anything. It reports whether all were within bounds.
func checkLengths(s state, errs fieldErrors, blocks ...string) bool {
	ok := true
	for _, b := range blocks {
		max := maxLength(b)
		if n := utf8.RuneCountInString(s.text(b)); n > max {
			errs.add(b, "%s: at most %d characters (this has %d).", textLimits[b].name, max, n)
			ok = false
		}
	}
	return ok
}

// checkItems adds an error when a parsed list has too many items or an
// item too long for the register; name is the field's.
func checkItems(errs fieldErrors, block, name string, items []string) {
	if len(items) > breach.MaxListItems {
		errs.add(block, "%s: at most %d items (this has %d).", name, breach.MaxListItems, len(items))
		return
	}
	for i, it := range items {
		if n := utf8.RuneCountInString(it); n > breach.MaxItem {
			errs.add(block, "%s: item %d is longer than %d characters.", name, i+1, breach.MaxItem)
			return
		}
	}
}

// checkOptions adds an error when a submission selects more options in
// one input than any list of ours has: only a forged payload does.
func checkOptions(errs fieldErrors, block, name string, n int) {
	if n > breach.MaxListItems {
		errs.add(block, "%s: at most %d choices (this has %d).", name, breach.MaxListItems, n)
	}
}
