// Package rules turns the facts of a breach into the notification duties
// they create: who must tell whom, by when, under which article. It is pure
// and deterministic (no I/O, no wall clock), so the incident workflow calls
// it directly and replays it safely.
package rules

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/breachwf/breach/internal/breach"
)

// GDPRAuthorityHours is the Art. 33(1) window. Kept as a parameter: the
// Digital Omnibus proposal would make it 96 h once adopted.
const GDPRAuthorityHours = 72

// KVKKBoardHours is the Board Decision 2019/10 window ("en geç 72 saat").
const KVKKBoardHours = 72

// Assess returns every duty the facts create, required or not, sorted by
// due time (undated last) and then by id. Facts must already carry their
// default times (Facts.WithDefaultTimes).
func Assess(f breach.Facts) []breach.Obligation {
	var out []breach.Obligation
	for _, c := range f.Controllers {
		out = append(out, processorDuties(f, c)...)
	}
	if len(f.Subjects) > 0 {
		out = append(out, controllerDuties(f, f.Subjects, orgEstablishments(f), *f.AwareAt, breach.NotifierUs, "")...)
	}
	Sort(out)
	return out
}

// Sort orders obligations by due time (undated last), then by id.
func Sort(obs []breach.Obligation) {
	sort.SliceStable(obs, func(i, j int) bool {
		a, b := obs[i], obs[j]
		switch {
		case a.Due != nil && b.Due != nil && !a.Due.Equal(*b.Due):
			return a.Due.Before(*b.Due)
		case (a.Due == nil) != (b.Due == nil):
			return a.Due != nil
		}
		return a.ID < b.ID
	})
}

func orgEstablishments(f breach.Facts) []string {
	if f.Organization == nil {
		return nil
	}
	return f.Organization.Establishments
}

// processorDuties: we hold the customer's data, so we owe the customer a
// notice (GDPR Art. 33(2), KVKK 2019/10 "gecikmeksizin"), and the customer
// owes its own duties, computed so our notice can tell it its deadlines.
func processorDuties(f breach.Facts, c breach.Controller) []breach.Obligation {
	gdpr := anyEEA(c.Establishments) || anyEEA(breach.SortedKeys(c.Subjects))
	kvkk := hasCode(c.Establishments, "TR") || c.Subjects["TR"] > 0
	var bases, regimes []string
	if gdpr {
		regimes = append(regimes, "GDPR")
		bases = append(bases, "GDPR Art. 33(2)")
	}
	if kvkk {
		regimes = append(regimes, "KVKK")
		bases = append(bases, "KVKK Board Decision 2019/10")
	}
	reason := "We process this customer's data as a processor; the processor notifies the controller of every breach without undue delay and does not assess the risk first (EDPB 9/2022)."
	if len(regimes) == 0 {
		regimes = append(regimes, "Contract")
		bases = append(bases, "Data processing agreement")
		reason = "We process this customer's data as a processor; no GDPR or KVKK nexus is known, the data processing agreement governs the notice."
	}
	name := c.Name
	if name == "" {
		name = c.ID
	}
	ob := breach.Obligation{
		ID:           "processor-notice-" + c.ID,
		Regime:       strings.Join(regimes, "; "),
		Basis:        strings.Join(bases, "; "),
		Audience:     breach.AudienceController,
		Jurisdiction: firstOr(c.Establishments, firstOr(breach.SortedKeys(c.Subjects), "")),
		Recipient:    name,
		Notifier:     breach.NotifierUs,
		ControllerID: c.ID,
		ClockStart:   *f.AwareAt,
		ASAP:         true,
		Required:     true,
		Reason:       reason,
		NoticeKind:   "controller",
		Language:     "en",
	}
	if c.NoticeHours > 0 {
		due := f.AwareAt.Add(time.Duration(c.NoticeHours) * time.Hour)
		ob.Due = &due
		ob.Reason += fmt.Sprintf(" The customer's contract sets %d hours.", c.NoticeHours)
	}
	out := []breach.Obligation{ob}

	// The customer is aware once we have told it (EDPB 9/2022); until then
	// its clock is estimated from our own deadline.
	start, estimated := *f.AwareAt, true
	switch {
	case c.NotifiedAt != nil:
		start, estimated = c.NotifiedAt.UTC(), false
	case ob.Due != nil:
		start = *ob.Due
	}
	duties := controllerDuties(f, c.Subjects, c.Establishments, start, breach.NotifierController, c.ID)
	for i := range duties {
		duties[i].ID += "-" + c.ID
		if estimated {
			duties[i].Reason += " Clock estimated: the customer has not been notified yet; it starts when they are."
		}
	}
	return append(out, duties...)
}

// controllerDuties are the GDPR and KVKK duties of a controller whose data
// subjects are counted in subjects, with the given establishments, aware at
// start.
func controllerDuties(f breach.Facts, subjects map[string]int, establishments []string, start time.Time, notifier, controllerID string) []breach.Obligation {
	var out []breach.Obligation
	mk := func(o breach.Obligation) {
		o.Notifier, o.ControllerID, o.ClockStart = notifier, controllerID, start
		out = append(out, o)
	}
	risk := f.Risk
	riskNote := ""
	if risk == "" {
		risk, riskNote = breach.RiskRisk, " Risk not assessed yet: treated as a risk."
	}

	// GDPR Art. 33: the lead authority when the controller has an EU/EEA
	// establishment (one-stop-shop); otherwise every authority where affected
	// subjects reside (EDPB 9/2022 ¶73).
	var eea []string
	for _, j := range breach.SortedKeys(subjects) {
		if breach.InEEA(j) && subjects[j] > 0 {
			eea = append(eea, j)
		}
	}
	lead := firstEEA(establishments)
	if len(eea) > 0 || (lead != "" && len(subjects) > 0) {
		authorities := eea
		why := "The controller has no EU/EEA establishment, so it notifies every supervisory authority where affected data subjects reside (EDPB 9/2022 ¶73)."
		uncertain := true // Art. 3(2) reach over a controller outside the EEA is assumed
		if lead != "" {
			authorities = []string{lead}
			why = "One-stop-shop: the lead supervisory authority of the controller's EU/EEA establishment (GDPR Art. 56)."
			uncertain = false
		}
		for _, j := range authorities {
			due := start.Add(GDPRAuthorityHours * time.Hour)
			o := breach.Obligation{
				ID: "gdpr-33-authority-" + j, Regime: "GDPR", Basis: "GDPR Art. 33(1)",
				Audience: breach.AudienceAuthority, Jurisdiction: j, Recipient: AuthorityName(j),
				Due: &due, Uncertain: uncertain, NoticeKind: "authority", Language: "en",
			}
			if risk == breach.RiskUnlikely {
				o.Reason = "GDPR Art. 33(1) not required: the breach is unlikely to result in a risk to the rights and freedoms of natural persons. Record the reasoning in the breach register (Art. 33(5))."
			} else {
				o.Required = true
				o.Reason = fmt.Sprintf("GDPR Art. 33(1): notify within %d hours of awareness; a late notice must give reasons for the delay. %s%s", GDPRAuthorityHours, why, riskNote)
			}
			mk(o)
		}
		for _, j := range eea {
			o := breach.Obligation{
				ID: "gdpr-34-subjects-" + j, Regime: "GDPR", Basis: "GDPR Art. 34(1)",
				Audience: breach.AudienceSubjects, Jurisdiction: j, Recipient: fmt.Sprintf("Data subjects in %s (%d)", j, subjects[j]),
				ASAP: true, NoticeKind: "subjects", Language: "en",
			}
			switch {
			case risk != breach.RiskHigh:
				o.Reason = "GDPR Art. 34 not required: risk is not high."
			case f.Encrypted && !f.KeyCompromised:
				o.Reason = "GDPR Art. 34(3)(a) exemption: the data was encrypted and the key was not compromised."
			default:
				o.Required = true
				o.Reason = "GDPR Art. 34(1): high risk to data subjects; communicate without undue delay in clear and plain language."
			}
			mk(o)
		}
	}

	// KVKK Art. 12(5) and Board Decision 2019/10: data obtained by others
	// unlawfully; no risk threshold. Narrower trigger than GDPR.
	trEstablished := hasCode(establishments, "TR")
	if trEstablished || subjects["TR"] > 0 {
		acquired := f.HasNature("confidentiality")
		reach := !trEstablished // reach over a controller with no Turkish establishment is unsettled
		due := start.Add(KVKKBoardHours * time.Hour)
		board := breach.Obligation{
			ID: "kvkk-board-TR", Regime: "KVKK", Basis: "KVKK Art. 12(5); Board Decision 2019/10",
			Audience: breach.AudienceAuthority, Jurisdiction: "TR", Recipient: AuthorityName("TR"),
			Due: &due, Uncertain: reach, NoticeKind: "kvkk-board", Language: "tr",
		}
		subj := breach.Obligation{
			ID: "kvkk-subjects-TR", Regime: "KVKK", Basis: "KVKK Art. 12(5); Board Decisions 2019/10 and 2019/271",
			Audience: breach.AudienceSubjects, Jurisdiction: "TR", Recipient: fmt.Sprintf("Data subjects in TR (%d)", subjects["TR"]),
			ASAP: true, Uncertain: reach, NoticeKind: "kvkk-subjects", Language: "tr",
		}
		if acquired {
			board.Required, subj.Required = true, true
			board.Reason = fmt.Sprintf("KVKK Art. 12(5), Decision 2019/10: notify the Board without delay and at the latest within %d hours of learning of the breach; no risk exemption; reasons required if late.", KVKKBoardHours)
			subj.Reason = "KVKK Art. 12(5), Decision 2019/10: notify affected persons in the shortest reasonable time after identifying them, directly where their address is known (content per Decision 2019/271)."
		} else {
			board.Reason = "KVKK Art. 12(5) not triggered: the breach is not one of data obtained by others through unlawful means (no confidentiality breach)."
			subj.Reason = board.Reason
		}
		if reach {
			board.Reason += " KVKK's reach over a controller with no Turkish establishment is uncertain: counsel to confirm."
			subj.Reason += " KVKK's reach over a controller with no Turkish establishment is uncertain: counsel to confirm."
		}
		mk(board)
		if subjects["TR"] > 0 {
			mk(subj)
		}
	}
	return out
}

func anyEEA(codes []string) bool { return firstEEA(codes) != "" }

func firstEEA(codes []string) string {
	for _, c := range codes {
		if breach.InEEA(c) {
			return c
		}
	}
	return ""
}

func hasCode(codes []string, code string) bool {
	for _, c := range codes {
		if c == code {
			return true
		}
	}
	return false
}

func firstOr(list []string, def string) string {
	if len(list) > 0 {
		return list[0]
	}
	return def
}
