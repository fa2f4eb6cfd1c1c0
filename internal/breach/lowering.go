package breach

import (
	"fmt"
	"slices"
	"time"
)

// riskRank orders risk levels; unknown counts as high, because a duty that
// turns on an unknown risk applies until someone with authority says the
// risk is lower.
func riskRank(r string) int {
	switch r {
	case RiskUnlikely:
		return 1
	case RiskRisk:
		return 2
	default:
		return 3
	}
}

// Lowering lists how after tells less than before, in ways that can
// withhold or delay a legal duty: risk lowered (unknown counts as high),
// data marked encrypted, the key marked safe, people, jurisdictions,
// customers, categories or natures removed, awareness moved later, law
// enforcement asking for a delay. Each is a decision for a legal approver;
// raising never is. The reasons are one line each, for the refusal and the
// timeline.
func Lowering(before, after Facts) []string {
	var out []string
	add := func(format string, a ...any) { out = append(out, fmt.Sprintf(format, a...)) }
	if riskRank(after.Risk) < riskRank(before.Risk) {
		add("risk lowered from %s to %s", orUnknown(before.Risk), after.Risk)
	}
	if Yes(after.Encrypted) && !Yes(before.Encrypted) {
		add("data marked encrypted (GDPR Art. 34(3)(a) exemption)")
	}
	if No(after.KeyCompromised) && !No(before.KeyCompromised) {
		add("key marked safe")
	}
	if No(after.Material) && !No(before.Material) {
		add("incident determined not material")
	}
	for _, j := range before.Uncounted {
		if !slices.Contains(after.Uncounted, j) && after.Subjects[j] == 0 {
			add("residents of %s no longer listed", j)
		}
	}
	if Yes(after.LawEnforcementDelay) && !Yes(before.LawEnforcementDelay) {
		add("law enforcement delay claimed")
	}
	lowerCounts("subjects", before.Subjects, after.Subjects, add)
	for _, c := range before.Controllers {
		ac := after.Controller(c.ID)
		if ac == nil {
			add("customer %s removed", c.ID)
			continue
		}
		lowerCounts("customer "+c.ID+" subjects", c.Subjects, ac.Subjects, add)
	}
	for _, c := range before.DataCategories {
		if !slices.Contains(after.DataCategories, c) {
			add("data category %s removed", c)
		}
	}
	for _, n := range before.Nature {
		if !slices.Contains(after.Nature, n) {
			add("nature %s removed", n)
		}
	}
	later := func(field string, b, a *time.Time) {
		if b != nil && (a == nil || a.After(*b)) {
			add("%s moved later (deadlines run from it)", field)
		}
	}
	later("aware_at", before.AwareAt, after.AwareAt)
	later("discovered_at", before.DiscoveredAt, after.DiscoveredAt)
	later("determined_at", before.DeterminedAt, after.DeterminedAt)
	return out
}

func lowerCounts(what string, before, after map[string]int, add func(string, ...any)) {
	for _, j := range SortedKeys(before) {
		if after[j] < before[j] {
			add("%s in %s lowered from %d to %d", what, j, before[j], after[j])
		}
	}
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown (treated as high)"
	}
	return s
}
