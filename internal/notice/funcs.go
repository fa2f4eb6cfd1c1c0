package notice

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // notices name local times; the zone database must not depend on the host
	"unicode/utf8"
)

// funcs returns the template functions for a language, with times shown in
// UTC and in loc. Both languages have the same function names, so the
// templates of a kind read alike in English and Turkish.
func funcs(lang string, loc *time.Location) map[string]any {
	w, ok := words[lang]
	if !ok {
		w = words["en"]
	}
	return map[string]any{
		"h":          func(s string) string { return s + "\n" + strings.Repeat("-", utf8.RuneCountInString(s)) },
		"when":       func(v any) string { return when(w, loc, v) },
		"local":      func(v any) string { return local(w, loc, v) },
		"greeting":   func() string { return salutation(lang) },
		"previous":   func(p *Previous) string { return previousText(lang, loc, p) },
		"isSet":      isSet,
		"deadline":   func(due *time.Time, asap bool) string { return deadline(w, loc, due, asap) },
		"num":        func(n int) string { return group(n, w.thousands) },
		"approx":     func(n int) string { return approx(w, n) },
		"country":    func(code string) string { return country(w, code) },
		"personal":   func(codes []string) []string { return labels(w.category, codes, false) },
		"special":    func(codes []string) []string { return labels(w.category, codes, true) },
		"nature":     func(codes []string) []string { return labelsOf(w.nature, codes) },
		"has":        has,
		"hasSpecial": hasSpecial,
		"risk":       func(level string) string { return label(w.risk, level) },
		"encryption": func(enc, compromised bool) string { return encryption(w, enc, compromised, false) },
		"plainEncryption": func(enc, compromised bool) string {
			return encryption(w, enc, compromised, true)
		},
		"audience":  func(a string) string { return label(w.audience, a) },
		"version":   func(v int) int { return max(v, 1) },
		"hasRegime": func(regime, name string) bool { return strings.Contains(strings.ToUpper(regime), name) },
		"inc":       func(i int) int { return i + 1 },
		"basis":     func(b string) string { return localBasis(lang, b) },
		"title": func(s string) string {
			return s + "\n" + strings.Repeat("=", utf8.RuneCountInString(s))
		},
		"day":        func(v any) string { return day(w, loc, v) },
		"period":     func(from, until *time.Time) string { return period(w, loc, from, until) },
		"hasAny":     hasAny,
		"usInfo":     func(codes []string) []string { return usInfo(w, codes) },
		"state":      state,
		"residents":  residents,
		"required":   required,
		"months":     serviceMonths,
		"bureaus":    func() []Agency { return slices.Clone(creditBureaus) },
		"ftc":        func() Agency { return ftc },
		"freeReport": func() Agency { return annualCreditReport },
	}
}

// basisTR rewrites the English citations the rules engine produces into
// Turkish legal usage: "KVKK Art. 12(5); Board Decision 2019/10" becomes
// "KVKK md. 12/5; Kurul Kararı 2019/10". A basis already in Turkish is left
// as it is.
var (
	basisTR = strings.NewReplacer(
		"Board Decisions ", "Kurul Kararları ",
		"Board Decision ", "Kurul Kararı ",
		" and ", " ve ",
		"Art. ", "md. ",
	)
	articleParagraph = regexp.MustCompile(`md\. (\d+)\((\d+)\)`)
)

// localBasis words a legal basis for the notice's language.
func localBasis(lang, b string) string {
	if lang != "tr" {
		for _, r := range words[lang].basis {
			b = strings.ReplaceAll(b, r[0], r[1])
		}
		return b
	}
	return articleParagraph.ReplaceAllString(basisTR.Replace(b), "md. $1/$2")
}

// htmlFuncs overrides the functions whose HTML output differs from text.
// They escape their input themselves, so returning htmltemplate.HTML is safe.
func htmlFuncs(lang string, loc *time.Location) map[string]any {
	return map[string]any{
		"h": func(s string) htmltemplate.HTML {
			return htmltemplate.HTML("<h2>" + htmltemplate.HTMLEscapeString(s) + "</h2>")
		},
		"title": func(s string) htmltemplate.HTML {
			return htmltemplate.HTML(`<h1 style="font-size: 18pt; font-weight: bold;">` + htmltemplate.HTMLEscapeString(s) + "</h1>")
		},
		"paras":        paras,
		"previousHTML": func(p *Previous) htmltemplate.HTML { return previousHTML(lang, loc, p) },
		// The same escaping as Personalize, which greets by name.
		"greeting": func() htmltemplate.HTML {
			return htmltemplate.HTML(htmltemplate.HTMLEscapeString(Greeting(lang, "")) + salutationMark)
		},
	}
}

// paras renders free text as escaped paragraphs: blank lines separate
// paragraphs, single newlines become line breaks.
func paras(s string) htmltemplate.HTML {
	var b strings.Builder
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		lines := strings.Split(p, "\n")
		for i, l := range lines {
			lines[i] = htmltemplate.HTMLEscapeString(strings.TrimSpace(l))
		}
		b.WriteString("<p>" + strings.Join(lines, "<br>\n") + "</p>\n")
	}
	return htmltemplate.HTML(b.String())
}

// vocabulary is the wording of one language.
type vocabulary struct {
	dateLayout   string
	dayLayout    string // a date without the time, for letters to individuals
	onDay        string // "%s": one (estimated) date of the breach
	betweenDays  string // "%s" and "%s": a date range
	unknownTime  string
	unknownCount string
	asap         string
	due          string // "%s" is the formatted deadline
	asapDue      string
	thousands    string
	category     map[string]string
	nature       map[string]string
	risk         map[string]string
	audience     map[string]string
	countries    map[string]string
	usState      string // "%s" is the state code
	encrypted    [3]string
	plainEncr    [3]string
	// basis rewrites the English citations of the rules engine into the
	// language's legal usage, in order ("GDPR" -> "DSGVO"); nil keeps them.
	basis [][2]string
}

// specialCategories are the special categories of personal data under both
// GDPR Art. 9 and KVKK Art. 6, which the notices list separately.
var specialCategories = map[string]bool{
	"health": true, "biometric": true, "genetic": true, "special_category": true,
}

// words holds each notice language's vocabulary; a language's notices
// need its entry (funcs falls back to English without one).
var words = map[string]vocabulary{
	"en": vocabEN, "tr": vocabTR,
	"de": vocabDE, "fr": vocabFR, "it": vocabIT, "es": vocabES, "nl": vocabNL,
	"pl": vocabPL, "pt": vocabPT, "da": vocabDA, "sv": vocabSV,
}

var vocabEN = vocabulary{
	dateLayout:   "2006-01-02 15:04",
	dayLayout:    "January 2, 2006",
	onDay:        "on or about %s",
	betweenDays:  "between %s and %s",
	unknownTime:  "not yet determined",
	unknownCount: "not yet determined",
	asap:         "without undue delay",
	due:          "due %s",
	asapDue:      "without undue delay; due %s at the latest",
	thousands:    ",",
	category: map[string]string{
		"contact":            "Contact details (such as name, e-mail address, telephone number or postal address)",
		"credentials":        "Account credentials (user names, passwords or authentication tokens)",
		"financial":          "Financial data (such as bank account or payment card details)",
		"government_id":      "Government-issued identification numbers (such as national identity card or passport numbers)",
		"health":             "Data concerning health",
		"biometric":          "Biometric data",
		"genetic":            "Genetic data",
		"special_category":   "Other special categories of personal data",
		"children":           "Personal data of children",
		"location":           "Location data",
		"online_identifiers": "Online identifiers (such as IP addresses, device or cookie identifiers)",
		"other":              "Other personal data",
	},
	nature: map[string]string{
		"confidentiality": "Confidentiality breach: unauthorised or accidental disclosure of, or access to, personal data",
		"integrity":       "Integrity breach: unauthorised or accidental alteration of personal data",
		"availability":    "Availability breach: accidental or unauthorised loss of access to, or destruction of, personal data",
	},
	risk: map[string]string{
		"":         "The assessment of the risk to the rights and freedoms of natural persons is ongoing and will be provided in a follow-up notification.",
		"unlikely": "On the information currently available, we consider that the breach is unlikely to result in a risk to the rights and freedoms of natural persons.",
		"risk":     "On the information currently available, we consider that the breach is likely to result in a risk, but not a high risk, to the rights and freedoms of natural persons.",
		"high":     "On the information currently available, we consider that the breach is likely to result in a high risk to the rights and freedoms of natural persons.",
	},
	audience: map[string]string{
		"authority":  "Supervisory authority",
		"subjects":   "Data subjects",
		"controller": "Controller",
	},
	countries: map[string]string{
		"AT": "Austria", "BE": "Belgium", "BG": "Bulgaria", "HR": "Croatia", "CY": "Cyprus",
		"CZ": "Czechia", "DK": "Denmark", "EE": "Estonia", "FI": "Finland", "FR": "France",
		"DE": "Germany", "GR": "Greece", "HU": "Hungary", "IE": "Ireland", "IT": "Italy",
		"LV": "Latvia", "LT": "Lithuania", "LU": "Luxembourg", "MT": "Malta", "NL": "Netherlands",
		"PL": "Poland", "PT": "Portugal", "RO": "Romania", "SK": "Slovakia", "SI": "Slovenia",
		"ES": "Spain", "SE": "Sweden", "IS": "Iceland", "LI": "Liechtenstein", "NO": "Norway",
		"TR": "Türkiye", "GB": "United Kingdom", "CH": "Switzerland", "US": "United States",
	},
	usState: "United States, %s",
	encrypted: [3]string{
		"The affected personal data was not protected by encryption that would render it unintelligible to unauthorised persons, or such protection has not been confirmed.",
		"The affected personal data was encrypted, and there is no indication that the decryption keys have been compromised.",
		"The affected personal data was encrypted, but the decryption keys may also have been compromised, so the encryption cannot be relied on to protect the data.",
	},
	plainEncr: [3]string{
		"",
		"The information was encrypted (scrambled so that it cannot be read without a key), and we have no sign that the key was taken.",
		"The information was encrypted, but the key needed to read it may also have been taken, so you should assume the information can be read.",
	},
}

var vocabTR = vocabulary{
	dateLayout:   "02.01.2006 15:04",
	dayLayout:    "02.01.2006",
	onDay:        "%s veya yakın bir tarihte",
	betweenDays:  "%s ile %s arasında",
	unknownTime:  "henüz tespit edilemedi",
	unknownCount: "henüz tespit edilemedi",
	asap:         "gecikmeksizin",
	due:          "en geç %s",
	asapDue:      "gecikmeksizin ve en geç %s",
	thousands:    ".",
	category: map[string]string{
		"contact":            "İletişim bilgileri (ad soyad, e-posta adresi, telefon numarası, adres vb.)",
		"credentials":        "Hesap giriş bilgileri (kullanıcı adı, parola veya kimlik doğrulama anahtarları)",
		"financial":          "Finansal bilgiler (banka hesap veya ödeme kartı bilgileri vb.)",
		"government_id":      "Resmî kimlik numaraları (T.C. kimlik numarası, pasaport numarası vb.)",
		"health":             "Sağlık verileri",
		"biometric":          "Biyometrik veriler",
		"genetic":            "Genetik veriler",
		"special_category":   "Diğer özel nitelikli kişisel veriler",
		"children":           "Çocuklara ait kişisel veriler",
		"location":           "Konum verileri",
		"online_identifiers": "Çevrim içi tanımlayıcılar (IP adresi, cihaz veya çerez tanımlayıcıları vb.)",
		"other":              "Diğer kişisel veriler",
	},
	nature: map[string]string{
		"confidentiality": "Gizlilik ihlali: kişisel verilerin yetkisiz veya kazara ifşa edilmesi ya da bu verilere yetkisiz erişilmesi",
		"integrity":       "Bütünlük ihlali: kişisel verilerin yetkisiz veya kazara değiştirilmesi",
		"availability":    "Erişilebilirlik ihlali: kişisel verilere erişimin kazara veya yetkisiz olarak kaybedilmesi ya da verilerin yok edilmesi",
	},
	risk: map[string]string{
		"":         "İhlalin ilgili kişilerin hak ve özgürlükleri bakımından doğurabileceği risklere ilişkin değerlendirme sürmekte olup sonucu takip bildirimiyle iletilecektir.",
		"unlikely": "Mevcut bilgiler çerçevesinde, ihlalin ilgili kişilerin hak ve özgürlükleri bakımından risk doğurmasının muhtemel olmadığı değerlendirilmektedir.",
		"risk":     "Mevcut bilgiler çerçevesinde, ihlalin ilgili kişilerin hak ve özgürlükleri bakımından risk doğurabileceği, ancak bu riskin yüksek olmadığı değerlendirilmektedir.",
		"high":     "Mevcut bilgiler çerçevesinde, ihlalin ilgili kişilerin hak ve özgürlükleri bakımından yüksek risk doğurabileceği değerlendirilmektedir.",
	},
	audience: map[string]string{
		"authority":  "Denetim makamı",
		"subjects":   "İlgili kişiler",
		"controller": "Veri sorumlusu",
	},
	countries: map[string]string{
		"AT": "Avusturya", "BE": "Belçika", "BG": "Bulgaristan", "HR": "Hırvatistan", "CY": "Güney Kıbrıs Rum Yönetimi",
		"CZ": "Çekya", "DK": "Danimarka", "EE": "Estonya", "FI": "Finlandiya", "FR": "Fransa",
		"DE": "Almanya", "GR": "Yunanistan", "HU": "Macaristan", "IE": "İrlanda", "IT": "İtalya",
		"LV": "Letonya", "LT": "Litvanya", "LU": "Lüksemburg", "MT": "Malta", "NL": "Hollanda",
		"PL": "Polonya", "PT": "Portekiz", "RO": "Romanya", "SK": "Slovakya", "SI": "Slovenya",
		"ES": "İspanya", "SE": "İsveç", "IS": "İzlanda", "LI": "Lihtenştayn", "NO": "Norveç",
		"TR": "Türkiye", "GB": "Birleşik Krallık", "CH": "İsviçre", "US": "Amerika Birleşik Devletleri",
	},
	usState: "Amerika Birleşik Devletleri, %s",
	encrypted: [3]string{
		"Etkilenen kişisel verilerin, yetkisiz kişilerce okunamaz hâle getirecek şekilde şifrelendiği teyit edilmemiştir.",
		"Etkilenen kişisel veriler şifrelenmiş olup şifre çözme anahtarlarının ele geçirildiğine dair herhangi bir bulgu bulunmamaktadır.",
		"Etkilenen kişisel veriler şifrelenmiş olmakla birlikte şifre çözme anahtarları da ele geçirilmiş olabileceğinden, şifrelemenin verileri koruduğu kabul edilmemektedir.",
	},
	plainEncr: [3]string{
		"",
		"Bilgileriniz şifrelenmişti (anahtar olmadan okunamayacak hâle getirilmişti) ve şifre anahtarının ele geçirildiğine dair bir bulgu yoktur.",
		"Bilgileriniz şifrelenmişti; ancak şifreyi çözmeye yarayan anahtar da ele geçirilmiş olabileceğinden, bilgilerinizin okunabileceğini varsaymanızı öneririz.",
	},
}

// when formats a time.Time or *time.Time in UTC and, unless loc is UTC, in
// loc; zero and nil read "not yet determined".
func when(w vocabulary, loc *time.Location, v any) string {
	var t time.Time
	switch x := v.(type) {
	case time.Time:
		t = x
	case *time.Time:
		if x != nil {
			t = *x
		}
	}
	if t.IsZero() {
		return w.unknownTime
	}
	s := t.UTC().Format(w.dateLayout) + " UTC"
	if loc != time.UTC && loc.String() != "UTC" {
		l := t.In(loc)
		s += " (" + l.Format(w.dateLayout) + " " + loc.String() + ", UTC" + l.Format("-07:00") + ")"
	}
	return s
}

// local formats a time for a letter to a person: in the reader's zone
// first, with the zone named ("2026-03-01 11:00 Europe/Berlin (UTC+01:00)"),
// or in UTC when the zone is UTC; zero and nil read "not yet determined".
func local(w vocabulary, loc *time.Location, v any) string {
	var t time.Time
	switch x := v.(type) {
	case time.Time:
		t = x
	case *time.Time:
		if x != nil {
			t = *x
		}
	}
	if t.IsZero() {
		return w.unknownTime
	}
	if loc == time.UTC || loc.String() == "UTC" {
		return t.UTC().Format(w.dateLayout) + " UTC"
	}
	l := t.In(loc)
	return l.Format(w.dateLayout) + " " + loc.String() + " (UTC" + l.Format("-07:00") + ")"
}

// isSet reports whether a time.Time or *time.Time holds a time.
func isSet(v any) bool {
	switch x := v.(type) {
	case time.Time:
		return !x.IsZero()
	case *time.Time:
		return x != nil && !x.IsZero()
	}
	return false
}

// deadline words the period for sending a notice: a due time when there is
// one, "without undue delay" otherwise, and both when both apply.
func deadline(w vocabulary, loc *time.Location, due *time.Time, asap bool) string {
	switch {
	case due == nil || due.IsZero():
		return w.asap
	case asap:
		return strings.Replace(w.asapDue, "%s", when(w, loc, *due), 1)
	default:
		return strings.Replace(w.due, "%s", when(w, loc, *due), 1)
	}
}

// group formats n with a thousands separator.
func group(n int, sep string) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// approx formats a count, or says it is not yet known when it is not
// positive.
func approx(w vocabulary, n int) string {
	if n <= 0 {
		return w.unknownCount
	}
	return group(n, w.thousands)
}

// country names a jurisdiction code, keeping the code: "Germany (DE)".
func country(w vocabulary, code string) string {
	if st, ok := strings.CutPrefix(code, "US-"); ok {
		return strings.Replace(w.usState, "%s", st, 1) + " (" + code + ")"
	}
	if name, ok := w.countries[code]; ok {
		return name + " (" + code + ")"
	}
	return code
}

// label looks a code up, falling back to the code itself with underscores
// as spaces so an unforeseen value still reads.
func label(m map[string]string, code string) string {
	if s, ok := m[code]; ok {
		return s
	}
	return strings.ReplaceAll(code, "_", " ")
}

func labelsOf(m map[string]string, codes []string) []string {
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		out = append(out, label(m, c))
	}
	return out
}

// labels returns the labels of the special (special=true) or the other
// categories in codes.
func labels(m map[string]string, codes []string, special bool) []string {
	var out []string
	for _, c := range codes {
		if specialCategories[c] == special {
			out = append(out, label(m, c))
		}
	}
	return out
}

func has(list []string, v string) bool {
	for _, s := range list {
		if s == v {
			return true
		}
	}
	return false
}

func hasSpecial(codes []string) bool {
	for _, c := range codes {
		if specialCategories[c] {
			return true
		}
	}
	return false
}

// encryption states whether encryption protects the data, the fact behind
// the GDPR Art. 34(3)(a) exemption. The plain wording says nothing when the
// data was not encrypted.
func encryption(w vocabulary, enc, compromised, plain bool) string {
	s := w.encrypted
	if plain {
		s = w.plainEncr
	}
	switch {
	case !enc:
		return s[0]
	case compromised:
		return s[2]
	default:
		return s[1]
	}
}

// day formats the date of a time.Time or *time.Time in loc, without the
// time of day; zero and nil read "not yet determined".
func day(w vocabulary, loc *time.Location, v any) string {
	var t time.Time
	switch x := v.(type) {
	case time.Time:
		t = x
	case *time.Time:
		if x != nil {
			t = *x
		}
	}
	if t.IsZero() {
		return w.unknownTime
	}
	return t.In(loc).Format(w.dayLayout)
}

// period words the date, estimated date or date range of a breach.
func period(w vocabulary, loc *time.Location, from, until *time.Time) string {
	if from == nil || from.IsZero() {
		return w.unknownTime
	}
	a := day(w, loc, from)
	if until == nil || until.IsZero() {
		return strings.Replace(w.onDay, "%s", a, 1)
	}
	b := day(w, loc, until)
	if a == b {
		return strings.Replace(w.onDay, "%s", a, 1)
	}
	return strings.Replace(strings.Replace(w.betweenDays, "%s", a, 1), "%s", b, 1)
}

func hasAny(list []string, vs ...string) bool {
	for _, v := range vs {
		if has(list, v) {
			return true
		}
	}
	return false
}

// residents counts the affected people in jurisdiction j, including its
// subdivisions ("US" counts "US-CA"); 0 when none is known.
func residents(counts []Count, j string) int {
	n := 0
	for _, c := range counts {
		if c.Jurisdiction == j || (j != "" && strings.HasPrefix(c.Jurisdiction, j+"-")) {
			n += max(c.Subjects, 0)
		}
	}
	return n
}

// required stops rendering when text that the chosen template's law
// requires is missing; what names the field and the rule.
func required(s, what string) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", errors.New("missing " + what)
	}
	return s, nil
}

// serviceMonths is the duration of a free identity theft service where the
// law requires at least 12 months: 0 means the minimum.
func serviceMonths(m int) (int, error) {
	switch {
	case m == 0:
		return 12, nil
	case m < 12:
		return 0, fmt.Errorf("IdentityService.Months is %d: at least 12 months are required (Cal. Civ. Code §1798.82(d)(2)(G))", m)
	}
	return m, nil
}
