package notice

import (
	htmltemplate "html/template"
	"slices"
	"strings"
	"time"
)

// phasedWords are the wording of a supplementary notice, per language;
// languages without their own use English.
var phasedWords = map[string]struct {
	heading, intro, none, notGiven, was string
	what                                map[string]string
}{
	"en": {
		heading:  "What is new since our earlier notice",
		intro:    "This notice supplements our notice of %s (reference %s) about the same breach. The following information is new or has changed:",
		none:     "No information has changed; this notice confirms the earlier one.",
		notGiven: "not given",
		was:      "previously",
		what: map[string]string{
			"summary": "Description of the breach", "nature": "Nature of the breach", "occurred": "Date of the breach",
			"subjects": "Number of people affected", "records": "Number of records", "categories": "Categories of personal data",
			"risk": "Assessment of the risk", "encryption": "Encryption", "consequences": "Likely consequences",
			"measures": "Measures taken or proposed", "jurisdictions": "People affected by country",
		},
	},
	"tr": {
		heading:  "Önceki bildirimimizden bu yana yeni bilgiler",
		intro:    "Bu bildirim, aynı ihlale ilişkin %s tarihli (referans %s) bildirimimizi tamamlamaktadır. Aşağıdaki bilgiler yenidir veya değişmiştir:",
		none:     "Bilgilerde değişiklik yoktur; bu bildirim önceki bildirimi teyit eder.",
		notGiven: "belirtilmemişti",
		was:      "önceki bildirimde",
		what: map[string]string{
			"summary": "İhlalin açıklaması", "nature": "İhlalin niteliği", "occurred": "İhlal tarihi",
			"subjects": "Etkilenen kişi sayısı", "records": "Kayıt sayısı", "categories": "Kişisel veri kategorileri",
			"risk": "Risk değerlendirmesi", "encryption": "Şifreleme", "consequences": "Olası sonuçlar",
			"measures": "Alınan ve alınacak tedbirler", "jurisdictions": "Ülkelere göre etkilenen kişiler",
		},
	},
}

func phased(lang string) (w struct {
	heading, intro, none, notGiven, was string
	what                                map[string]string
}) {
	if p, ok := phasedWords[lang]; ok {
		return p
	}
	return phasedWords["en"]
}

// Changes lists what a supplementary notice in lang says is new: the
// facts of cur that differ from those of prev, the notice already sent,
// in the reader's words. Free text is compared as a whole and shown as it
// now reads.
func Changes(prev, cur Data, lang string) []Change {
	w := words[lang]
	if w.dateLayout == "" {
		w = words["en"]
	}
	what := phased(lang).what
	var out []Change
	add := func(key, before, after string) {
		if before != after {
			out = append(out, Change{What: what[key], Before: before, After: after})
		}
	}
	prev, cur = normalize(prev), normalize(cur)
	add("summary", prev.Summary, cur.Summary)
	add("nature", strings.Join(labelsOf(w.nature, prev.Nature), "; "), strings.Join(labelsOf(w.nature, cur.Nature), "; "))
	add("occurred", period(w, time.UTC, prev.OccurredAt, prev.OccurredUntil), period(w, time.UTC, cur.OccurredAt, cur.OccurredUntil))
	add("subjects", count(w, prev.SubjectsTotal), count(w, cur.SubjectsTotal))
	add("jurisdictions", perCountry(w, prev.Subjects), perCountry(w, cur.Subjects))
	add("records", count(w, prev.Records), count(w, cur.Records))
	add("categories", strings.Join(labelsOf(w.category, sorted(prev.DataCategories)), "; "), strings.Join(labelsOf(w.category, sorted(cur.DataCategories)), "; "))
	add("risk", label(w.risk, prev.Risk), label(w.risk, cur.Risk))
	add("encryption", encryption(w, prev.Encrypted, prev.KeyCompromised, false), encryption(w, cur.Encrypted, cur.KeyCompromised, false))
	add("consequences", prev.Consequences, cur.Consequences)
	add("measures", prev.Measures, cur.Measures)
	return out
}

func count(w vocabulary, n int) string {
	if n <= 0 {
		return ""
	}
	return group(n, w.thousands)
}

func perCountry(w vocabulary, counts []Count) string {
	var parts []string
	for _, c := range counts {
		if c.Subjects > 0 {
			parts = append(parts, country(w, c.Jurisdiction)+": "+group(c.Subjects, w.thousands))
		}
	}
	return strings.Join(parts, "; ")
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// previousText is the "what is new" block of a supplementary notice.
func previousText(lang string, loc *time.Location, p *Previous) string {
	if p == nil {
		return ""
	}
	pw, w := phased(lang), words[lang]
	if w.dateLayout == "" {
		w = words["en"]
	}
	var b strings.Builder
	b.WriteString(pw.heading + "\n" + strings.Repeat("-", len([]rune(pw.heading))) + "\n")
	b.WriteString(strings.Replace(strings.Replace(pw.intro, "%s", when(w, loc, p.SentAt), 1), "%s", p.Reference, 1) + "\n")
	if len(p.Changes) == 0 {
		b.WriteString(pw.none + "\n")
	}
	for _, c := range p.Changes {
		before := c.Before
		if before == "" {
			before = pw.notGiven
		}
		b.WriteString("\n  - " + c.What + ":\n      " + strings.ReplaceAll(c.After, "\n", "\n      ") + "\n      (" + pw.was + ": " + before + ")\n")
	}
	return b.String()
}

func previousHTML(lang string, loc *time.Location, p *Previous) htmltemplate.HTML {
	if p == nil {
		return ""
	}
	pw, w := phased(lang), words[lang]
	if w.dateLayout == "" {
		w = words["en"]
	}
	e := htmltemplate.HTMLEscapeString
	var b strings.Builder
	b.WriteString("<h2>" + e(pw.heading) + "</h2>\n<p>" + e(strings.Replace(strings.Replace(pw.intro, "%s", when(w, loc, p.SentAt), 1), "%s", p.Reference, 1)) + "</p>\n")
	if len(p.Changes) == 0 {
		b.WriteString("<p>" + e(pw.none) + "</p>\n")
		return htmltemplate.HTML(b.String())
	}
	b.WriteString("<ul>\n")
	for _, c := range p.Changes {
		before := c.Before
		if before == "" {
			before = pw.notGiven
		}
		b.WriteString("<li><strong>" + e(c.What) + ":</strong> " + e(c.After) + " <em>(" + e(pw.was) + ": " + e(before) + ")</em></li>\n")
	}
	b.WriteString("</ul>\n")
	return htmltemplate.HTML(b.String())
}
