package breach

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxFactsBytes bounds a facts document as a whole, encoded as JSON (what
// the default data converter sends). The per-field limits alone do not: 500
// controllers, each with 500 establishments and 500 subject counts, would
// pass them at tens of megabytes. Half a mebibyte is Temporal's own warning
// threshold (BlobSizeLimitWarn, 512 KiB) and a quarter of its hard limit
// (2 MiB per payload), which leaves room for the rest of an Update's
// arguments and for the status an Update returns, which carries the facts
// again. Real facts are a few kilobytes.
const MaxFactsBytes = 512 << 10

// maxReported caps the problems one message lists: the message must stay
// one readable line even when every item of a long list is too long.
const maxReported = 5

// CheckLen refuses a text longer than max characters (runes, not bytes:
// "ş" is one character). The message names the field and the limit, e.g.
// "summary: 3145728 characters, at most 20000".
func CheckLen(field, value string, max int) error {
	if len(value) <= max {
		return nil // a rune is at least one byte: no need to count
	}
	if n := utf8.RuneCountInString(value); n > max {
		return fmt.Errorf("%s: %d characters, at most %d", field, n, max)
	}
	return nil
}

// CheckList refuses a list of more than maxItems entries, or one with an
// entry longer than maxItem characters; the message names the entry
// ("data_categories[3]: 250 characters, at most 200").
func CheckList(field string, items []string, maxItems, maxItem int) error {
	var c SizeChecks
	c.List(field, items, maxItems, maxItem)
	return c.Err()
}

// SizeChecks collects size problems into one line: "a; b; c (and 4 more)".
// The zero value is ready to use. Inputs that hold several fields (Update
// arguments) use it to report all their problems at once rather than one
// per attempt.
type SizeChecks struct {
	problems []string
	more     int
}

// Add records err, if any.
func (c *SizeChecks) Add(err error) {
	if err == nil {
		return
	}
	if len(c.problems) == maxReported {
		c.more++
		return
	}
	c.problems = append(c.problems, err.Error())
}

// Len records a text field's length problem (see CheckLen).
func (c *SizeChecks) Len(field, value string, max int) { c.Add(CheckLen(field, value, max)) }

// List records a list's problems (see CheckList). Once the list has too
// many entries its items are not examined: that is the problem to fix.
func (c *SizeChecks) List(field string, items []string, maxItems, maxItem int) {
	if len(items) > maxItems {
		c.Add(fmt.Errorf("%s: %d entries, at most %d", field, len(items), maxItems))
		return
	}
	for i, s := range items {
		c.Len(fmt.Sprintf("%s[%d]", field, i), s, maxItem)
	}
}

// checkKeys records a map with more than maxEntries entries, or with a key
// longer than maxKey characters. The key itself is left out of the message:
// it is what is too long.
func checkKeys[V any](c *SizeChecks, field string, m map[string]V, maxEntries, maxKey int) {
	if len(m) > maxEntries {
		c.Add(fmt.Errorf("%s: %d entries, at most %d", field, len(m), maxEntries))
		return
	}
	// Sorted, so that the message is the same on every run (validators run
	// in workflow code, where map order is random).
	for _, k := range SortedKeys(m) {
		if n := utf8.RuneCountInString(k); n > maxKey {
			c.Add(fmt.Errorf("%s: a key of %d characters, at most %d", field, n, maxKey))
		}
	}
}

// Err is nil without problems, otherwise one line listing them.
func (c *SizeChecks) Err() error {
	if len(c.problems) == 0 {
		return nil
	}
	msg := strings.Join(c.problems, "; ")
	if c.more > 0 {
		msg += fmt.Sprintf(" (and %d more)", c.more)
	}
	return errors.New(msg)
}

// CheckSize refuses facts with a text, list or map past its limit, or whose
// whole JSON encoding is past MaxFactsBytes, before they reach Temporal:
// there a payload over 2 MB fails the workflow task instead of being
// refused. Update validators call it first, so that Validate never has to
// build a message from a million invalid entries. Messages name the field
// and the limit: "facts: summary: 3145728 characters, at most 20000".
func (f Facts) CheckSize() error {
	var c SizeChecks
	c.Len("role", f.Role, MaxItem)
	c.Len("risk", f.Risk, MaxItem)
	c.Len("summary", f.Summary, MaxText)
	c.Len("consequences", f.Consequences, MaxText)
	c.Len("measures", f.Measures, MaxText)
	c.List("data_categories", f.DataCategories, MaxListItems, MaxItem)
	c.List("nature", f.Nature, MaxListItems, MaxItem)
	c.List("uncounted", f.Uncounted, MaxListItems, MaxItem)
	checkKeys(&c, "subjects", f.Subjects, MaxListItems, MaxItem)
	if o := f.Organization; o != nil {
		c.List("organization.establishments", o.Establishments, MaxListItems, MaxItem)
		c.Len("organization.time_zone", o.TimeZone, MaxItem)
		c.Len("organization.hipaa", o.HIPAA, MaxItem)
		if len(o.Authorities) > MaxListItems {
			c.Add(fmt.Errorf("organization.authorities: %d entries, at most %d", len(o.Authorities), MaxListItems))
		}
		for _, k := range SortedKeys(o.Authorities) {
			c.Len("organization.authorities."+k, k+o.Authorities[k], MaxItem)
		}
	}
	if len(f.Controllers) > MaxListItems {
		c.Add(fmt.Errorf("controllers: %d entries, at most %d", len(f.Controllers), MaxListItems))
	} else {
		for i, ct := range f.Controllers {
			p := fmt.Sprintf("controllers[%d]", i)
			c.Len(p+".id", ct.ID, MaxName)
			c.Len(p+".name", ct.Name, MaxName)
			c.List(p+".establishments", ct.Establishments, MaxListItems, MaxItem)
			c.Len(p+".authority", ct.Authority, MaxItem)
			checkKeys(&c, p+".subjects", ct.Subjects, MaxListItems, MaxItem)
		}
	}
	if err := c.Err(); err != nil {
		return fmt.Errorf("facts: %w", err)
	}
	// Only now, when every field is within its limit, is encoding cheap
	// enough to do; it catches what many fields at their limits add up to.
	if b, err := json.Marshal(f); err != nil {
		return fmt.Errorf("facts: %w", err)
	} else if len(b) > MaxFactsBytes {
		return fmt.Errorf("facts: %d bytes in all (as JSON), at most %d: fewer controllers, subjects or shorter texts", len(b), MaxFactsBytes)
	}
	return nil
}
