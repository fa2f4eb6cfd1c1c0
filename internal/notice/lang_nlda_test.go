package notice

import (
	"html"
	htmltemplate "html/template"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/breachwf/breach/internal/rules"
	"github.com/breachwf/breach/templates"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The GDPR Art. 34(2) notice to data subjects in Dutch and Danish
// (subjects.gdpr.nl, .da): translations by the project, not yet reviewed by
// counsel. The same checks as lang_plptsv_test.go.

// gdprSubjectsLangNLDA is what one translation of subjects.gdpr must show.
type gdprSubjectsLangNLDA struct {
	lang, jurisdiction, zone string
	sections                 []string // the "sections" block, in order
	delay                    string   // the heading of the reasons for delay
	subject                  string   // for fullData's IncidentID and Org
	// Times of fullData in the reader's zone, and in UTC without a zone.
	occurred, discovered, occurredUTC string
	// The labelled line of the time of the breach when it is not known, in
	// the text and in the HTML.
	unknownText, unknownHTML string
	basisLine                string // the text footer line of "GDPR Art. 34(1)"
	deadlineLine             string // the text footer line with a due date
	complaint                string // the right to lodge a complaint (Art. 77)
	followUp                 string // the sentence of a follow-up notice
	ongoing                  string // the sentence that only a first notice has
	noSummary, noCategories  string // the wording when Summary or DataCategories are empty
	// The advice that depends on the categories of data.
	credentials, financial, governmentID, special string
	// Free text in the language, as legal would write it.
	headline, summary, consequences, measures, advice, additional, contactNote string
	name                                                                       string // a recipient's name in the language
}

var gdprSubjectsLangsNLDA = []gdprSubjectsLangNLDA{
	{
		lang: "nl", jurisdiction: "NL", zone: "Europe/Amsterdam",
		sections: []string{"Wat is er gebeurd?", "Om welke gegevens gaat het?", "Wat kan dit voor u betekenen?", "Wat doen wij?", "Wat kunt u doen?", "Hoe neemt u contact met ons op?"},
		delay:    "Redenen voor de vertraging",
		subject:  "[BR-20260302-7K2Q] Belangrijke informatie over uw persoonsgegevens van Paloma AI, Inc.",
		occurred: "01-03-2026 23:10 Europe/Amsterdam (UTC+01:00)", discovered: "02-03-2026 10:30 Europe/Amsterdam (UTC+01:00)",
		occurredUTC:  "01-03-2026 22:10 UTC",
		unknownText:  "Tijdstip van het incident:    nog niet vastgesteld\n",
		unknownHTML:  "Tijdstip van het incident: nog niet vastgesteld<br>",
		basisLine:    "Rechtsgrond:                  artikel 34, lid 1, AVG\n",
		deadlineLine: "Termijn voor de mededeling:   zonder onredelijke vertraging en uiterlijk 05-03-2026 15:00 UTC (05-03-2026 16:00 Europe/Amsterdam, UTC+01:00)\n",
		complaint:    "U hebt ook het recht een klacht in te dienen bij een toezichthoudende autoriteit",
		followUp:     "Deze brief is een aanvulling op de informatie die wij u eerder",
		ongoing:      "Ons onderzoek loopt nog.",
		noSummary:    "Wij onderzoeken nog wat er precies is gebeurd.",
		noCategories: "Wij zoeken nog uit welke gegevens er precies bij betrokken zijn.",
		credentials:  "Wijzig het wachtwoord van uw account bij ons",
		financial:    "Controleer uw bank- en creditcardafschriften",
		governmentID: "iemand uw identiteit misbruikt",
		special:      "over uw gezondheid",
		headline:     "Ongeoorloofde toegang tot een export uit ons ERP-systeem",
		summary:      "Een aanvaller heeft een uitgelekte toegangssleutel gebruikt om een export uit ons ERP-systeem te downloaden die in de cloud was opgeslagen.\n\nDe sleutel is op 2 maart 2026 ingetrokken.",
		consequences: "Er bestaat een risico op phishing en op het overnemen van accounts.",
		measures:     "Wij hebben de sleutel ingetrokken, alle inloggegevens vervangen en het vastleggen van toegang (logging) ingeschakeld.",
		advice:       "Gebruikt u onze mobiele app? Werk die dan bij naar de nieuwste versie.",
		additional:   "Wij hebben de inbreuk ook gemeld bij de Autoriteit Persoonsgegevens.",
		contactNote:  "Onze functionaris voor gegevensbescherming is op werkdagen bereikbaar van 9.00 tot 17.00 uur.",
		name:         "Anouk van der Heijden-Çelik",
	},
	{
		lang: "da", jurisdiction: "DK", zone: "Europe/Copenhagen",
		sections: []string{"Hvad er der sket?", "Hvilke oplysninger drejer det sig om?", "Hvad kan det betyde for dig?", "Hvad gør vi?", "Hvad kan du gøre?", "Sådan kontakter du os"},
		delay:    "Begrundelse for forsinkelsen",
		subject:  "[BR-20260302-7K2Q] Vigtig information om dine personoplysninger fra Paloma AI, Inc.",
		occurred: "01.03.2026 23:10 Europe/Copenhagen (UTC+01:00)", discovered: "02.03.2026 10:30 Europe/Copenhagen (UTC+01:00)",
		occurredUTC:  "01.03.2026 22:10 UTC",
		unknownText:  "Tidspunkt for hændelsen:     endnu ikke fastlagt\n",
		unknownHTML:  "Tidspunkt for hændelsen: endnu ikke fastlagt<br>",
		basisLine:    "Retsgrundlag:                 artikel 34, stk. 1, i databeskyttelsesforordningen\n",
		deadlineLine: "Frist for underretning:       uden unødig forsinkelse og senest 05.03.2026 15:00 UTC (05.03.2026 16:00 Europe/Copenhagen, UTC+01:00)\n",
		complaint:    "Du har også ret til at indgive en klage til en tilsynsmyndighed",
		followUp:     "Dette brev opdaterer de oplysninger, vi tidligere har sendt dig",
		ongoing:      "Vores undersøgelse er stadig i gang.",
		noSummary:    "Vi undersøger stadig, hvad der præcis er sket",
		noCategories: "Vi er stadig ved at finde ud af, præcis hvilke oplysninger det drejer sig om.",
		credentials:  "Skift adgangskoden til din konto hos os",
		financial:    "Tjek dine konto- og kortudtog",
		governmentID: "nogen misbruger din identitet",
		special:      "nævner dit helbred",
		headline:     "Uautoriseret adgang til et dataudtræk fra vores ERP-system",
		summary:      "En angriber brugte en lækket adgangsnøgle til at downloade et dataudtræk fra vores ERP-system, som lå gemt i skyen.\n\nNøglen blev spærret den 2. marts 2026.",
		consequences: "Der er risiko for phishing og for, at konti bliver overtaget.",
		measures:     "Vi har spærret nøglen, skiftet alle loginoplysninger og slået logning af adgang til.",
		advice:       "Hvis du bruger vores mobilapp, så opdater den til den nyeste version.",
		additional:   "Vi har også anmeldt bruddet til Datatilsynet.",
		contactNote:  "Vores databeskyttelsesrådgiver kan kontaktes på hverdage kl. 9-17.",
		name:         "Søren Ærbøl Nørgaard",
	},
}

// englishPhrasesNLDA are wording of subjects.gdpr.en and of the English
// vocabulary that must not appear in a translation.
var englishPhrasesNLDA = []string{
	"IMPORTANT INFORMATION", "Important information about your personal data", "from Paloma AI, Inc.",
	"Dear Sir or Madam", "Reference:", "We are writing to let you know", "This letter explains",
	"This letter updates", "Reasons for the delay", "We would have liked to contact you sooner",
	"What happened", "When it happened", "When we found out", "Our investigation is still going on",
	"What information was involved", "The incident involved", "sensitive information that the law",
	"We are still", "What this could mean for you", "What we are doing", "What you can do",
	"We recommend that you", "Be careful with unexpected", "We will never ask you for your password",
	"Change your password", "two-step verification", "Check your bank and card statements",
	"Watch for signs", "Do not reply to any message", "Contact us straight away",
	"right to lodge a complaint", "supervisory authority", "How to contact us",
	"If you have any questions", "Privacy team", "Telephone:", "Website:", "Post:",
	"We are sorry", "About this notice", "Legal basis", "Notification period", "Date of this notice",
	"not yet determined", "without undue delay", "at the latest", "on or about", "encrypted",
	"GDPR", "Art. 34(1)", " the ", " your ", " and ",
}

// localized is fullData for the notice in c's language to a resident of
// c's country, with the free text written in the language.
func (c gdprSubjectsLangNLDA) localized() Data {
	d := fullData(KindSubjects)
	d.Language, d.Jurisdiction, d.TimeZone = c.lang, c.jurisdiction, ZoneOf(c.jurisdiction)
	d.Headline, d.Summary, d.Consequences, d.Measures = c.headline, c.summary, c.consequences, c.measures
	return d
}

func (c gdprSubjectsLangNLDA) minimal() Data {
	d := minimalData(KindSubjects)
	d.Regime, d.Jurisdiction, d.Language = "GDPR", c.jurisdiction, c.lang
	return d
}

func (c gdprSubjectsLangNLDA) template() string { return "subjects.gdpr." + c.lang }

// noEnglishNLDA fails for every English phrase in the subject, text or HTML.
func noEnglishNLDA(t *testing.T, r Rendered) {
	t.Helper()
	doc := html.UnescapeString(r.HTML)
	for _, p := range englishPhrasesNLDA {
		assert.NotContains(t, r.Subject, p, "subject")
		assert.NotContains(t, r.Text, p, "text")
		assert.NotContains(t, doc, p, "html")
	}
}

func TestGDPRSubjectsTranslationsNLDA(t *testing.T) {
	for _, c := range gdprSubjectsLangsNLDA {
		t.Run(c.lang, func(t *testing.T) {
			t.Run("template and language", func(t *testing.T) {
				assert.Equal(t, c.lang, OfficialLanguage(c.jurisdiction))
				name, ok := Resolve(KindSubjects, c.jurisdiction, "GDPR", c.lang)
				require.True(t, ok)
				assert.Equal(t, c.template(), name)
				name, _ = Resolve(KindSubjects, "DE", "GDPR", c.lang)
				assert.Equal(t, c.template(), name, "the reader's language, wherever they live")

				for variant, d := range map[string]Data{"full": c.localized(), "minimal": c.minimal()} {
					r := render(t, d)
					assert.Equal(t, c.template(), r.Template, variant)
					assert.Equal(t, c.lang, r.Language, variant)
					assert.Contains(t, r.HTML, `<html lang="`+c.lang+`">`, variant)
					checkRendered(t, r, d)
				}
				r := render(t, c.localized())
				assert.Equal(t, c.subject, r.Subject)
				assert.Contains(t, r.HTML, "<title>"+htmltemplate.HTMLEscapeString(c.subject)+"</title>")
			})

			t.Run("sections", func(t *testing.T) {
				got, err := RequiredSections(c.template())
				require.NoError(t, err)
				assert.Equal(t, c.sections, got)
				en, err := RequiredSections("subjects.gdpr.en")
				require.NoError(t, err)
				assert.Len(t, got, len(en), "one heading for each English one")

				for variant, d := range map[string]Data{"full": c.localized(), "minimal": c.minimal()} {
					r := render(t, d)
					assert.Empty(t, missingSections(t, r), variant)
					var at []int
					for _, h := range c.sections {
						at = append(at, strings.Index(r.Text, underline(h)))
					}
					assert.IsIncreasing(t, at, "%s: headings in order", variant)
				}

				// The check bites: a heading cut from either output is reported.
				r := render(t, c.localized())
				for _, h := range c.sections {
					cut := r
					cut.Text = regexp.MustCompile(`(?m)^`+regexp.QuoteMeta(h)+`\n-+$`).ReplaceAllLiteralString(cut.Text, "")
					assert.Equal(t, []string{"text: " + h}, missingSections(t, cut))
					cut = r
					cut.HTML = strings.Replace(cut.HTML, "<h2>"+html.EscapeString(h)+"</h2>", "", 1)
					assert.Equal(t, []string{"html: " + h}, missingSections(t, cut))
				}
			})

			t.Run("greeting", func(t *testing.T) {
				generic := Greeting(c.lang, "")
				assert.Equal(t, greetings[c.lang][0], generic)
				r := render(t, c.localized())
				assert.Equal(t, 1, strings.Count(r.Text, generic), "the generic salutation, once")
				assert.Contains(t, r.HTML, "<p>"+htmltemplate.HTMLEscapeString(generic)+salutationMark+"</p>", "marked for Personalize")

				for _, name := range []string{c.name, `<script>x</script>`} {
					named := Greeting(c.lang, name)
					text, doc := Personalize(r.Text, r.HTML, c.lang, name)
					assert.Contains(t, text, "\n"+named+"\n", "text greets %q", name)
					assert.NotContains(t, text, generic)
					assert.Contains(t, doc, "<p>"+htmltemplate.HTMLEscapeString(named)+"</p>", "HTML greets %q, escaped", name)
					assert.NotContains(t, doc, "<p>"+htmltemplate.HTMLEscapeString(generic)+"</p>")
					assert.NotContains(t, doc, "<script>")
				}
			})

			t.Run("times in the reader's zone", func(t *testing.T) {
				assert.Equal(t, c.zone, ZoneOf(c.jurisdiction))
				d := c.localized()
				r := render(t, d)
				for _, s := range []string{c.occurred, c.discovered} {
					assert.Contains(t, r.Text, s)
					assert.Contains(t, html.UnescapeString(r.HTML), s)
				}
				assert.NotContains(t, r.Text, c.occurredUTC, "the reader's zone, not UTC")

				// Summer time: the offset follows the date.
				loc, err := time.LoadLocation(c.zone)
				require.NoError(t, err)
				d.NoticeDate = ts("2026-07-01T08:00:00Z")
				r = render(t, d)
				summer := d.NoticeDate.In(loc)
				assert.Contains(t, r.Text, summer.Format(words[c.lang].dateLayout)+" "+c.zone+" (UTC"+summer.Format("-07:00")+")")

				// No zone: UTC, named.
				d.TimeZone = ""
				r = render(t, d)
				assert.Contains(t, r.Text, c.occurredUTC)
				assert.Contains(t, r.HTML, c.occurredUTC)
			})

			t.Run("legal basis and deadline", func(t *testing.T) {
				d := c.localized()
				r := render(t, d)
				assert.Contains(t, r.Text, c.basisLine)
				assert.Contains(t, r.HTML, strings.TrimSpace(c.basisLine[strings.Index(c.basisLine, ":")+1:]))
				d.Due = ptr(ts("2026-03-05T15:00:00Z"))
				r = render(t, d)
				assert.Contains(t, r.Text, c.deadlineLine)
			})

			t.Run("no English", func(t *testing.T) {
				d := c.localized()
				d.DataCategories = append(d.DataCategories, "government_id", "location")
				d.Advice, d.Additional, d.ContactNote = c.advice, c.additional, c.contactNote
				d.Late, d.DelayReason = true, c.consequences
				noEnglishNLDA(t, render(t, d))
				d.FollowUp, d.Late = true, false
				d.OccurredAt = nil
				noEnglishNLDA(t, render(t, d))
				noEnglishNLDA(t, render(t, c.minimal()))
			})

			t.Run("late notice", func(t *testing.T) {
				d := c.localized()
				r := render(t, d)
				assert.NotContains(t, r.Text, underline(c.delay), "on time: no delay section")
				assert.NotContains(t, r.HTML, "<h2>"+c.delay+"</h2>")

				d.Late, d.DelayReason = true, c.consequences+"\n"+c.measures
				r = render(t, d)
				assert.Contains(t, r.Text, underline(c.delay))
				assert.Contains(t, r.Text, d.DelayReason+"\n")
				assert.Contains(t, r.HTML, "<h2>"+c.delay+"</h2>")
				assert.Contains(t, r.HTML, htmltemplate.HTMLEscapeString(c.consequences)+"<br>\n"+htmltemplate.HTMLEscapeString(c.measures))
				assert.Less(t, strings.Index(r.Text, underline(c.delay)), strings.Index(r.Text, underline(c.sections[0])), "before what happened")
				assert.Empty(t, missingSections(t, r))
			})

			t.Run("optional texts", func(t *testing.T) {
				d := c.localized()
				d.Advice, d.Additional, d.ContactNote = c.advice, c.additional, c.contactNote
				r := render(t, d)
				for _, s := range []string{c.headline, c.advice, c.additional, c.contactNote} {
					assert.Contains(t, r.Text, s)
					assert.Contains(t, r.HTML, htmltemplate.HTMLEscapeString(s))
				}
				assert.Contains(t, r.HTML, "<p><strong>"+htmltemplate.HTMLEscapeString(c.headline)+"</strong></p>")
				assert.Contains(t, r.HTML, "<p>"+htmltemplate.HTMLEscapeString(c.advice)+"</p>")
				whatYouCanDo, contact := c.sections[4], c.sections[5]
				assert.Less(t, strings.Index(r.Text, underline(whatYouCanDo)), strings.Index(r.Text, c.advice), "advice after the template's own")
				assert.Less(t, strings.Index(r.Text, c.additional), strings.Index(r.Text, underline(contact)), "additional before the contact section")
				assert.Less(t, strings.Index(r.Text, underline(contact)), strings.Index(r.Text, c.contactNote), "contact note in the contact section")
				for _, s := range []string{c.summary, c.consequences, c.measures} {
					assert.Contains(t, r.Text, s)
				}

				r = render(t, c.minimal())
				for _, s := range []string{c.headline, c.advice, c.additional, c.contactNote, c.summary} {
					assert.NotContains(t, r.Text, s)
				}
				assert.Contains(t, r.Text, c.noSummary)
				assert.Contains(t, r.Text, c.noCategories)
			})

			t.Run("unknown time of the breach", func(t *testing.T) {
				d := c.localized()
				d.OccurredAt = nil
				r := render(t, d)
				assert.Contains(t, r.Text, c.unknownText)
				assert.Contains(t, r.HTML, c.unknownHTML)
				assert.Equal(t, strings.TrimSpace(c.unknownText[strings.Index(c.unknownText, ":")+1:]), words[c.lang].unknownTime)
			})

			t.Run("follow-up", func(t *testing.T) {
				r := render(t, c.localized())
				assert.NotContains(t, r.Text, c.followUp)
				assert.Contains(t, r.Text, c.ongoing)
				d := c.localized()
				d.FollowUp, d.Version = true, 2
				r = render(t, d)
				assert.Contains(t, r.Text, c.followUp)
				assert.Contains(t, r.HTML, c.followUp)
				assert.NotContains(t, r.Text, c.ongoing, "a follow-up no longer announces one")
			})

			t.Run("advice by category", func(t *testing.T) {
				d := c.localized() // contact, credentials, financial, health
				r := render(t, d)
				for _, s := range []string{c.credentials, c.financial, c.special, c.complaint} {
					assert.Contains(t, r.Text, s)
					assert.Contains(t, r.HTML, s)
				}
				assert.NotContains(t, r.Text, c.governmentID)
				for _, code := range d.DataCategories {
					assert.Contains(t, r.Text, "  - "+words[c.lang].category[code]+"\n")
					assert.Contains(t, r.HTML, "<li>"+htmltemplate.HTMLEscapeString(words[c.lang].category[code])+"</li>")
				}
				d.DataCategories = []string{"government_id"}
				r = render(t, d)
				assert.Contains(t, r.Text, c.governmentID)
				for _, s := range []string{c.credentials, c.financial, c.special} {
					assert.NotContains(t, r.Text, s)
				}
				r = render(t, c.minimal())
				for _, s := range []string{c.credentials, c.financial, c.special, c.governmentID} {
					assert.NotContains(t, r.Text, s)
				}
				assert.Contains(t, r.Text, c.complaint, "the right to complain, always")
			})

			t.Run("encryption", func(t *testing.T) {
				w := words[c.lang]
				d := c.localized() // encrypted, key compromised
				assert.Contains(t, render(t, d).Text, w.plainEncr[2])
				d.KeyCompromised = false
				r := render(t, d)
				assert.Contains(t, r.Text, w.plainEncr[1])
				assert.Contains(t, r.HTML, "<p>"+htmltemplate.HTMLEscapeString(w.plainEncr[1])+"</p>")
				d.Encrypted = false
				r = render(t, d)
				assert.NotContains(t, r.Text, w.plainEncr[1])
				assert.NotContains(t, r.Text, w.plainEncr[2])
			})

			t.Run("HTML escapes free text", func(t *testing.T) {
				const attack = `<script>alert("x")</script>`
				d := c.localized()
				d.Summary = c.consequences + " " + attack + "\n" + c.measures
				d.Headline, d.Advice, d.ContactNote = attack, attack, attack
				d.Org.Name = "Paloma <b>AI</b>"
				d.Late, d.DelayReason = true, attack
				r := render(t, d)
				assert.NotContains(t, r.HTML, "<script>")
				assert.NotContains(t, r.HTML, "<b>AI</b>")
				assert.Contains(t, r.HTML, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;")
				assert.Contains(t, r.HTML, "<br>\n"+htmltemplate.HTMLEscapeString(c.measures))
				assert.Contains(t, r.Text, attack, "text output is not HTML-escaped")
			})

			t.Run("HTML text size", func(t *testing.T) {
				r := render(t, c.localized())
				for _, m := range regexp.MustCompile(`font-size:\s*([0-9.]+)([a-z%]+)`).FindAllStringSubmatch(r.HTML, -1) {
					assert.Equal(t, "pt", m[2])
					v, err := strconv.ParseFloat(m[1], 64)
					require.NoError(t, err)
					assert.GreaterOrEqual(t, v, 10.0)
				}
			})

			t.Run("template files", func(t *testing.T) {
				for _, ext := range []string{textExt, htmlExt} {
					src, err := fs.ReadFile(templates.FS, c.template()+ext)
					require.NoError(t, err)
					s := string(src)
					_, body, ok := strings.Cut(s, `{{define "body"`)
					require.True(t, ok, ext)
					assert.Contains(t, s, "Translation by the project, not yet reviewed by counsel (notices.translations in the configuration records a review).", ext)
					assert.Contains(t, body, "{{greeting}}", ext)
					assert.NotContains(t, body, Greeting(c.lang, ""), "%s: the salutation comes from greeting", ext)
				}
			})
		})
	}
}

// sameNameNLDA are the countries whose name in the language is the English one.
var sameNameNLDA = map[string][]string{
	"nl": {"CY", "FI", "LI", "MT", "PT"},
	"da": {"FI", "LI", "LU", "MT", "PT"},
}

func TestGDPRSubjectsVocabulariesNLDA(t *testing.T) {
	dates := map[string][2]string{
		"nl": {"02-01-2006 15:04", "02-01-2006"},
		"da": {"02.01.2006 15:04", "02.01.2006"},
	}
	own := map[string]string{"nl": "Nederland (NL)", "da": "Danmark (DK)"}
	basis := map[string]string{
		"nl": "artikel 34, lid 1, AVG",
		"da": "artikel 34, stk. 1, i databeskyttelsesforordningen",
	}
	// Dutch and Danish group thousands with a full stop.
	thousands := map[string]string{"nl": "1.534", "da": "1.534"}
	for _, lang := range []string{"nl", "da"} {
		t.Run(lang, func(t *testing.T) {
			w, en := words[lang], vocabEN
			require.NotEmpty(t, w.dateLayout, "a vocabulary of its own")
			assert.Equal(t, dates[lang], [2]string{w.dateLayout, w.dayLayout})
			when := ts("2026-03-01T22:10:00Z")
			back, err := time.Parse(w.dateLayout, when.Format(w.dateLayout))
			require.NoError(t, err)
			assert.Equal(t, when, back, "the date layout keeps the time")
			assert.Equal(t, thousands[lang], group(1534, w.thousands))

			for field, pair := range map[string][2]map[string]string{
				"category": {w.category, en.category}, "nature": {w.nature, en.nature},
				"risk": {w.risk, en.risk}, "audience": {w.audience, en.audience}, "countries": {w.countries, en.countries},
			} {
				got, want := pair[0], pair[1]
				assert.Len(t, got, len(want), field)
				for code, english := range want {
					s, ok := got[code]
					if !assert.True(t, ok, "%s %q", field, code) {
						continue
					}
					assert.NotEmpty(t, s, "%s %q", field, code)
					if field == "countries" && has(sameNameNLDA[lang], code) {
						continue
					}
					assert.NotEqual(t, english, s, "%s %q is still English", field, code)
				}
			}
			assert.Equal(t, own[lang], country(w, map[string]string{"nl": "NL", "da": "DK"}[lang]))
			assert.NotContains(t, country(w, "US-CA"), "United States")
			assert.True(t, strings.HasSuffix(country(w, "US-CA"), ", CA (US-CA)"))

			for i := range 3 {
				assert.NotEmpty(t, w.encrypted[i])
				assert.NotEqual(t, en.encrypted[i], w.encrypted[i])
			}
			assert.Empty(t, w.plainEncr[0], "the plain wording says nothing when the data was not encrypted")
			for i := 1; i < 3; i++ {
				assert.NotEmpty(t, w.plainEncr[i])
				assert.NotEqual(t, en.plainEncr[i], w.plainEncr[i])
			}
			for _, s := range []string{w.unknownTime, w.unknownCount, w.asap, w.due, w.asapDue, w.onDay, w.betweenDays, w.usState} {
				assert.NotEmpty(t, s)
			}
			assert.Equal(t, 1, strings.Count(w.onDay, "%s"))
			assert.Equal(t, 2, strings.Count(w.betweenDays, "%s"))
			assert.Equal(t, 1, strings.Count(w.due, "%s"))
			assert.Equal(t, 1, strings.Count(w.asapDue, "%s"))
			assert.Equal(t, 1, strings.Count(w.usState, "%s"))
			assert.NotEqual(t, en.unknownTime, w.unknownTime)
			assert.NotEqual(t, en.asap, w.asap)

			// The citations of the rules engine read in the language's
			// legal usage.
			assert.Equal(t, basis[lang], localBasis(lang, "GDPR Art. 34(1)"))
			for _, row := range rules.Table {
				if row.Regime != "GDPR" {
					continue
				}
				b := localBasis(lang, row.Basis)
				assert.NotContains(t, b, "GDPR", row.Basis)
				assert.NotContains(t, b, "Art.", row.Basis)
			}
		})
	}
}
