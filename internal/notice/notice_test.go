package notice

import (
	"fmt"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/breachwf/breach/internal/rules"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var allKinds = []string{KindController, KindAuthority, KindSubjects, KindKVKKBoard, KindKVKKSubjects}

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func ptr(t time.Time) *time.Time { return &t }

// fullData is a notice with every field set, modelled on a ransomware
// incident at Paloma that exposed a customer's ERP export.
func fullData(kind string) Data {
	d := Data{
		IncidentID:    "BR-20260302-7K2Q",
		Headline:      "Unauthorised access to an ERP export bucket",
		Kind:          kind,
		Regime:        "GDPR; KVKK",
		Basis:         "GDPR Art. 33(2)",
		Jurisdiction:  "DE",
		RecipientName: "Nordwerk Maschinenbau GmbH",
		Org: Org{
			Name:         "Paloma AI, Inc.",
			Address:      "2261 Market Street, San Francisco, CA 94114, USA",
			PrivacyEmail: "legal@getpaloma.ai",
			Phone:        "+1 415 555 0100",
			Website:      "https://paloma.so",
			ContactName:  "Paloma Legal & Privacy",
		},
		ClockStart:     ts("2026-03-02T15:00:00Z"),
		Due:            ptr(ts("2026-03-05T15:00:00Z")),
		ASAP:           true,
		AwareAt:        ts("2026-03-02T15:00:00Z"),
		DiscoveredAt:   ts("2026-03-02T09:30:00Z"),
		OccurredAt:     ptr(ts("2026-03-01T22:10:00Z")),
		NoticeDate:     ts("2026-03-03T10:00:00Z"),
		TimeZone:       "Europe/Istanbul",
		Summary:        "An attacker used a leaked access key to list and download an ERP export stored in a cloud bucket.\n\nThe key was revoked on 2 March 2026.",
		Nature:         []string{"confidentiality", "availability"},
		DataCategories: []string{"contact", "credentials", "financial", "health"},
		SubjectsTotal:  1534,
		Subjects:       []Count{{"TR", 400}, {"DE", 1034}, {"FR", 100}},
		Records:        12500,
		Risk:           "high",
		Encrypted:      true,
		KeyCompromised: true,
		Consequences:   "Phishing and account takeover are possible.",
		Measures:       "We revoked the key, rotated all credentials and enabled bucket access logging.",
		CustomerDuties: []Duty{
			{Basis: "GDPR Art. 33(1)", Audience: "authority", Jurisdiction: "DE", Recipient: "German supervisory authority", Due: ptr(ts("2026-03-06T10:00:00Z")), Required: true, Reason: "Risk to data subjects."},
			{Basis: "GDPR Art. 34(1)", Audience: "subjects", Jurisdiction: "FR", Recipient: "Data subjects in FR (100)", ASAP: true, Required: false, Reason: "Risk is not high."},
		},
		Version: 1,
	}
	switch kind {
	case KindAuthority:
		d.Regime, d.Basis, d.RecipientName = "GDPR", "GDPR Art. 33(3)", "Datatilsynet (Denmark)"
		d.Jurisdiction = "DK"
	case KindSubjects:
		d.Regime, d.Basis, d.RecipientName, d.Due = "GDPR", "GDPR Art. 34(1)", "", nil
	case KindKVKKBoard:
		d.Regime, d.Basis, d.RecipientName = "KVKK", "KVKK Art. 12(5); Board Decision 2019/10", "Kişisel Verileri Koruma Kurulu"
		d.Jurisdiction = "TR"
	case KindKVKKSubjects:
		d.Regime, d.Basis, d.RecipientName, d.Due = "KVKK", "KVKK Art. 12(5); Board Decisions 2019/10 and 2019/271", "", nil
		d.Jurisdiction = "TR"
	}
	return d
}

// minimalData sets only what Render requires; every optional field is zero.
func minimalData(kind string) Data {
	return Data{
		IncidentID: "BR-20260302-7K2Q",
		Kind:       kind,
		Basis:      fullData(kind).Basis,
		Org:        Org{Name: "Paloma AI, Inc.", PrivacyEmail: "legal@getpaloma.ai"},
	}
}

// fixture is what selects a template: the kind, regime and jurisdiction of
// a duty that the template discharges, with a matching legal basis.
type fixture struct {
	kind, regime, jurisdiction, basis, recipient string
}

// fixtures has one entry per template file; TestEveryTemplateRenders fails
// when a template has none, so every new template is rendered and checked.
var fixtures = map[string]fixture{
	"controller.en":        {KindController, "GDPR; KVKK", "DE", "GDPR Art. 33(2)", "Nordwerk Maschinenbau GmbH"},
	"authority.gdpr.en":    {KindAuthority, "GDPR", "DK", "GDPR Art. 33(3)", "Datatilsynet (Denmark)"},
	"authority.uk-gdpr.en": {KindAuthority, "UK GDPR", "GB", "UK GDPR Art. 33(1)", "Information Commissioner's Office"},
	"authority.US.en":      {KindAuthority, "US-CO", "US-CO", "C.R.S. §6-1-716(2)(f)", "Colorado Attorney General"},
	"authority.US-CA.en":   {KindAuthority, "US-CA", "US-CA", "Cal. Civ. Code §1798.82(f) as amended by SB 446", ""},
	"authority.en":         {KindAuthority, "LGPD", "BR", "LGPD Art. 48; Resolution CD/ANPD 15/2024 Art. 6", "Autoridade Nacional de Proteção de Dados (ANPD)"},
	"subjects.gdpr.en":     {KindSubjects, "GDPR", "FR", "GDPR Art. 34(1)", ""},
	"subjects.uk-gdpr.en":  {KindSubjects, "UK GDPR", "GB", "UK GDPR Art. 34(1)", ""},
	"subjects.US-CA.en":    {KindSubjects, "US-CA", "US-CA", "Cal. Civ. Code §1798.82(a) as amended by SB 446", ""},
	"subjects.US.en":       {KindSubjects, "US-NY", "US-NY", "N.Y. Gen. Bus. Law §899-aa(2) as amended by S2659B", ""},
	"subjects.en":          {KindSubjects, "PIPEDA", "CA", "PIPEDA s.10.1(3)", ""},
	"kvkk-board.tr":        {KindKVKKBoard, "KVKK", "TR", "KVKK Art. 12(5); Board Decision 2019/10", "Kişisel Verileri Koruma Kurulu"},
	"kvkk-subjects.tr":     {KindKVKKSubjects, "KVKK", "TR", "KVKK Art. 12(5); Board Decisions 2019/10 and 2019/271", ""},
}

// translations are the GDPR Art. 34 notice's languages besides English,
// each with a country of its readers.
var translations = map[string]string{
	"de": "DE", "fr": "FR", "it": "IT", "es": "ES", "nl": "NL", "pl": "PL", "pt": "PT", "da": "DK", "sv": "SE",
}

func init() {
	for lang, country := range translations {
		if name := "subjects.gdpr." + lang; slices.Contains(Templates(), name) {
			fixtures[name] = fixture{KindSubjects, "GDPR", country, "GDPR Art. 34(1)", ""}
		}
	}
}

// isUS reports whether a template is a US state one.
func isUS(name string) bool { return strings.Contains(name, ".US") }

// fullFor is fullData for the duty that a template discharges; US
// templates get US residents, government ID data, a law-enforcement report
// and the identity theft service California requires.
func fullFor(t *testing.T, name string) Data {
	t.Helper()
	f, ok := fixtures[name]
	require.True(t, ok, "no fixture for template %s", name)
	d := fullData(f.kind)
	d.Regime, d.Jurisdiction, d.Basis, d.RecipientName = f.regime, f.jurisdiction, f.basis, f.recipient
	_, _, d.Language, _ = splitName(name)
	if isUS(name) {
		d.TimeZone = "America/Los_Angeles"
		d.Subjects = []Count{{"US-CA", 612}, {"US-CO", 540}, {"US-NY", 75}}
		d.SubjectsTotal = 0
		d.DataCategories = []string{"contact", "government_id", "financial", "credentials", "health"}
		d.OccurredUntil = ptr(ts("2026-03-02T20:00:00Z"))
		d.ConsumerNoticeDate = ts("2026-03-20T17:00:00Z")
		d.LawEnforcementNotified = true
		d.Source = true
		d.IdentityService = IdentityService{Provider: "Experian IdentityWorks", Months: 24, Enrollment: "Visit https://www.experianidworks.com/3bcredit by June 30, 2026 and use activation code ABC123.", Phone: "1-877-288-8057"}
	}
	return d
}

// minimalFor sets only what Render requires and what selects the template.
func minimalFor(t *testing.T, name string) Data {
	t.Helper()
	f, ok := fixtures[name]
	require.True(t, ok, "no fixture for template %s", name)
	d := minimalData(f.kind)
	d.Regime, d.Jurisdiction, d.Basis = f.regime, f.jurisdiction, f.basis
	_, _, d.Language, _ = splitName(name)
	return d
}

// underline is how the text output marks a heading.
func underline(h string) string {
	return "\n" + h + "\n" + strings.Repeat("-", utf8.RuneCountInString(h)) + "\n"
}

// hasHeading reports whether the text shows h as a heading (underlined with
// "-", or "=" for a title) and the HTML as an <h1> or <h2>.
func hasTextHeading(text, h string) bool {
	n := utf8.RuneCountInString(h)
	re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(h) + `\n(-{` + strconv.Itoa(n) + `}|={` + strconv.Itoa(n) + `})$`)
	return re.MatchString(text)
}

func hasHTMLHeading(doc, h string) bool {
	re := regexp.MustCompile(`<h([12])(?:\s[^>]*)?>` + regexp.QuoteMeta(html.EscapeString(h)) + `</h[12]>`)
	return re.MatchString(doc)
}

// missingSections returns the headings that r's template declares and r
// lacks in its text or its HTML.
func missingSections(t *testing.T, r Rendered) []string {
	t.Helper()
	sections, err := RequiredSections(r.Template)
	require.NoError(t, err)
	var missing []string
	for _, h := range sections {
		if !hasTextHeading(r.Text, h) {
			missing = append(missing, "text: "+h)
		}
		if !hasHTMLHeading(r.HTML, h) {
			missing = append(missing, "html: "+h)
		}
	}
	return missing
}

func render(t *testing.T, d Data) Rendered {
	t.Helper()
	r, err := Render(d)
	require.NoError(t, err)
	return r
}

func checkRendered(t *testing.T, r Rendered, d Data) {
	t.Helper()
	assert.NotEmpty(t, r.Subject)
	assert.NotContains(t, r.Subject, "\n")
	assert.Contains(t, r.Subject, "[BR-20260302-7K2Q]")
	assert.Contains(t, r.Text, "BR-20260302-7K2Q")
	assert.Contains(t, r.HTML, "BR-20260302-7K2Q")
	assert.Contains(t, r.Text, localBasis(r.Language, d.Basis))
	assert.Empty(t, missingSections(t, r), "required sections missing")
	assert.True(t, strings.HasPrefix(r.HTML, "<!DOCTYPE html>"), "HTML is a complete document")
	assert.Contains(t, r.HTML, `<html lang="`+r.Language+`">`)
	assert.NotContains(t, r.Text, "<no value>")
	assert.NotContains(t, r.HTML, "<no value>")
	assert.NotContains(t, r.Text, "\n\n\n", "blank lines are collapsed")
}

func TestRenderAllKinds(t *testing.T) {
	for _, kind := range allKinds {
		for name, d := range map[string]Data{"full": fullData(kind), "minimal": minimalData(kind)} {
			t.Run(kind+"/"+name, func(t *testing.T) {
				r := render(t, d)
				checkRendered(t, r, d)
				assert.True(t, strings.HasPrefix(r.Template, kind+"."), r.Template)
			})
		}
	}
}

// TestEveryTemplateRenders renders every template file with a full and a
// minimal Data and checks that each section it declares appears in both
// outputs.
func TestEveryTemplateRenders(t *testing.T) {
	names := Templates()
	require.NotEmpty(t, names)
	for name := range fixtures {
		assert.Contains(t, names, name, "fixture for a template that does not exist")
	}
	for _, name := range names {
		for variant, d := range map[string]func(*testing.T, string) Data{"full": fullFor, "minimal": minimalFor} {
			t.Run(name+"/"+variant, func(t *testing.T) {
				data := d(t, name)
				r := render(t, data)
				assert.Equal(t, name, r.Template, "the fixture resolves to its template")
				assert.True(t, strings.HasSuffix(name, "."+r.Language))
				checkRendered(t, r, data)
				sections, err := RequiredSections(name)
				require.NoError(t, err)
				assert.NotEmpty(t, sections)
			})
		}
	}
}

func TestDeadlineText(t *testing.T) {
	due := ptr(ts("2026-03-05T15:00:00Z"))
	cases := []struct {
		kind   string
		due    *time.Time
		asap   bool
		tz     string
		phrase string // in both outputs
		line   string // the labelled line in the text output
	}{
		{KindController, due, false, "Europe/Berlin", "due 2026-03-05 15:00 UTC (2026-03-05 16:00 Europe/Berlin, UTC+01:00)", "Our deadline:        due 2026-03-05 15:00 UTC (2026-03-05 16:00 Europe/Berlin, UTC+01:00)\n"},
		{KindController, due, true, "", "without undue delay; due 2026-03-05 15:00 UTC at the latest", "Our deadline:        without undue delay; due 2026-03-05 15:00 UTC at the latest\n"},
		{KindAuthority, due, false, "UTC", "due 2026-03-05 15:00 UTC", "Deadline:            due 2026-03-05 15:00 UTC\n"},
		{KindAuthority, nil, true, "", "without undue delay", "Deadline:            without undue delay\n"},
		{KindSubjects, nil, true, "", "without undue delay", "Notification period:  without undue delay\n"},
		{KindKVKKBoard, due, true, "Europe/Istanbul", "gecikmeksizin ve en geç 05.03.2026 15:00 UTC (05.03.2026 18:00 Europe/Istanbul, UTC+03:00)", "Bildirim süresi:    gecikmeksizin ve en geç 05.03.2026 15:00 UTC (05.03.2026 18:00 Europe/Istanbul, UTC+03:00)\n"},
		{KindKVKKBoard, due, false, "", "en geç 05.03.2026 15:00 UTC", "Bildirim süresi:    en geç 05.03.2026 15:00 UTC\n"},
		{KindKVKKSubjects, nil, false, "", "gecikmeksizin", "Bildirim süresi:   gecikmeksizin\n"},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s/due=%v/asap=%v", c.kind, c.due != nil, c.asap), func(t *testing.T) {
			d := minimalData(c.kind)
			d.Due, d.ASAP, d.TimeZone = c.due, c.asap, c.tz
			r := render(t, d)
			assert.Contains(t, r.Text, c.line)
			assert.Contains(t, html.UnescapeString(r.HTML), c.phrase)
		})
	}
}

// TestMissingSectionsDetected proves the section check bites: removing one
// heading from a rendered notice must be reported.
func TestMissingSectionsDetected(t *testing.T) {
	for _, name := range Templates() {
		r := render(t, fullFor(t, name))
		sections, err := RequiredSections(name)
		require.NoError(t, err)
		for _, h := range sections {
			cut := r
			re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(h) + `\n[-=]+$`)
			cut.Text = re.ReplaceAllLiteralString(cut.Text, "")
			assert.Equal(t, []string{"text: " + h}, missingSections(t, cut), "%s: %q", name, h)
			cut = r
			re = regexp.MustCompile(`<h[12][^>]*>` + regexp.QuoteMeta(html.EscapeString(h)) + `</h[12]>`)
			cut.HTML = re.ReplaceAllLiteralString(cut.HTML, "")
			assert.Equal(t, []string{"html: " + h}, missingSections(t, cut), "%s: %q", name, h)
		}
	}
}

func TestSections(t *testing.T) {
	for _, kind := range allKinds {
		assert.NotEmpty(t, Sections(kind), kind)
	}
	assert.Nil(t, Sections("fax"))

	s := Sections(KindAuthority)
	s[0] = "changed"
	assert.NotEqual(t, "changed", Sections(KindAuthority)[0], "Sections returns a copy")

	assert.Contains(t, Sections(KindAuthority), "Contact point", "the regime-neutral authority notice")
	gdpr, err := RequiredSections("authority.gdpr.en")
	require.NoError(t, err)
	assert.Contains(t, gdpr, "Data protection officer or other contact point", "GDPR Art. 33(3)(b)")
	assert.Contains(t, Sections(KindSubjects), "What you can do")
	assert.Contains(t, Sections(KindController), "Your obligations and deadlines")
	assert.Contains(t, Sections(KindKVKKBoard), "Etkilenen kişi ve kayıt sayısı")
	assert.Contains(t, Sections(KindKVKKSubjects), "Hangi kişisel verileriniz etkilendi?")
}

func TestLateNoticeGivesReasons(t *testing.T) {
	for _, name := range Templates() {
		t.Run(name, func(t *testing.T) {
			d := fullFor(t, name)
			r := render(t, d)
			heading := delayHeadings[r.Language]
			assert.NotContains(t, r.Text, underline(heading), "on time: no delay section")

			d.Late, d.DelayReason = true, "The affected export could only be identified after the storage provider restored its access logs."
			r = render(t, d)
			assert.Contains(t, r.Text, underline(heading))
			assert.Contains(t, r.Text, d.DelayReason)
			assert.Contains(t, r.HTML, "<h2>"+heading+"</h2>")
			assert.Contains(t, r.HTML, d.DelayReason)
			assert.Empty(t, missingSections(t, r))

			d.DelayReason = "  "
			_, err := Render(d)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "DelayReason")
		})
	}
}

func TestHTMLEscapesFreeText(t *testing.T) {
	const attack = `<script>alert("x")</script>`
	for _, name := range Templates() {
		t.Run(name, func(t *testing.T) {
			d := fullFor(t, name)
			d.Summary = "Line one " + attack + "\nline two"
			d.Headline = attack
			d.Org.Name = "Paloma <b>AI</b>"
			d.Late, d.DelayReason = true, attack
			r := render(t, d)
			assert.NotContains(t, r.HTML, "<script>")
			assert.NotContains(t, r.HTML, "<b>AI</b>")
			assert.Contains(t, r.HTML, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;")
			assert.Contains(t, r.HTML, "<br>\nline two", "newlines in free text become line breaks")
			assert.Contains(t, r.Text, attack, "text output is not HTML-escaped")
		})
	}
}

func TestHTMLRejectsUnsafeURL(t *testing.T) {
	d := fullData(KindAuthority)
	d.Org.Website = "javascript:alert(1)"
	r := render(t, d)
	assert.NotContains(t, r.HTML, `href="javascript:`)
}

func TestTurkishKinds(t *testing.T) {
	for _, kind := range []string{KindKVKKBoard, KindKVKKSubjects} {
		for name, d := range map[string]Data{"full": fullData(kind), "minimal": minimalData(kind)} {
			t.Run(kind+"/"+name, func(t *testing.T) {
				r := render(t, d)
				assert.Equal(t, "tr", r.Language)
				assert.Contains(t, r.HTML, `<html lang="tr">`)
				assert.Contains(t, r.Text, "Kurul")
				assert.Contains(t, r.Text, "Kişisel Verileri Koruma Kurulu")
				for _, english := range []string{"Dear ", "Legal basis", "not yet determined", "without undue delay", "Reasons for the delay"} {
					assert.NotContains(t, r.Text, english)
				}
			})
		}
	}

	r := render(t, fullData(KindKVKKBoard))
	assert.Contains(t, r.Text, "KİŞİSEL VERİ İHLAL BİLDİRİM FORMU")
	assert.Contains(t, r.Text, "Hukuki dayanak:     KVKK md. 12/5; Kurul Kararı 2019/10\n")
	assert.Equal(t, "[BR-20260302-7K2Q] Kişisel veri ihlal bildirimi (KVKK md. 12/5; Kurul Kararı 2019/10)", r.Subject)
	assert.Contains(t, r.Subject, "Kişisel veri ihlal bildirimi")
	assert.Contains(t, r.Text, "İlk bildirim")
	assert.Contains(t, r.Text, "01.03.2026 22:10 UTC (02.03.2026 01:10 Europe/Istanbul, UTC+03:00)", "ihlal tarihi")
	assert.Contains(t, r.Text, "02.03.2026 09:30 UTC", "tespit tarihi")
	assert.Contains(t, r.Text, "Özel nitelikli kişisel veriler (Kanun md. 6):\n  - Sağlık verileri")
	assert.Contains(t, r.Text, "Etkilenen kişi sayısı (tahmini):   1.534")
	assert.Contains(t, r.Text, "  - Almanya (DE): 1.034\n  - Fransa (FR): 100\n  - Türkiye (TR): 400")
	assert.Contains(t, r.Text, "Etkilenen kayıt sayısı (tahmini):  12.500")
	assert.Contains(t, r.Text, "Gizlilik ihlali")

	d := fullData(KindKVKKBoard)
	d.FollowUp, d.Version = true, 2
	r = render(t, d)
	assert.Contains(t, r.Text, "Takip bildirimi (sürüm 2)")
	assert.Contains(t, r.Subject, "takip bildirimi, sürüm 2")

	r = render(t, minimalData(KindKVKKSubjects))
	assert.Contains(t, r.Text, "Sayın İlgili,")
	assert.Contains(t, r.Text, "İhlalin gerçekleştiği tarih:     henüz tespit edilemedi")

	r = render(t, fullData(KindKVKKSubjects))
	assert.Contains(t, r.Text, "Etkilenen kişisel verileriniz:\n  - İletişim bilgileri")
	assert.Contains(t, r.Text, "Etkilenen özel nitelikli kişisel verileriniz")
	assert.Contains(t, r.Text, "parolalarınızı değiştirin", "advice for credentials")
}

func TestControllerListsCustomerDuties(t *testing.T) {
	r := render(t, fullData(KindController))
	assert.Equal(t, "[BR-20260302-7K2Q] Personal data breach notification (GDPR Art. 33(2))", r.Subject)

	_, duties, ok := strings.Cut(r.Text, underline("Your obligations and deadlines"))
	require.True(t, ok)
	duties, _, _ = strings.Cut(duties, underline("Our contact point"))
	assert.Contains(t, duties, "1. GDPR Art. 33(1): German supervisory authority - Germany (DE)")
	assert.Contains(t, duties, "Deadline:  due 2026-03-06 10:00 UTC (2026-03-06 13:00 Europe/Istanbul, UTC+03:00)")
	assert.Contains(t, duties, "Applies:   Yes")
	assert.Contains(t, duties, "2. GDPR Art. 34(1): Data subjects in FR (100) - France (FR)")
	assert.Contains(t, duties, "Deadline:  without undue delay")
	assert.Contains(t, duties, "Not triggered on the facts currently known")
	assert.Contains(t, duties, "Why:       Risk is not high.")
	assert.Contains(t, r.HTML, "due 2026-03-06 10:00 UTC")

	// The processor neither assesses risk for the customer nor leaves it in
	// doubt about when its own clock started (EDPB 9/2022).
	assert.Contains(t, r.Text, "we do not assess the risk on your behalf")
	assert.Contains(t, r.Text, "a controller is in principle considered to be aware of a breach once its processor has informed it")
	assert.Contains(t, r.Text, "Personal Data Protection Board (Kişisel Verileri Koruma Kurulu)", "KVKK regime")
	assert.NotContains(t, r.Text, "Risk assessment: On the information", "no risk verdict on the customer's behalf")
	assert.Contains(t, r.Text, "  - Germany (DE): 1,034\n  - France (FR): 100\n  - Türkiye (TR): 400", "counts per jurisdiction, sorted")

	d := minimalData(KindController)
	r = render(t, d)
	assert.Contains(t, r.Text, "We have not identified specific deadlines for you at this stage")
	assert.Contains(t, r.Text, "GDPR Art. 33(1): notify the competent supervisory authority")
}

func TestAuthorityContent(t *testing.T) {
	r := render(t, fullData(KindAuthority))
	assert.Equal(t, "[BR-20260302-7K2Q] Personal data breach notification (GDPR Art. 33(3))", r.Subject)
	assert.Contains(t, r.Text, "To:                  Datatilsynet (Denmark) - Denmark (DK)")
	assert.Contains(t, r.Text, "Approximate number of data subjects: 1,534")
	assert.Contains(t, r.Text, "Approximate number of personal data records: 12,500")
	assert.Contains(t, r.Text, "Special categories of personal data (Article 9 GDPR):\n  - Data concerning health")
	assert.Contains(t, r.Text, "Contact point:  Paloma Legal & Privacy")
	assert.Contains(t, r.Text, "E-mail:         legal@getpaloma.ai")
	assert.Contains(t, r.Text, "likely to result in a high risk")
	assert.Contains(t, r.Text, "the decryption keys may also have been compromised")
	assert.Contains(t, r.Text, "Article 33(4) GDPR")

	r = render(t, minimalFor(t, "authority.gdpr.en"))
	assert.Equal(t, "authority.gdpr.en", r.Template)
	assert.Contains(t, r.Text, "Approximate number of data subjects: not yet determined")
	assert.Contains(t, r.Text, "are being assessed and will be described in a follow-up notification")
	assert.Contains(t, r.Text, "Breach occurred:              not yet determined")
}

func TestSubjectsPlainLanguage(t *testing.T) {
	r := render(t, fullData(KindSubjects))
	assert.Contains(t, r.Subject, "Important information about your personal data")
	assert.Contains(t, r.Text, "Change your password", "advice for credentials")
	assert.Contains(t, r.Text, "Check your bank and card statements", "advice for financial data")
	assert.Contains(t, r.Text, "right to lodge a complaint")
	assert.NotContains(t, r.Text, "Article 9", "no legal jargon in the body")
}

func TestRenderErrors(t *testing.T) {
	_, err := Render(Data{Kind: "fax"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"fax"`)

	_, err = Render(Data{Kind: KindAuthority})
	require.Error(t, err)
	for _, field := range []string{"IncidentID", "Basis", "Org.Name", "contact point"} {
		assert.Contains(t, err.Error(), field)
	}

	d := minimalData(KindAuthority)
	d.TimeZone = "Mars/Olympus_Mons"
	_, err = Render(d)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "Mars/Olympus_Mons")
}

func TestRenderDoesNotModifyInput(t *testing.T) {
	d := fullData(KindController)
	render(t, d)
	assert.Equal(t, []Count{{"TR", 400}, {"DE", 1034}, {"FR", 100}}, d.Subjects)
}

func TestSubjectsTotalDerivedFromCounts(t *testing.T) {
	d := fullData(KindAuthority)
	d.SubjectsTotal = 0
	r := render(t, d)
	assert.Contains(t, r.Text, "Approximate number of data subjects: 1,534")
}

func TestSubjectIsOneLine(t *testing.T) {
	d := minimalData(KindController)
	d.IncidentID = "BR-1\r\nBcc: victim@example.com"
	r := render(t, d)
	assert.NotContains(t, r.Subject, "\n")
	assert.NotContains(t, r.Subject, "\r")
}

func TestConcurrentRender(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 50)
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := fullData(allKinds[i%len(allKinds)])
			if i%2 == 0 {
				d.TimeZone = "America/Los_Angeles"
			}
			if _, err := Render(d); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestHelpers(t *testing.T) {
	assert.Equal(t, "1,234,567", group(1234567, ","))
	assert.Equal(t, "999", group(999, "."))
	assert.Equal(t, "-1.000", group(-1000, "."))
	assert.Equal(t, "United States, CA (US-CA)", country(words["en"], "US-CA"))
	assert.Equal(t, "XK", country(words["en"], "XK"))
	assert.Equal(t, "weird code", label(map[string]string{}, "weird_code"))
	assert.Equal(t, "KVKK md. 12/5; Kurul Kararları 2019/10 ve 2019/271", localBasis("tr", "KVKK Art. 12(5); Board Decisions 2019/10 and 2019/271"))
	assert.Equal(t, "KVKK Art. 12(5)", localBasis("en", "KVKK Art. 12(5)"))
}

// lawMinimum is, per template, the headings its law requires at the least.
// exact means the law fixes the headings (California §1798.82(d)(1)).
// Removing a heading from a template's "sections" block fails here;
// removing it from the body fails TestEveryTemplateRenders.
var lawMinimum = map[string]struct {
	law      string
	exact    bool
	sections []string
}{
	"controller.en": {law: "GDPR Art. 33(2), Art. 28(3)(f): what the controller needs for Arts. 33-34, and its own deadlines", sections: []string{
		"What happened", "Personal data and data subjects affected", "Measures taken or proposed", "Your obligations and deadlines", "Our contact point"}},
	"authority.gdpr.en": {law: "GDPR Art. 33(3)(a)-(d)", sections: []string{
		"Nature of the personal data breach",                                      // (a)
		"Approximate number of data subjects concerned",                           // (a)
		"Categories of personal data and approximate number of records concerned", // (a)
		"Data protection officer or other contact point",                          // (b)
		"Likely consequences of the breach",                                       // (c)
		"Measures taken or proposed, including mitigation",                        // (d)
	}},
	"authority.uk-gdpr.en": {law: "UK GDPR Art. 33(3)(a)-(d)", sections: []string{
		"Nature of the personal data breach", "Approximate number of data subjects concerned",
		"Categories of personal data and approximate number of records concerned", "Data protection officer or other contact point",
		"Likely consequences of the breach", "Measures taken or proposed, including mitigation"}},
	"authority.US.en": {law: "US state AG notices (CO, FL, WA, TX, NY, ME, CT)", sections: []string{
		"Description of the breach", "Dates of the breach, its discovery and the notice to residents", "Number of residents affected",
		"Categories of personal information involved", "Measures taken and services offered", "Law enforcement",
		"Notice to affected residents", "Contact person"}},
	"authority.US-CA.en": {law: "Cal. Civ. Code §1798.82(f): sample copy to the Attorney General", sections: []string{
		"Sample copy of the notice to California residents", "Information about the breach", "Contact person"}},
	"authority.en": {law: "common elements (LGPD, PIPEDA, NDB, PDPA, revFADP, HIPAA, ...)", sections: []string{
		"Nature of the breach", "Dates of the breach and of its discovery", "Categories and approximate numbers of people and records affected",
		"Likely consequences", "Measures taken or proposed", "Contact point"}},
	"subjects.gdpr.en": {law: "GDPR Art. 34(2): nature in clear and plain language, Art. 33(3)(b)-(d)", sections: []string{
		"What happened",                // nature
		"How to contact us",            // 33(3)(b)
		"What this could mean for you", // 33(3)(c)
		"What we are doing",            // 33(3)(d)
		"What you can do",              // EDPB: advice to protect themselves
	}},
	"subjects.uk-gdpr.en": {law: "UK GDPR Art. 34(2)", sections: []string{
		"What happened", "How to contact us", "What this could mean for you", "What we are doing", "What you can do"}},
	"subjects.US-CA.en": {law: "Cal. Civ. Code §1798.82(d)(1): title and exactly five headings", exact: true, sections: []string{
		"Notice of Data Breach", "What Happened", "What Information Was Involved", "What We Are Doing", "What You Can Do", "For More Information"}},
	"subjects.US.en": {law: "US state resident notices", sections: []string{
		"What Happened", "What Information Was Involved", "What We Are Doing", "What You Can Do", "For More Information"}},
	"subjects.en": {law: "common elements (LGPD, PIPEDA, NDB, PDPA, revFADP, DPDP, HIPAA, ...)", sections: []string{
		"What happened", "What information was involved", "What this could mean for you", "What we are doing", "What you can do", "How to contact us"}},
	"kvkk-board.tr": {law: "KVKK Board Decision 2019/10, Kişisel Veri İhlal Bildirim Formu", sections: []string{
		"Veri sorumlusu bilgileri", "Bildirim türü", "İhlal tarihi ve tespit tarihi", "İhlalin kaynağı ve nasıl gerçekleştiği",
		"Etkilenen kişisel veri kategorileri", "Etkilenen kişi ve kayıt sayısı", "Olası sonuçlar", "Alınan ve alınacak tedbirler", "İrtibat kişisi"}},
	"kvkk-subjects.tr": {law: "KVKK Board Decision 2019/271 (1)-(5)", sections: []string{
		"İhlal ne zaman gerçekleşti?",                                 // (1)
		"Hangi kişisel verileriniz etkilendi?",                        // (2)
		"Olası sonuçlar nelerdir?",                                    // (3)
		"Olumsuz etkileri azaltmak için alınan ve önerilen tedbirler", // (4)
		"Bize nasıl ulaşabilirsiniz?",                                 // (5)
	}},
}

func TestLawMinimumSections(t *testing.T) {
	for _, name := range Templates() {
		t.Run(name, func(t *testing.T) {
			min, ok := lawMinimum[name]
			got, err := RequiredSections(name)
			require.NoError(t, err)
			if kind, key, lang, _ := splitName(name); !ok && kind == KindSubjects && key == "gdpr" && translations[lang] != "" {
				// A translation of the Art. 34 notice declares as many
				// sections as the original, each shown as a heading
				// (TestEveryTemplateRenders); its own test names them.
				en, _ := RequiredSections("subjects.gdpr.en")
				assert.Len(t, got, len(en), "GDPR Art. 34(2) in %s", lang)
				return
			}
			require.True(t, ok, "template %s has no law minimum in lawMinimum", name)
			if min.exact {
				assert.Equal(t, min.sections, got, min.law)
				return
			}
			for _, h := range min.sections {
				assert.Contains(t, got, h, min.law)
			}
		})
	}
}

func TestRequiredSections(t *testing.T) {
	s, err := RequiredSections("subjects.US-CA.en.txt.tmpl")
	require.NoError(t, err)
	assert.Equal(t, "Notice of Data Breach", s[0])
	s[0] = "changed"
	s, _ = RequiredSections("subjects.US-CA.en")
	assert.Equal(t, "Notice of Data Breach", s[0], "a copy")

	_, err = RequiredSections("subjects.xx.en")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"subjects.xx.en"`)
}

func TestResolve(t *testing.T) {
	cases := []struct {
		kind, jurisdiction, regime, language string
		want                                 string
	}{
		{"subjects", "US-CA", "US-CA", "en", "subjects.US-CA.en"},
		{"subjects", "US-CA", "US-CA", "", "subjects.US-CA.en"},
		{"subjects", "US-NY", "US-NY", "", "subjects.US.en"},
		{"subjects", "US-TX", "", "", "subjects.US.en"},
		{"subjects", "", "us-ca", "", "subjects.US-CA.en"}, // the regime slug matches the code
		{"subjects", "DE", "GDPR", "", "subjects.gdpr.en"},
		{"subjects", "EEA", "GDPR", "en", "subjects.gdpr.en"},
		{"subjects", "GB", "UK GDPR", "", "subjects.uk-gdpr.en"},
		{"subjects", "AU", "Privacy Act (NDB)", "", "subjects.en"},
		{"subjects", "US", "HIPAA", "en", "subjects.en"}, // federal: not a state notice
		{"subjects", "", "", "", "subjects.en"},
		{"subjects", "FI", "GDPR", "fi", "subjects.gdpr.en"}, // no Finnish: English
		{"subjects", "PL", "GDPR", "pl", "subjects.gdpr.pl"},
		{"authority", "DK", "GDPR", "", "authority.gdpr.en"},
		{"authority", "GB", "UK GDPR", "", "authority.uk-gdpr.en"},
		{"authority", "US-CA", "US-CA", "", "authority.US-CA.en"},
		{"authority", "US-TX", "US-TX", "", "authority.US.en"},
		{"authority", "US", "SEC", "", "authority.en"},
		{"authority", "US", "HIPAA", "", "authority.en"},
		{"authority", "BR", "LGPD", "pt", "authority.en"},
		{"authority", "CA-QC", "Québec Law 25", "fr", "authority.en"},
		{"controller", "DE", "GDPR; KVKK", "", "controller.en"},
		{"kvkk-board", "TR", "KVKK", "", "kvkk-board.tr"},
		{"kvkk-board", "TR", "KVKK", "en", "kvkk-board.tr"}, // no English: the kind's own language
		{"kvkk-subjects", "TR", "KVKK", "tr", "kvkk-subjects.tr"},
	}
	for _, c := range cases {
		got, ok := Resolve(c.kind, c.jurisdiction, c.regime, c.language)
		assert.True(t, ok, "%+v", c)
		assert.Equal(t, c.want, got, "%+v", c)
	}
	_, ok := Resolve("fax", "DE", "GDPR", "en")
	assert.False(t, ok)

	assert.Equal(t, "uk-gdpr", slug("UK GDPR"))
	assert.Equal(t, "privacy-act-ndb", slug("Privacy Act (NDB)"))
	assert.Equal(t, "gdpr-kvkk", slug(" GDPR; KVKK "))
	assert.Equal(t, "us-ca", slug("US-CA"))
	assert.Equal(t, "", slug(""))
}

func TestLanguageFallback(t *testing.T) {
	d := fullData(KindSubjects)
	d.Language = "fi"
	r := render(t, d)
	assert.Equal(t, "en", r.Language, "no Finnish template: English")
	assert.Equal(t, "subjects.gdpr.en", r.Template)

	d = fullData(KindKVKKSubjects)
	d.Language = "tr"
	r = render(t, d)
	assert.Equal(t, "tr", r.Language)
	assert.Equal(t, "kvkk-subjects.tr", r.Template)
}

// TestRulesCoverage checks that every duty the rules engine emits towards
// an authority or data subjects has a template, and that US state duties
// get a US template rather than the GDPR one.
func TestRulesCoverage(t *testing.T) {
	for _, row := range rules.Table {
		if row.Audience != "authority" && row.Audience != "subjects" {
			continue
		}
		kind := row.NoticeKind
		if kind == "" {
			kind = row.Audience
		}
		t.Run(row.ID+"/"+row.Scope, func(t *testing.T) {
			name, ok := Resolve(kind, row.Scope, row.Regime, row.Language)
			require.True(t, ok, "no template for %s (kind %q, scope %q, regime %q, language %q)", row.ID, kind, row.Scope, row.Regime, row.Language)
			switch {
			case strings.HasPrefix(row.Scope, "US-") && row.Audience == "subjects":
				assert.Contains(t, []string{"subjects.US.en", "subjects.US-CA.en"}, name)
			case strings.HasPrefix(row.Scope, "US-"):
				assert.Contains(t, []string{"authority.US.en", "authority.US-CA.en"}, name)
			case row.Regime == "GDPR":
				assert.Equal(t, kind+".gdpr.en", name)
			case row.Regime == "UK GDPR":
				assert.Equal(t, kind+".uk-gdpr.en", name)
			case row.Regime == "KVKK":
				assert.Equal(t, kind+".tr", name)
			default:
				assert.Equal(t, kind+".en", name, "regime-neutral")
			}
			if row.Scope == "US-CA" {
				assert.Equal(t, kind+".US-CA.en", name)
			}

			// And the duty's notice renders.
			d := fullFor(t, name)
			d.Regime, d.Basis, d.Jurisdiction, d.RecipientName, d.Language = row.Regime, row.Basis, row.Scope, row.Recipient, row.Language
			r := render(t, d)
			assert.Equal(t, name, r.Template)
			assert.Empty(t, missingSections(t, r))
		})
	}
}

func TestCaliforniaNotice(t *testing.T) {
	d := fullFor(t, "subjects.US-CA.en")
	r := render(t, d)
	assert.Equal(t, "[BR-20260302-7K2Q] Notice of Data Breach from Paloma AI, Inc.", r.Subject)
	assert.True(t, strings.HasPrefix(r.Text, "Notice of Data Breach\n=====================\n"), "titled Notice of Data Breach")
	assert.Contains(t, r.HTML, `>Notice of Data Breach</h1>`)

	// The five headings, in the statutory order, and no other heading before the last.
	var at []int
	for _, h := range []string{"What Happened", "What Information Was Involved", "What We Are Doing", "What You Can Do", "For More Information"} {
		i := strings.Index(r.Text, underline(h))
		require.GreaterOrEqual(t, i, 0, h)
		at = append(at, i)
	}
	assert.IsIncreasing(t, at)
	assert.Equal(t, 5, strings.Count(r.HTML, "<h2>"), "only the five headings while the notice is on time")

	assert.Contains(t, r.Text, "Date of this notice:  March 3, 2026", "(d)(2)(D) date of the notice")
	assert.Contains(t, r.Text, "Date of the breach:     between March 1, 2026 and March 2, 2026", "(d)(2)(C) date range, shown in the organisation's zone")
	assert.NotContains(t, r.Text, "Law enforcement delay", "(d)(2)(E): only if possible to determine; not set, not stated")
	d.LawEnforcementDelayKnown = true
	assert.Contains(t, render(t, d).Text, "Law enforcement delay:  No.", "(d)(2)(E): set by legal")
	d.LawEnforcementDelayKnown = false
	assert.Contains(t, r.Text, "Government-issued identification numbers (such as Social Security", "(d)(2)(B) types of PI")
	assert.Contains(t, r.Text, "An attacker used a leaked access key", "(d)(2)(F) description")
	for _, cra := range []string{"Equifax", "1-800-685-1111", "Experian", "1-888-397-3742", "P.O. Box 9554, Allen, TX 75013", "TransUnion", "1-800-680-7289"} {
		assert.Contains(t, r.Text, cra, "(d)(2)(G) credit reporting agencies")
		assert.Contains(t, html.UnescapeString(r.HTML), cra)
	}
	assert.Contains(t, r.Text, "we are offering you 24 months of Experian IdentityWorks, an identity theft prevention and mitigation service, at no cost to you", "(d)(2)(G) offer")
	assert.Contains(t, r.Text, "activation code ABC123")

	// A single (estimated) date; the law-enforcement delay is stated.
	d.OccurredUntil = nil
	d.LawEnforcementDelay, d.LawEnforcementDelayKnown = true, true
	r = render(t, d)
	assert.Contains(t, r.Text, "Date of the breach:     on or about March 1, 2026")
	assert.Contains(t, r.Text, "Law enforcement delay:  Yes.")

	// Months default to the statutory minimum; fewer are refused.
	d.IdentityService.Months = 0
	r = render(t, d)
	assert.Contains(t, r.Text, "we are offering you 12 months of")
	d.IdentityService.Months = 6
	_, err := Render(d)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "at least 12 months")

	// We were the source and government IDs were exposed: the offer cannot be left out.
	d.IdentityService = IdentityService{}
	_, err = Render(d)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "IdentityService.Provider")
	d.IdentityService = IdentityService{Provider: "X"}
	_, err = Render(d)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "IdentityService.Enrollment")

	// Not the source: no offer required; no government ID or financial data: no CRA list.
	d.Source, d.IdentityService = false, IdentityService{}
	r = render(t, d)
	assert.NotContains(t, r.Text, "at no cost to you")
	d.DataCategories = []string{"credentials"}
	r = render(t, d)
	assert.NotContains(t, r.Text, "Equifax")
	assert.Contains(t, r.Text, "Change your password and security question")
}

func TestUSStateResidentNotice(t *testing.T) {
	d := minimalFor(t, "subjects.US.en")
	r := render(t, d)
	// Every state notice carries the agencies and the fraud alert and freeze information.
	for _, s := range []string{"Equifax", "Experian", "TransUnion", "Federal Trade Commission", "1-877-438-4338", "600 Pennsylvania Avenue NW", "fraud alert", "security freeze"} {
		assert.Contains(t, r.Text, s)
		assert.Contains(t, html.UnescapeString(r.HTML), s)
	}
	assert.Contains(t, r.Text, "Date of the breach:     We have not yet been able to determine when the breach happened.")
	assert.Contains(t, r.Text, "E-mail:     legal@getpaloma.ai", "contact information of the notifier")
	assert.NotContains(t, r.Text, "California")

	d = fullFor(t, "subjects.US.en")
	d.IdentityService = IdentityService{}
	r = render(t, d)
	assert.Contains(t, r.Text, "Date we discovered it:  March 2, 2026")
	assert.NotContains(t, r.Text, "at no cost to you", "no California offer requirement elsewhere")
}

func TestUSAuthorityNotices(t *testing.T) {
	r := render(t, fullFor(t, "authority.US.en"))
	assert.Equal(t, "[BR-20260302-7K2Q] Notice of a data security breach affecting residents of Colorado (C.R.S. §6-1-716(2)(f))", r.Subject)
	assert.Contains(t, r.Text, "To:                  Colorado Attorney General")
	assert.Contains(t, r.Text, "Residents of Colorado affected:  540", "the state's residents, not the total")
	assert.Contains(t, r.Text, "Total number of persons affected:   1,227")
	assert.Contains(t, r.Text, "Notice to affected residents:   March 20, 2026")
	assert.Contains(t, r.Text, "Law enforcement notified:  Yes")
	assert.Contains(t, r.Text, "A sample copy of the notice to residents, with all personal information removed, is enclosed")
	assert.Contains(t, r.Text, "Services offered to affected residents: Experian IdentityWorks")

	r = render(t, minimalFor(t, "authority.US.en"))
	assert.Contains(t, r.Text, "Residents of Colorado affected:  not yet determined")
	assert.Contains(t, r.Text, "To:                  Attorney General of Colorado")

	r = render(t, fullFor(t, "authority.US-CA.en"))
	assert.Contains(t, r.Text, "section 1798.82(f)")
	assert.Contains(t, r.Text, "A single sample copy of the \"Notice of Data Breach\"")
	assert.Contains(t, r.Text, "personally identifiable information has been removed")
	assert.Contains(t, r.Text, "California residents notified:         612")
	assert.Contains(t, r.Text, "Notice delayed by law enforcement:     No")
	assert.Contains(t, r.Text, "To:                  Attorney General of California")
}

func TestNeutralAuthorityStatesRegime(t *testing.T) {
	r := render(t, fullFor(t, "authority.en"))
	assert.Contains(t, r.Text, "Regime:              LGPD\n")
	assert.Contains(t, r.Text, "in accordance with LGPD Art. 48; Resolution CD/ANPD 15/2024 Art. 6.")
	assert.Contains(t, r.Text, "To:                  Autoridade Nacional de Proteção de Dados (ANPD) - BR")
	assert.Contains(t, r.Text, "Approximate number of people affected: 1,534")
	assert.Contains(t, r.Text, "likely to result in serious or significant harm")
	assert.NotContains(t, r.Text, "GDPR")
}

// TestHTMLTextSize: California requires text no smaller than 10-point type;
// no notice goes below it.
func TestHTMLTextSize(t *testing.T) {
	size := regexp.MustCompile(`font-size:\s*([0-9.]+)([a-z%]+)`)
	for _, name := range Templates() {
		r := render(t, fullFor(t, name))
		ms := size.FindAllStringSubmatch(r.HTML, -1)
		require.NotEmpty(t, ms, name)
		for _, m := range ms {
			assert.Equal(t, "pt", m[2], "%s: sizes in points", name)
			v, err := strconv.ParseFloat(m[1], 64)
			require.NoError(t, err)
			assert.GreaterOrEqual(t, v, 10.0, "%s: %s", name, m[0])
		}
	}
}

func TestParseAllRejectsBadTemplates(t *testing.T) {
	const ok = `{{define "sections"}}A|B{{end}}{{define "subject"}}s{{end}}{{define "body"}}b{{end}}`
	const okHTML = `{{define "subject"}}s{{end}}{{define "body"}}b{{end}}`
	cases := map[string]struct {
		fs   fstest.MapFS
		want string
	}{
		"no html":      {fstest.MapFS{"x.en.txt.tmpl": {Data: []byte(ok)}}, "no x.en.html.tmpl"},
		"no sections":  {fstest.MapFS{"x.en.txt.tmpl": {Data: []byte(okHTML)}, "x.en.html.tmpl": {Data: []byte(okHTML)}}, `does not define "sections"`},
		"empty":        {fstest.MapFS{"x.en.txt.tmpl": {Data: []byte(`{{define "sections"}} | {{end}}` + okHTML)}, "x.en.html.tmpl": {Data: []byte(okHTML)}}, "sections block is empty"},
		"language":     {fstest.MapFS{"x.fi.txt.tmpl": {Data: []byte(ok)}, "x.fi.html.tmpl": {Data: []byte(okHTML)}}, `language "fi"`},
		"name":         {fstest.MapFS{"x.a.b.en.txt.tmpl": {Data: []byte(ok)}, "x.a.b.en.html.tmpl": {Data: []byte(okHTML)}}, "want <kind>[.<key>].<lang>"},
		"no body":      {fstest.MapFS{"x.en.txt.tmpl": {Data: []byte(ok)}, "x.en.html.tmpl": {Data: []byte(`{{define "subject"}}s{{end}}`)}}, `does not define "body"`},
		"case clash":   {fstest.MapFS{"x.gb.en.txt.tmpl": {Data: []byte(ok)}, "x.gb.en.html.tmpl": {Data: []byte(okHTML)}, "x.GB.en.txt.tmpl": {Data: []byte(ok)}, "x.GB.en.html.tmpl": {Data: []byte(okHTML)}}, "defined twice"},
		"stray suffix": {fstest.MapFS{"x.en.md.tmpl": {Data: []byte(ok)}}, "must end in"},
	}
	for name, c := range cases {
		_, err := parseAll(c.fs)
		if assert.Error(t, err, name) {
			assert.Contains(t, err.Error(), c.want, name)
		}
	}
	lib, err := parseAll(fstest.MapFS{"x.en.txt.tmpl": {Data: []byte(ok)}, "x.en.html.tmpl": {Data: []byte(okHTML)}})
	require.NoError(t, err)
	assert.Equal(t, []string{"A", "B"}, lib.byName["x.en"].sections)
}

func TestPersonalizeGreetsByNameOnly(t *testing.T) {
	d := fullData(KindSubjects)
	d.Regime, d.Jurisdiction, d.Language = "GDPR", "GB", "en"
	d.Headline = "Dear Sir or Madam,"
	r, err := Render(d)
	require.NoError(t, err)
	text, html := Personalize(r.Text, r.HTML, r.Language, "Ann <b>O'Neil</b>\r\nBcc: x")
	assert.Contains(t, text, "\nDear Ann <b>O'Neil</b> Bcc: x,\n", "control characters become spaces")
	assert.Contains(t, text, "Dear Sir or Madam,\n\nReference", "the headline legal wrote is not the salutation")
	assert.Contains(t, html, "<p>Dear Ann &lt;b&gt;O&#39;Neil&lt;/b&gt; Bcc: x,</p>")
	assert.NotContains(t, html, "<b>O'Neil")
	same, sameHTML := Personalize(r.Text, r.HTML, r.Language, "  ")
	assert.Equal(t, 2, strings.Count(same, "Dear Sir or Madam,"), "no name: the generic salutation")
	assert.NotContains(t, same+sameHTML, "\u2060", "the mark never leaves")
	assert.Contains(t, sameHTML, "<p>Dear Sir or Madam,</p>")
	long, _ := Personalize(r.Text, r.HTML, r.Language, strings.Repeat("x", 500))
	assert.Contains(t, long, "Dear "+strings.Repeat("x", maxName)+",\n")
}
