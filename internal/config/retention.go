package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Retention says how long what the store keeps about an incident stays
// after the incident closes (docs/SECURITY.md, "Retention").
type Retention struct {
	// RecipientLists: the people affected (the lists scoped from the
	// customers' exports) and the rows quarantined from them are deleted
	// this long after close. Default 60d: the company deletes or returns
	// customer data within 60 days after an engagement ends.
	RecipientLists Period `yaml:"recipient_lists"`
	// Register: how long a register entry, and the delivery ledger that
	// is its evidence of who was told, is kept after close, per regime
	// (as the rules name it: "GDPR", "PIPEDA", "US-FL"), with "default"
	// for every regime not listed and for entries with no obligation. An
	// entry is deleted only when every regime it touched has passed;
	// "keep" (the default) keeps it for good.
	Register map[string]Period `yaml:"register"`
}

// Period is a retention period: "60d", "2y", "18m" (months) or "keep".
type Period struct {
	Years, Months, Days int
	Keep                bool
	set                 bool // written in the configuration ("0d" is set)
}

// ParsePeriod reads "60d", "2y", "18m", "1y6m" or "keep".
func ParsePeriod(s string) (Period, error) {
	s = strings.TrimSpace(s)
	if s == "keep" {
		return Period{Keep: true, set: true}, nil
	}
	bad := fmt.Errorf("%q is not a period like 60d, 2y, 18m or keep", s)
	p := Period{set: true}
	rest := s
	for rest != "" {
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == 0 || i == len(rest) {
			return Period{}, bad
		}
		n, err := strconv.Atoi(rest[:i])
		if err != nil || n > 100000 {
			return Period{}, bad
		}
		switch rest[i] {
		case 'y':
			p.Years += n
		case 'm':
			p.Months += n
		case 'd':
			p.Days += n
		default:
			return Period{}, bad
		}
		rest = rest[i+1:]
	}
	if s == "" {
		return Period{}, fmt.Errorf("an empty period (say 60d, 2y, 18m or keep)")
	}
	return p, nil
}

// UnmarshalYAML parses a period.
func (p *Period) UnmarshalYAML(n *yaml.Node) error {
	v, err := ParsePeriod(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	*p = v
	return nil
}

// IsZero reports an unset period.
func (p Period) IsZero() bool { return !p.set && p == Period{} }

// After is the end of the period that starts at t; ok is false for keep.
func (p Period) After(t time.Time) (end time.Time, ok bool) {
	if p.Keep {
		return time.Time{}, false
	}
	return t.AddDate(p.Years, p.Months, p.Days), true
}

// String is the period as written.
func (p Period) String() string {
	if p.Keep {
		return "keep"
	}
	var b strings.Builder
	if p.Years > 0 {
		fmt.Fprintf(&b, "%dy", p.Years)
	}
	if p.Months > 0 {
		fmt.Fprintf(&b, "%dm", p.Months)
	}
	if p.Days > 0 || b.Len() == 0 {
		fmt.Fprintf(&b, "%dd", p.Days)
	}
	return b.String()
}

// RegisterPeriod is how long an entry touching these regimes is kept:
// the longest of theirs (keep if any of them is keep), the default for a
// regime not listed or an entry without obligations.
func (r Retention) RegisterPeriod(regimes []string) (Period, string) {
	period := func(regime string) Period {
		if p, ok := r.Register[regime]; ok {
			return p
		}
		if p, ok := r.Register["default"]; ok {
			return p
		}
		return Period{Keep: true}
	}
	if len(regimes) == 0 {
		return period("default"), "default"
	}
	// The longest, judged from one date: periods mixing months and days
	// compare by where they end.
	base := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	var best Period
	var bestEnd time.Time
	var why string
	for _, g := range regimes {
		p := period(g)
		if p.Keep {
			return p, g
		}
		end, _ := p.After(base)
		if why == "" || end.After(bestEnd) {
			best, bestEnd, why = p, end, g
		}
	}
	return best, why
}
