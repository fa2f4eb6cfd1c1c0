package notice

import (
	"fmt"
	"html"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

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
		Title:         "Unauthorised access to an ERP export bucket",
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

// underline is how the text output marks a heading.
func underline(h string) string {
	return "\n" + h + "\n" + strings.Repeat("-", utf8.RuneCountInString(h)) + "\n"
}

// missingSections returns the required headings of kind that r lacks, as an
// underlined heading in the text or an <h2> in the HTML.
func missingSections(kind string, r Rendered) []string {
	var missing []string
	for _, h := range Sections(kind) {
		if !strings.Contains(r.Text, underline(h)) {
			missing = append(missing, "text: "+h)
		}
		if !strings.Contains(r.HTML, "<h2>"+html.EscapeString(h)+"</h2>") {
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

func TestRenderAllKinds(t *testing.T) {
	for _, kind := range allKinds {
		for name, d := range map[string]Data{"full": fullData(kind), "minimal": minimalData(kind)} {
			t.Run(kind+"/"+name, func(t *testing.T) {
				r := render(t, d)
				assert.NotEmpty(t, r.Subject)
				assert.NotContains(t, r.Subject, "\n")
				assert.Contains(t, r.Subject, "[BR-20260302-7K2Q]")
				assert.Contains(t, r.Text, "BR-20260302-7K2Q")
				assert.Contains(t, r.HTML, "BR-20260302-7K2Q")
				assert.Contains(t, r.Text, localBasis(r.Language, d.Basis))
				assert.Equal(t, kind+"."+r.Language, r.Template)
				assert.Empty(t, missingSections(kind, r), "required sections missing")
				assert.True(t, strings.HasPrefix(r.HTML, "<!DOCTYPE html>"), "HTML is a complete document")
				assert.NotContains(t, r.Text, "<no value>")
				assert.NotContains(t, r.HTML, "<no value>")
				assert.NotContains(t, r.Text, "\n\n\n", "blank lines are collapsed")
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
	for _, kind := range allKinds {
		r := render(t, fullData(kind))
		for _, h := range Sections(kind) {
			cut := r
			cut.Text = strings.Replace(cut.Text, underline(h), "\n", 1)
			assert.Equal(t, []string{"text: " + h}, missingSections(kind, cut), "%s: %q", kind, h)
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

	assert.Contains(t, Sections(KindAuthority), "Data protection officer or other contact point", "GDPR Art. 33(3)(b)")
	assert.Contains(t, Sections(KindSubjects), "What you can do")
	assert.Contains(t, Sections(KindController), "Your obligations and deadlines")
	assert.Contains(t, Sections(KindKVKKBoard), "Etkilenen kişi ve kayıt sayısı")
	assert.Contains(t, Sections(KindKVKKSubjects), "Hangi kişisel verileriniz etkilendi?")
}

func TestLateNoticeGivesReasons(t *testing.T) {
	for _, kind := range allKinds {
		t.Run(kind, func(t *testing.T) {
			heading := delayHeadings[kinds[kind].lang]
			d := fullData(kind)
			r := render(t, d)
			assert.NotContains(t, r.Text, underline(heading), "on time: no delay section")

			d.Late, d.DelayReason = true, "The affected export could only be identified after the storage provider restored its access logs."
			r = render(t, d)
			assert.Contains(t, r.Text, underline(heading))
			assert.Contains(t, r.Text, d.DelayReason)
			assert.Contains(t, r.HTML, "<h2>"+heading+"</h2>")
			assert.Contains(t, r.HTML, d.DelayReason)
			assert.Empty(t, missingSections(kind, r))

			d.DelayReason = "  "
			_, err := Render(d)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "DelayReason")
		})
	}
}

func TestHTMLEscapesFreeText(t *testing.T) {
	const attack = `<script>alert("x")</script>`
	for _, kind := range allKinds {
		t.Run(kind, func(t *testing.T) {
			d := fullData(kind)
			d.Summary = "Line one " + attack + "\nline two"
			d.Title = attack
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

	r = render(t, minimalData(KindAuthority))
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
