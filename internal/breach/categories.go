package breach

import "slices"

// Categories are the accepted data categories. The broad ones
// (government_id, health, credentials) stay for a triage that does not
// know yet which kind was involved; the narrow ones are what US
// "personal information" definitions list element by element.
var Categories = []string{
	"contact", "credentials", "financial", "government_id", "health", "biometric",
	"genetic", "special_category", "children", "location", "online_identifiers", "other",
	// Narrow kinds (since rules version 2).
	"ssn", "drivers_license", "passport", "tax_id", "military_id",
	"medical", "health_insurance",
	"date_of_birth", "mothers_maiden_name", "electronic_signature", "employee_id_code",
	"secret_professional", "elderly",
}

// CategoryText explains each category in a sentence a data subject or a
// lawyer reads the same way.
var CategoryText = map[string]string{
	"contact":              "name, e-mail address, postal address or telephone number",
	"credentials":          "user name or e-mail address with a password or security question and answer that give access to an online account",
	"financial":            "financial account, credit or debit card number, with any code or password needed to use it",
	"government_id":        "a government-issued identification number, of a kind not yet known (Social Security, driver's licence, passport, tax, military)",
	"health":               "medical or health-insurance information, of a kind not yet known",
	"biometric":            "biometric data (fingerprint, retina or iris image, voice print, facial geometry) used to identify a person",
	"genetic":              "genetic data",
	"special_category":     "special categories of data (GDPR Art. 9 / KVKK Art. 6): racial or ethnic origin, opinions, beliefs, union membership, sex life",
	"children":             "data of children",
	"location":             "location data",
	"online_identifiers":   "online identifiers (IP addresses, cookie IDs, device IDs)",
	"other":                "other personal data",
	"ssn":                  "Social Security number",
	"drivers_license":      "driver's licence or state identification card number",
	"passport":             "passport number",
	"tax_id":               "taxpayer identification number (such as an ITIN)",
	"military_id":          "military identification number",
	"medical":              "medical information: medical history, condition, treatment or diagnosis",
	"health_insurance":     "health-insurance information: policy or subscriber number, or any unique identifier used by a health insurer",
	"date_of_birth":        "date of birth",
	"mothers_maiden_name":  "mother's maiden name",
	"electronic_signature": "unique electronic signature",
	"employee_id_code":     "employee identification number with an access code or password",
	"secret_professional":  "data under legal or professional secrecy",
	"elderly":              "data of elderly people",
}

// categoryParents maps each narrow category to the broad one a triage uses
// when it does not know the kind yet.
var categoryParents = map[string]string{
	"ssn": "government_id", "drivers_license": "government_id", "passport": "government_id",
	"tax_id": "government_id", "military_id": "government_id",
	"medical": "health", "health_insurance": "health",
}

// CategoryMatch is how a breach's data categories meet a law's list.
type CategoryMatch struct {
	// Covered: at least one affected category is in the list, or may be.
	Covered bool
	// Broad names the affected broad categories that count only because
	// they may be one of the listed narrow kinds (government_id for a law
	// that lists only ssn and drivers_license): the duty applies, but is
	// uncertain until the kind is known.
	Broad []string
}

// MatchCategories reports whether the affected categories are covered by a
// law's list. A narrow category is covered by its broad parent in the list
// (ssn by government_id); a broad category is possibly covered by any of
// its narrow kinds in the list (government_id by ssn), which is reported in
// Broad, since "not known which kind" is not "not a listed kind".
func MatchCategories(affected, list []string) CategoryMatch {
	var m CategoryMatch
	for _, c := range affected {
		if slices.Contains(list, c) || (categoryParents[c] != "" && slices.Contains(list, categoryParents[c])) {
			m.Covered, m.Broad = true, nil
			return m
		}
	}
	for _, c := range affected {
		for _, l := range list {
			if categoryParents[l] == c && !slices.Contains(m.Broad, c) {
				m.Broad = append(m.Broad, c)
			}
		}
	}
	m.Covered = len(m.Broad) > 0
	return m
}
