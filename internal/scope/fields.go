package scope

import (
	"net/mail"
	"strings"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/store"
)

// Reasons a row is quarantined. Structural reasons (wrong field count,
// malformed CSV or JSON) are followed by ": " and details.
const (
	ReasonMissingSubject      = "missing subject id"
	ReasonMissingEmail        = "missing email"
	ReasonInvalidEmail        = "invalid email"
	ReasonMissingJurisdiction = "missing jurisdiction"
	ReasonUnknownJurisdiction = "unknown jurisdiction"
	ReasonMissingController   = "missing controller"
	ReasonInvalidLanguage     = "invalid language"
	ReasonNotAString          = "not a string or number"
	ReasonFieldCount          = "wrong number of fields"
	ReasonMalformedCSV        = "malformed CSV record"
	ReasonMalformedJSON       = "malformed JSON line"
	ReasonLineTooLong         = "line too long"
)

// Canonical field names, as used in quarantine rows and error messages.
const (
	FieldSubjectID    = "subject_id"
	FieldEmail        = "email"
	FieldName         = "name"
	FieldJurisdiction = "jurisdiction"
	FieldCountry      = "country"
	FieldRegion       = "region"
	FieldController   = "controller_id"
	FieldLanguage     = "language"
)

// field identifies one logical input field.
type field int

const (
	fSubject field = iota
	fEmail
	fName
	fJurisdiction
	fCountry
	fRegion
	fController
	fLanguage
	nFields
)

var fieldNames = [nFields]string{FieldSubjectID, FieldEmail, FieldName, FieldJurisdiction, FieldCountry, FieldRegion, FieldController, FieldLanguage}

// aliases lists the accepted column names (or JSON keys) of each field, in
// order of preference.
var aliases = [nFields][]string{
	fSubject:      {"subject_id", "id", "subject"},
	fEmail:        {"email", "e-mail", "mail"},
	fName:         {"name", "full_name"},
	fJurisdiction: {"jurisdiction"},
	fCountry:      {"country"},
	fRegion:       {"region", "state"},
	fController:   {"controller_id", "controller", "customer_id"},
	fLanguage:     {"language", "lang", "preferred_language"},
}

// normKey normalises a column name or JSON key: trimmed, lower case, inner
// spaces as underscores ("Subject ID" = "subject_id").
func normKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.ReplaceAll(s, " ", "_")
}

// raw is one input row, field by field, before validation.
type raw [nFields]string

// validate turns a raw row into a recipient, or says why it cannot be used
// (field, value, reason). hasController tells whether the input names
// controllers (a CSV column, a JSON key): an empty one is then "missing
// controller" unless the scan has a default controller other than "".
func validate(r *raw, defController string, hasController bool, line int) (store.Recipient, *store.Quarantined) {
	bad := func(f field, value, reason string) (store.Recipient, *store.Quarantined) {
		return store.Recipient{}, &store.Quarantined{Line: line, Field: fieldNames[f], Value: truncate(value), Reason: reason}
	}
	subject := strings.TrimSpace(r[fSubject])
	if subject == "" {
		return bad(fSubject, "", ReasonMissingSubject)
	}
	email := strings.TrimSpace(r[fEmail])
	if email == "" {
		return bad(fEmail, "", ReasonMissingEmail)
	}
	if !validEmail(email) {
		return bad(fEmail, email, ReasonInvalidEmail)
	}
	j, jf := jurisdiction(r)
	if j == "" {
		return bad(fJurisdiction, "", ReasonMissingJurisdiction)
	}
	if !breach.ValidJurisdiction(j) {
		return bad(jf, j, ReasonUnknownJurisdiction)
	}
	controller := strings.TrimSpace(r[fController])
	if controller == "" {
		if hasController && defController == "" {
			return bad(fController, "", ReasonMissingController)
		}
		controller = defController
	}
	if controller == store.OwnSubjects {
		controller = ""
	}
	lang, ok := language(r[fLanguage])
	if !ok {
		return bad(fLanguage, strings.TrimSpace(r[fLanguage]), ReasonInvalidLanguage)
	}
	return store.Recipient{
		SubjectID:    subject,
		Email:        email,
		Name:         strings.TrimSpace(r[fName]),
		Jurisdiction: j,
		ControllerID: controller,
		Language:     lang,
		Line:         line,
	}, nil
}

// validEmail accepts a bare address (no display name, no angle brackets)
// whose domain has a dot.
func validEmail(s string) bool {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	dom := s[at+1:]
	return strings.Contains(dom, ".") && !strings.HasPrefix(dom, ".") && !strings.HasSuffix(dom, ".")
}

// jurisdiction returns the row's jurisdiction code, upper case, and the
// field it came from: the jurisdiction column, else the country; a bare US
// (or CA) with a region (state, province; a US state's name is accepted)
// becomes US-CA (CA-QC).
func jurisdiction(r *raw) (string, field) {
	f := fJurisdiction
	j := strings.ToUpper(strings.TrimSpace(r[fJurisdiction]))
	if j == "" {
		f = fCountry
		j = strings.ToUpper(strings.TrimSpace(r[fCountry]))
	}
	if j != "US" && j != "CA" {
		return j, f
	}
	region := strings.ToUpper(strings.TrimSpace(r[fRegion]))
	if region == "" {
		return j, f
	}
	region = strings.TrimPrefix(region, j+"-")
	if j == "US" {
		if code, ok := usStateNames[region]; ok {
			region = code
		}
	}
	return j + "-" + region, fRegion
}

// language returns the ISO 639-1 code of a language tag (lower case; "en"
// when empty; "pt-BR" gives "pt").
func language(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "en", true
	}
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	return s, iso639[s]
}

// truncate keeps the first 100 characters of a value.
func truncate(s string) string {
	const max = 100
	if len(s) <= max {
		return s
	}
	n := 0
	for i := range s {
		if n == max {
			return s[:i]
		}
		n++
	}
	return s
}

var iso639 = func() map[string]bool {
	const codes = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy " +
		"da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz " +
		"ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv " +
		"mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu " +
		"rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty " +
		"ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
	m := map[string]bool{}
	for _, c := range strings.Fields(codes) {
		m[c] = true
	}
	return m
}()

var usStateNames = map[string]string{
	"ALABAMA": "AL", "ALASKA": "AK", "ARIZONA": "AZ", "ARKANSAS": "AR", "CALIFORNIA": "CA", "COLORADO": "CO",
	"CONNECTICUT": "CT", "DELAWARE": "DE", "DISTRICT OF COLUMBIA": "DC", "FLORIDA": "FL", "GEORGIA": "GA",
	"HAWAII": "HI", "IDAHO": "ID", "ILLINOIS": "IL", "INDIANA": "IN", "IOWA": "IA", "KANSAS": "KS",
	"KENTUCKY": "KY", "LOUISIANA": "LA", "MAINE": "ME", "MARYLAND": "MD", "MASSACHUSETTS": "MA",
	"MICHIGAN": "MI", "MINNESOTA": "MN", "MISSISSIPPI": "MS", "MISSOURI": "MO", "MONTANA": "MT",
	"NEBRASKA": "NE", "NEVADA": "NV", "NEW HAMPSHIRE": "NH", "NEW JERSEY": "NJ", "NEW MEXICO": "NM",
	"NEW YORK": "NY", "NORTH CAROLINA": "NC", "NORTH DAKOTA": "ND", "OHIO": "OH", "OKLAHOMA": "OK",
	"OREGON": "OR", "PENNSYLVANIA": "PA", "RHODE ISLAND": "RI", "SOUTH CAROLINA": "SC", "SOUTH DAKOTA": "SD",
	"TENNESSEE": "TN", "TEXAS": "TX", "UTAH": "UT", "VERMONT": "VT", "VIRGINIA": "VA", "WASHINGTON": "WA",
	"WEST VIRGINIA": "WV", "WISCONSIN": "WI", "WYOMING": "WY", "AMERICAN SAMOA": "AS", "GUAM": "GU",
	"NORTHERN MARIANA ISLANDS": "MP", "PUERTO RICO": "PR", "U.S. VIRGIN ISLANDS": "VI",
}
