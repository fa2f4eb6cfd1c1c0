package notice

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzRenderHostileText renders every template family with hostile text in
// every free-text field and a hostile recipient name: nothing panics, the
// subject is one line, and in the HTML the text appears only escaped (no
// tag or attribute of its own survives).
func FuzzRenderHostileText(f *testing.F) {
	for _, s := range []string{
		`<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, "line\r\nBcc: x@y.example\r\n\r\nbody",
		"\u202eevil\u2060", "\x00\x01\x7f", `{{.Org.Name}}`, "&lt;script&gt;", strings.Repeat("é", 3000),
	} {
		f.Add(s, s)
	}
	kinds := []struct{ kind, regime, jurisdiction, lang string }{
		{KindSubjects, "GDPR", "DE", "de"}, {KindSubjects, "GDPR", "FR", "fr"}, {KindSubjects, "US-CA", "US-CA", ""},
		{KindAuthority, "GDPR", "DK", ""}, {KindController, "GDPR; KVKK", "DE", ""}, {KindKVKKSubjects, "KVKK", "TR", ""},
	}
	f.Fuzz(func(t *testing.T, text, name string) {
		if len(text) > 1<<14 || len(name) > 1<<10 {
			return
		}
		for _, k := range kinds {
			html, subject, ok := renderWith(k.kind, k.regime, k.jurisdiction, k.lang, text, name)
			if !ok {
				continue // hostile text may be refused; it must not panic
			}
			if strings.ContainsAny(subject, "\r\n") {
				t.Fatalf("%s: subject on more than one line: %q", k.kind, subject)
			}
			// The same notice with the text's markup-free shadow has the
			// same markup: the text added no tag, attribute or quote.
			plain, _, ok := renderWith(k.kind, k.regime, k.jurisdiction, k.lang, shadow(text), shadow(name))
			if !ok {
				continue
			}
			for _, c := range []string{"<", ">", "\""} {
				if strings.Count(html, c) != strings.Count(plain, c) {
					t.Fatalf("%s/%s: the text adds %q to the HTML markup", k.kind, k.jurisdiction, c)
				}
			}
		}
	})
}

func renderWith(kind, regime, jurisdiction, lang, text, name string) (html, subject string, ok bool) {
	d := fullData(kind)
	d.Regime, d.Jurisdiction, d.Language = regime, jurisdiction, lang
	d.Headline, d.Summary, d.Consequences, d.Measures = text, text, text, text
	d.Advice, d.Additional, d.ContactNote = text, text, text
	d.Late, d.DelayReason = true, "delay "+text
	d.IdentityService = IdentityService{Provider: "P", Enrollment: "E"}
	r, err := Render(d)
	if err != nil {
		return "", "", false
	}
	_, html = Personalize(r.Text, r.HTML, r.Language, name)
	return html, r.Subject, true
}

// shadow keeps a text's layout (whitespace and control characters, which
// paragraphs and names are cut on) and replaces everything else by "x".
func shadow(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return r
		}
		return 'x'
	}, s)
}
