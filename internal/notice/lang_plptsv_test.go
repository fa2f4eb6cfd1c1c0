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

// The GDPR Art. 34(2) notice to data subjects in Polish, Portuguese and
// Swedish (subjects.gdpr.pl, .pt, .sv): translations by the project, not yet
// reviewed by counsel.

// gdprSubjectsLang is what one translation of subjects.gdpr must show.
type gdprSubjectsLang struct {
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

var gdprSubjectsLangs = []gdprSubjectsLang{
	{
		lang: "pl", jurisdiction: "PL", zone: "Europe/Warsaw",
		sections: []string{"Co się stało", "Jakich danych dotyczy zdarzenie", "Co to może oznaczać dla Państwa", "Co robimy", "Co mogą Państwo zrobić", "Jak się z nami skontaktować"},
		delay:    "Przyczyny opóźnienia",
		subject:  "[BR-20260302-7K2Q] Ważne informacje dotyczące Państwa danych osobowych – Paloma AI, Inc.",
		occurred: "01.03.2026 23:10 Europe/Warsaw (UTC+01:00)", discovered: "02.03.2026 10:30 Europe/Warsaw (UTC+01:00)",
		occurredUTC:  "01.03.2026 22:10 UTC",
		unknownText:  "Kiedy doszło do zdarzenia:    jeszcze nie ustalono\n",
		unknownHTML:  "Kiedy doszło do zdarzenia: jeszcze nie ustalono<br>",
		basisLine:    "Podstawa prawna:        art. 34 ust. 1 RODO\n",
		deadlineLine: "Termin zawiadomienia:   bez zbędnej zwłoki, najpóźniej do 05.03.2026 15:00 UTC (05.03.2026 16:00 Europe/Warsaw, UTC+01:00)\n",
		complaint:    "Mają Państwo również prawo wnieść skargę do organu nadzorczego",
		followUp:     "To pismo uzupełnia informacje, które przekazaliśmy Państwu wcześniej",
		ongoing:      "Nadal wyjaśniamy okoliczności zdarzenia.",
		noSummary:    "Nadal ustalamy, co dokładnie się stało.",
		noCategories: "Nadal ustalamy, jakich dokładnie danych dotyczy zdarzenie.",
		credentials:  "zmienili hasło do konta",
		financial:    "sprawdzali wyciągi z rachunku bankowego",
		governmentID: "posługiwać się Państwa tożsamością",
		special:      "odnoszą się do Państwa zdrowia",
		headline:     "Nieuprawniony dostęp do eksportu danych z systemu ERP",
		summary:      "Osoba nieuprawniona użyła wykradzionego klucza dostępu, aby pobrać eksport danych z naszego systemu ERP przechowywany w chmurze.\n\nKlucz został unieważniony 2 marca 2026 r.",
		consequences: "Istnieje ryzyko prób wyłudzenia danych (phishingu) i przejęcia konta.",
		measures:     "Unieważniliśmy klucz, zmieniliśmy wszystkie dane dostępowe i włączyliśmy rejestrowanie dostępu.",
		advice:       "Jeśli korzystają Państwo z naszej aplikacji mobilnej, prosimy o jej aktualizację.",
		additional:   "Zgłosiliśmy naruszenie również Prezesowi Urzędu Ochrony Danych Osobowych.",
		contactNote:  "Nasz inspektor ochrony danych jest dostępny w dni robocze w godzinach 9:00–17:00.",
		name:         "Zofia Wójcik",
	},
	{
		lang: "pt", jurisdiction: "PT", zone: "Europe/Lisbon",
		sections: []string{"O que aconteceu", "Que informações estão em causa", "O que isto pode significar para si", "O que estamos a fazer", "O que pode fazer", "Como nos contactar"},
		delay:    "Motivos do atraso",
		subject:  "[BR-20260302-7K2Q] Informação importante sobre os seus dados pessoais – Paloma AI, Inc.",
		occurred: "01/03/2026 22:10 Europe/Lisbon (UTC+00:00)", discovered: "02/03/2026 09:30 Europe/Lisbon (UTC+00:00)",
		occurredUTC:  "01/03/2026 22:10 UTC",
		unknownText:  "Quando aconteceu:         ainda não determinado\n",
		unknownHTML:  "Quando aconteceu: ainda não determinado<br>",
		basisLine:    "Fundamento jurídico:      artigo 34.º, n.º 1, do RGPD\n",
		deadlineLine: "Prazo de comunicação:     sem demora injustificada e, o mais tardar, até 05/03/2026 15:00 UTC (05/03/2026 15:00 Europe/Lisbon, UTC+00:00)\n",
		complaint:    "Tem também o direito de apresentar reclamação a uma autoridade de controlo",
		followUp:     "Esta carta atualiza a informação que lhe enviámos anteriormente",
		ongoing:      "A nossa investigação prossegue.",
		noSummary:    "Ainda estamos a apurar exatamente o que aconteceu",
		noCategories: "Ainda estamos a apurar exatamente que informações estão em causa.",
		credentials:  "Altere a palavra-passe da sua conta",
		financial:    "Verifique os extratos da sua conta bancária",
		governmentID: "alguém está a usar a sua identidade",
		special:      "se refiram à sua saúde",
		headline:     "Acesso não autorizado a uma exportação de dados do sistema ERP",
		summary:      "Um atacante utilizou uma chave de acesso divulgada indevidamente para descarregar uma exportação de dados do nosso sistema ERP guardada na nuvem.\n\nA chave foi revogada em 2 de março de 2026.",
		consequences: "Existe o risco de tentativas de phishing e de apropriação de contas.",
		measures:     "Revogámos a chave, substituímos todas as credenciais e ativámos o registo de acessos.",
		advice:       "Se utiliza a nossa aplicação móvel, atualize-a para a versão mais recente.",
		additional:   "Notificámos também a Comissão Nacional de Proteção de Dados (CNPD).",
		contactNote:  "O nosso encarregado da proteção de dados está disponível nos dias úteis, das 9h00 às 17h00.",
		name:         "João Conceição",
	},
	{
		lang: "sv", jurisdiction: "SE", zone: "Europe/Stockholm",
		sections: []string{"Vad har hänt?", "Vilka uppgifter gäller det?", "Vad kan det innebära för dig?", "Vad gör vi?", "Vad kan du göra?", "Så kontaktar du oss"},
		delay:    "Skälen till förseningen",
		subject:  "[BR-20260302-7K2Q] Viktig information om dina personuppgifter från Paloma AI, Inc.",
		occurred: "2026-03-01 23:10 Europe/Stockholm (UTC+01:00)", discovered: "2026-03-02 10:30 Europe/Stockholm (UTC+01:00)",
		occurredUTC:  "2026-03-01 22:10 UTC",
		unknownText:  "När det hände:          ännu inte fastställt\n",
		unknownHTML:  "När det hände: ännu inte fastställt<br>",
		basisLine:    "Rättslig grund:          artikel 34.1 i dataskyddsförordningen\n",
		deadlineLine: "Tidsfrist:               utan onödigt dröjsmål och senast 2026-03-05 15:00 UTC (2026-03-05 16:00 Europe/Stockholm, UTC+01:00)\n",
		complaint:    "Du har också rätt att lämna in ett klagomål till en tillsynsmyndighet",
		followUp:     "Det här brevet uppdaterar den information som vi tidigare har skickat till dig",
		ongoing:      "Vår utredning pågår fortfarande.",
		noSummary:    "Vi utreder fortfarande exakt vad som har hänt",
		noCategories: "Vi håller fortfarande på att ta reda på exakt vilka uppgifter det gäller.",
		credentials:  "Byt lösenord för ditt konto hos oss",
		financial:    "Håll koll på dina konto- och kortutdrag",
		governmentID: "någon använder din identitet",
		special:      "nämner din hälsa",
		headline:     "Obehörig åtkomst till en export från vårt affärssystem",
		summary:      "En angripare använde en läckt åtkomstnyckel för att ladda ner en export från vårt affärssystem som låg lagrad i molnet.\n\nNyckeln spärrades den 2 mars 2026.",
		consequences: "Det finns en risk för nätfiske och kapade konton.",
		measures:     "Vi har spärrat nyckeln, bytt alla inloggningsuppgifter och slagit på loggning av åtkomst.",
		advice:       "Om du använder vår mobilapp, uppdatera den till den senaste versionen.",
		additional:   "Vi har också anmält incidenten till Integritetsskyddsmyndigheten (IMY).",
		contactNote:  "Vårt dataskyddsombud nås vardagar kl. 9–17.",
		name:         "Åsa Öberg",
	},
}

// englishPhrases are wording of subjects.gdpr.en and of the English
// vocabulary that must not appear in a translation.
var englishPhrases = []string{
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
func (c gdprSubjectsLang) localized() Data {
	d := fullData(KindSubjects)
	d.Language, d.Jurisdiction, d.TimeZone = c.lang, c.jurisdiction, ZoneOf(c.jurisdiction)
	d.Headline, d.Summary, d.Consequences, d.Measures = c.headline, c.summary, c.consequences, c.measures
	return d
}

func (c gdprSubjectsLang) minimal() Data {
	d := minimalData(KindSubjects)
	d.Regime, d.Jurisdiction, d.Language = "GDPR", c.jurisdiction, c.lang
	return d
}

func (c gdprSubjectsLang) template() string { return "subjects.gdpr." + c.lang }

// noEnglish fails for every English phrase in the subject, text or HTML.
func noEnglish(t *testing.T, r Rendered) {
	t.Helper()
	doc := html.UnescapeString(r.HTML)
	for _, p := range englishPhrases {
		assert.NotContains(t, r.Subject, p, "subject")
		assert.NotContains(t, r.Text, p, "text")
		assert.NotContains(t, doc, p, "html")
	}
}

func TestGDPRSubjectsTranslations(t *testing.T) {
	for _, c := range gdprSubjectsLangs {
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
				noEnglish(t, render(t, d))
				d.FollowUp, d.Late = true, false
				d.OccurredAt = nil
				noEnglish(t, render(t, d))
				noEnglish(t, render(t, c.minimal()))
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

// sameName are the countries whose name in the language is the English one.
var sameName = map[string][]string{
	"pl": {"AT", "EE", "LI", "MT"},
	"pt": {"MT", "PT"},
	"sv": {"FI", "LI", "MT", "PT"},
}

func TestGDPRSubjectsVocabularies(t *testing.T) {
	dates := map[string][2]string{
		"pl": {"02.01.2006 15:04", "02.01.2006"},
		"pt": {"02/01/2006 15:04", "02/01/2006"},
		"sv": {"2006-01-02 15:04", "2006-01-02"},
	}
	own := map[string]string{"pl": "Polska (PL)", "pt": "Portugal (PT)", "sv": "Sverige (SE)"}
	basis := map[string]string{
		"pl": "art. 34 ust. 1 RODO",
		"pt": "artigo 34.º, n.º 1, do RGPD",
		"sv": "artikel 34.1 i dataskyddsförordningen",
	}
	for _, lang := range []string{"pl", "pt", "sv"} {
		t.Run(lang, func(t *testing.T) {
			w, en := words[lang], vocabEN
			require.NotEmpty(t, w.dateLayout, "a vocabulary of its own")
			assert.Equal(t, dates[lang], [2]string{w.dateLayout, w.dayLayout})
			when := ts("2026-03-01T22:10:00Z")
			back, err := time.Parse(w.dateLayout, when.Format(w.dateLayout))
			require.NoError(t, err)
			assert.Equal(t, when, back, "the date layout keeps the time")
			assert.Equal(t, "1\u00a0534", group(1534, w.thousands))

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
					if field == "countries" && has(sameName[lang], code) {
						continue
					}
					assert.NotEqual(t, english, s, "%s %q is still English", field, code)
				}
			}
			assert.Equal(t, own[lang], country(w, map[string]string{"pl": "PL", "pt": "PT", "sv": "SE"}[lang]))
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
