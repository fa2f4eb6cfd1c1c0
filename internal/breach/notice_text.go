package breach

import (
	"slices"
	"strings"
	"time"
)

// The sections of a notice that legal writes or edits, per notice and
// language. The statutory headings around them come from the template and
// cannot be edited away.
const (
	SectionHeadline     = "headline"        // the public headline; never the internal title
	SectionWhatHappened = "what_happened"   // from the facts' summary until edited
	SectionConsequences = "consequences"    // from the facts' consequences until edited
	SectionMeasures     = "measures"        // from the facts' measures until edited
	SectionAdvice       = "what_you_can_do" // legal's advice, after the template's own
	SectionContact      = "contact"         // an addition to the contact section
	SectionAdditional   = "additional"      // additional paragraphs
)

// Sections are the editable sections, in the order a notice shows them.
var Sections = []string{SectionHeadline, SectionWhatHappened, SectionConsequences, SectionMeasures, SectionAdvice, SectionContact, SectionAdditional}

// Statutory reports whether a section holds content the law requires in
// every notice (the nature of the breach, its likely consequences, the
// measures): an edit may rewrite it but not empty it.
func Statutory(section string) bool {
	switch section {
	case SectionWhatHappened, SectionConsequences, SectionMeasures:
		return true
	}
	return false
}

// FactsText is the facts' text for a section, "" for a section the facts
// do not fill.
func (f Facts) FactsText(section string) string {
	switch section {
	case SectionWhatHappened:
		return f.Summary
	case SectionConsequences:
		return f.Consequences
	case SectionMeasures:
		return f.Measures
	}
	return ""
}

// SectionText is legal's text for one section of a notice in one
// language.
type SectionText struct {
	Language string `json:"language"`
	Section  string `json:"section"`
	Text     string `json:"text"`
	// Base is the facts' text for the section when legal wrote this one:
	// when a re-draft finds other facts, a conflict is shown instead of
	// either text silently winning.
	Base    string    `json:"base,omitempty"`
	By      string    `json:"by"`
	At      time.Time `json:"at"`
	Version int       `json:"version"` // the notice version this text first appeared in
}

// Conflict is a section legal edited whose facts changed since: both
// texts are kept until legal keeps one.
type Conflict struct {
	Language string `json:"language"`
	Section  string `json:"section"`
	Edited   string `json:"edited"`
	Facts    string `json:"facts"`
}

// Revision is one version of a notice: what it said and why it changed.
type Revision struct {
	Version int       `json:"version"`
	At      time.Time `json:"at"`
	By      string    `json:"by,omitempty"`
	Cause   string    `json:"cause"` // "drafted", "re-drafted: new facts", "edited: what_happened"
	Subject string    `json:"subject"`
	Text    string    `json:"text"`
	// Texts are legal's section texts in this version.
	Texts []SectionText `json:"texts,omitempty"`
}

// Variant is a notice in one language: subject notices have one per
// language their recipients read.
type Variant struct {
	Language string `json:"language"`
	Template string `json:"template"`
	Subject  string `json:"subject"`
	Text     string `json:"text,omitempty"`
	HTML     string `json:"html,omitempty"`
	// Reviewed is false for a translation counsel has not reviewed
	// (notices.translations in the configuration).
	Reviewed bool `json:"reviewed"`
	// Recipients on the list who read this language.
	Recipients int `json:"recipients"`
}

// TextOf is legal's text for a section in a language, if any.
func TextOf(texts []SectionText, lang, section string) (SectionText, bool) {
	for _, t := range texts {
		if t.Language == lang && t.Section == section {
			return t, true
		}
	}
	return SectionText{}, false
}

// SetText puts or replaces a section text, keeping the list sorted by
// language and section order.
func SetText(texts []SectionText, t SectionText) []SectionText {
	out := slices.DeleteFunc(slices.Clone(texts), func(x SectionText) bool { return x.Language == t.Language && x.Section == t.Section })
	out = append(out, t)
	SortTexts(out)
	return out
}

// DropText removes a section text.
func DropText(texts []SectionText, lang, section string) []SectionText {
	return slices.DeleteFunc(slices.Clone(texts), func(x SectionText) bool { return x.Language == lang && x.Section == section })
}

// SortTexts orders section texts by language, then by section order.
func SortTexts(texts []SectionText) {
	slices.SortStableFunc(texts, func(a, b SectionText) int {
		if c := strings.Compare(a.Language, b.Language); c != 0 {
			return c
		}
		return slices.Index(Sections, a.Section) - slices.Index(Sections, b.Section)
	})
}
