package workflows

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breachwf/breach/internal/identity"
)

// RolesFor returns who may make a decision: any of the roles listed.
// authority says the decision withholds, delays or ends a duty.
func RolesFor(update string, authority bool) []string {
	switch update {
	case "declare":
		return nil // anyone may report a suspected breach
	case UpdateTriage, UpdateAddFacts, UpdateScope:
		if authority {
			return legalACL
		}
		return anyone
	default:
		return legalACL
	}
}

// Check is the outcome of re-checking one signed decision.
type Check struct {
	Decision SignedDecision
	Signed   identity.Signed
	Problem  string // empty: verified
}

// VerifyRecord re-checks every signed decision of an incident's register
// record against a directory (the configuration's people and keys): the
// signature, that it names this incident, the recorded update and person,
// that the person held a role allowed to make it, and that no nonce is
// used twice. It also reports timeline decisions without a signed
// decision. It is what `starter verify` runs, offline.
func VerifyRecord(rec Status, dir identity.Directory) (checks []Check, problems []string) {
	nonces := map[string]bool{}
	signedBy := map[string]bool{}
	for _, d := range rec.Decisions {
		c := Check{Decision: d}
		signed, err := identity.Open(d.Message)
		c.Signed = signed
		switch {
		case err != nil:
			c.Problem = err.Error()
		case signed.Incident != rec.ID:
			c.Problem = fmt.Sprintf("signed for incident %s", signed.Incident)
		case signed.Update != d.Update || signed.By != d.By || signed.Via != d.Via:
			c.Problem = fmt.Sprintf("the record says %s by %s via %s, the signature %s by %s via %s", d.Update, d.By, d.Via, signed.Update, signed.By, signed.Via)
		case nonces[signed.Nonce]:
			c.Problem = "nonce used twice"
		default:
			c.Problem = checkSigner(dir, d, signed)
		}
		nonces[signed.Nonce] = true
		if c.Problem == "" {
			signedBy[d.By] = true
		} else {
			problems = append(problems, fmt.Sprintf("%s %s by %s: %s", d.Update, d.Target, d.By, c.Problem))
		}
		checks = append(checks, c)
	}
	for _, e := range rec.Timeline {
		if e.By != "" && decisionEvent(e.Kind) && !signedBy[e.By] {
			problems = append(problems, fmt.Sprintf("timeline: %s %q by %s has no verified signed decision", e.Kind, e.Text, e.By))
		}
	}
	return checks, problems
}

func checkSigner(dir identity.Directory, d SignedDecision, s identity.Signed) string {
	var person identity.Person
	var key string
	switch s.Via {
	case identity.ViaCLI:
		p, ok := dir.Person(s.By)
		if !ok {
			return fmt.Sprintf("%q is not in the configuration", s.By)
		}
		person, key = p, p.Key
	case identity.ViaSlack:
		p, ok := dir.BySlack(s.SlackUser)
		if !ok || p.Name != s.By {
			return fmt.Sprintf("Slack user %s is not %q in the configuration", s.SlackUser, s.By)
		}
		person, key = p, dir.Gateway
	default:
		return fmt.Sprintf("unknown channel %q", s.Via)
	}
	pub, err := identity.ParsePublic(key)
	if err != nil {
		return fmt.Sprintf("no usable key for %s in the configuration (%v); keys made by worker -dev are trusted with --dev", s.By, err)
	}
	if identity.Fingerprint(pub) != s.Key || !identity.Verify(pub, d.Message, d.Sig) {
		return "bad signature for the configured key"
	}
	if roles := RolesFor(d.Update, len(d.Authority) > 0); roles != nil && !slices.ContainsFunc(roles, person.Has) {
		return fmt.Sprintf("%s is not a %s in the configuration", s.By, roleNames(roles))
	}
	return ""
}

// decisionEvent: timeline kinds that record a person's decision.
func decisionEvent(kind string) bool {
	switch kind {
	case "triaged", "approval", "approved", "changes_requested", "waived", "filed", "facts_added", "scoped", "closed", "decision_pending", "reassessed":
		return true
	}
	return strings.HasPrefix(kind, "decision")
}
