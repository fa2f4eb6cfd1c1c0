package scope

import (
	"bytes"
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

// raw is one input row, field by field, before validation. The bytes are
// valid until the next row.
type raw [nFields][]byte

// rec is a validated row; its bytes are valid until the next row.
type rec struct {
	subject, email, name, jurisdiction, controller, language []byte
	line                                                     int
}

// validator checks rows. It keeps small caches (jurisdiction codes) and
// scratch buffers, so that a good row costs no allocation.
type validator struct {
	defController []byte // the scan's default controller ("" = none, "-" = ours)
	jbuf, rbuf    []byte
	lbuf          []byte
	// places caches the outcome of jurisdiction() by the raw bytes of the
	// jurisdiction, country and region fields: exports repeat a few values.
	places map[string]place
	kbuf   []byte
}

// place is a cached jurisdiction: the code (or "" when missing), the field
// it came from, and whether it is known.
type place struct {
	code  []byte
	field field
	valid bool
}

const maxPlaces = 4096 // cache entries before the cache starts again

func newValidator(defController string) *validator {
	return &validator{defController: []byte(defController), places: map[string]place{}}
}

// place returns the row's jurisdiction, through the cache.
func (v *validator) place(r *raw) place {
	k := append(v.kbuf[:0], r[fJurisdiction]...)
	k = append(k, 0)
	k = append(k, r[fCountry]...)
	k = append(k, 0)
	k = append(k, r[fRegion]...)
	v.kbuf = k
	if p, ok := v.places[string(k)]; ok {
		return p
	}
	j, f := v.jurisdiction(r)
	p := place{code: bytes.Clone(j), field: f}
	if len(j) > 0 {
		p.valid = breach.ValidJurisdiction(string(j))
	}
	if len(v.places) >= maxPlaces {
		clear(v.places)
	}
	v.places[string(k)] = p
	return p
}

// validate turns a raw row into a recipient, or says why it cannot be used
// (field, value, reason). hasController tells whether the input names
// controllers (a CSV column, a JSON key): an empty one is then "missing
// controller" unless the scan has a default controller other than "".
func (v *validator) validate(r *raw, hasController bool, line int) (rec, *store.Quarantined) {
	bad := func(f field, value []byte, reason string) (rec, *store.Quarantined) {
		return rec{}, &store.Quarantined{Line: line, Field: fieldNames[f], Value: truncate(string(value)), Reason: reason}
	}
	out := rec{line: line}
	if out.subject = bytes.TrimSpace(r[fSubject]); len(out.subject) == 0 {
		return bad(fSubject, nil, ReasonMissingSubject)
	}
	if out.email = bytes.TrimSpace(r[fEmail]); len(out.email) == 0 {
		return bad(fEmail, nil, ReasonMissingEmail)
	}
	if ok, sure := fastEmail(out.email); !sure {
		ok = validEmail(string(out.email))
		if !ok {
			return bad(fEmail, out.email, ReasonInvalidEmail)
		}
	} else if !ok {
		return bad(fEmail, out.email, ReasonInvalidEmail)
	}
	pl := v.place(r)
	if len(pl.code) == 0 {
		return bad(fJurisdiction, nil, ReasonMissingJurisdiction)
	}
	if !pl.valid {
		return bad(pl.field, pl.code, ReasonUnknownJurisdiction)
	}
	out.jurisdiction = pl.code
	out.controller = bytes.TrimSpace(r[fController])
	if len(out.controller) == 0 {
		if hasController && len(v.defController) == 0 {
			return bad(fController, nil, ReasonMissingController)
		}
		out.controller = v.defController
	}
	if string(out.controller) == store.OwnSubjects {
		out.controller = nil
	}
	var lok bool
	v.lbuf, lok = languageBytes(v.lbuf[:0], r[fLanguage])
	if !lok {
		return bad(fLanguage, bytes.TrimSpace(r[fLanguage]), ReasonInvalidLanguage)
	}
	out.language = v.lbuf
	out.name = bytes.TrimSpace(r[fName])
	return out, nil
}

// jurisdiction returns the row's jurisdiction code, upper case, and the
// field it came from: the jurisdiction column, else the country; a bare US
// (or CA) with a region (state, province; a US state's name is accepted)
// becomes US-CA (CA-QC).
func (v *validator) jurisdiction(r *raw) ([]byte, field) {
	f := fJurisdiction
	v.jbuf = appendUpper(v.jbuf[:0], bytes.TrimSpace(r[fJurisdiction]))
	if len(v.jbuf) == 0 {
		f = fCountry
		v.jbuf = appendUpper(v.jbuf, bytes.TrimSpace(r[fCountry]))
	}
	j := v.jbuf
	if string(j) != "US" && string(j) != "CA" {
		return j, f
	}
	v.rbuf = appendUpper(v.rbuf[:0], bytes.TrimSpace(r[fRegion]))
	region := v.rbuf
	if len(region) == 0 {
		return j, f
	}
	if len(region) >= 3 && region[2] == '-' && region[0] == j[0] && region[1] == j[1] {
		region = region[3:]
	}
	if string(j) == "US" {
		if code, ok := breach.USCodesByUpperName[string(region)]; ok {
			region = []byte(code)
		}
	}
	v.jbuf = append(append(v.jbuf, '-'), region...)
	return v.jbuf, fRegion
}

// appendUpper appends b in upper case (ASCII letters; other bytes as they
// are) to dst.
func appendUpper(dst, b []byte) []byte {
	for _, c := range b {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// languageBytes appends the ISO 639-1 code of a language tag to dst (lower
// case; "en" when empty; "pt-BR" gives "pt").
func languageBytes(dst, b []byte) ([]byte, bool) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return append(dst, "en"...), true
	}
	for _, c := range b {
		if c == '-' || c == '_' {
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, isISO639(dst)
}

// isISO639 tells an ISO 639-1 code (two lower-case letters).
func isISO639(b []byte) bool {
	if len(b) != 2 || b[0] < 'a' || b[0] > 'z' || b[1] < 'a' || b[1] > 'z' {
		return false
	}
	return iso639[int(b[0]-'a')*26+int(b[1]-'a')]
}

// atext marks the characters of an RFC 5322 atom.
var atext = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for _, c := range "!#$%&'*+-/=?^_`{|}~" {
		t[c] = true
	}
	return t
}()

// fastEmail decides the common case of validEmail without parsing: a
// dot-atom, one @, a dot-atom domain with a dot. sure is false when it
// cannot tell (quotes, spaces, non-ASCII, anything unusual): validEmail
// decides then. A test checks that it never disagrees with validEmail.
func fastEmail(b []byte) (ok, sure bool) {
	at := -1
	prev := byte('.') // no leading dot
	for i, c := range b {
		switch {
		case atext[c]:
		case c == '.':
			if prev == '.' || prev == '@' {
				return false, false
			}
		case c == '@':
			if at >= 0 || prev == '.' {
				return false, false
			}
			at = i
		default:
			return false, false
		}
		prev = c
	}
	if at <= 0 || at == len(b)-1 || prev == '.' {
		return false, false
	}
	dom := b[at+1:]
	if bytes.IndexByte(dom, '.') < 0 {
		return false, true // no dot in the domain
	}
	return true, true
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

var iso639 = func() (t [26 * 26]bool) {
	const codes = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy " +
		"da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz " +
		"ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv " +
		"mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu " +
		"rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty " +
		"ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
	for _, c := range strings.Fields(codes) {
		t[int(c[0]-'a')*26+int(c[1]-'a')] = true
	}
	return t
}()
