// Package notice renders breach notices (plain text and HTML) from the
// embedded templates in the top-level templates package. A template exists
// per notice kind (audience), jurisdiction or regime, and language, named
// <kind>[.<key>].<lang>; Resolve picks one with a fallback chain, and each
// template declares the section headings its law requires. It only
// renders; it never sends anything.
package notice

import (
	"bytes"
	"fmt"
	htmltemplate "html/template"
	"slices"
	"strings"
	texttemplate "text/template"
	"time"
)

// Kind names the notice to render: the audience, or a regime's own form.
const (
	// KindController is our notice, as processor, to a customer that is the
	// controller of the breached data: GDPR Art. 33(2) and KVKK Board
	// Decision 2019/10; English.
	KindController = "controller"
	// KindAuthority is our notice, as controller, to a regulator: GDPR
	// Art. 33(3) (authority.gdpr), UK GDPR (authority.uk-gdpr), a US state
	// attorney general (authority.US, authority.US-CA), or any other
	// regulator (authority.en, regime-neutral).
	KindAuthority = "authority"
	// KindSubjects is our communication, as controller, to the people
	// affected: GDPR Art. 34(2) (subjects.gdpr), California's "Notice of
	// Data Breach" (subjects.US-CA), other US states (subjects.US), or any
	// other regime (subjects.en, regime-neutral).
	KindSubjects = "subjects"
	// KindKVKKBoard is our notice, as controller, to the Turkish Personal
	// Data Protection Board (Kişisel Verileri Koruma Kurulu) with the fields
	// of its "Kişisel Veri İhlal Bildirim Formu"; Turkish.
	KindKVKKBoard = "kvkk-board"
	// KindKVKKSubjects is our notice, as controller, to data subjects under
	// KVKK with the minimum content of Board Decision 2019/271; Turkish.
	KindKVKKSubjects = "kvkk-subjects"
)

// Org is the notifying organisation and its contact point for the breach.
type Org struct {
	Name         string
	Address      string
	PrivacyEmail string
	Phone        string
	Website      string
	// ContactName is the DPO or other contact point (GDPR Art. 33(3)(b),
	// KVKK "irtibat kişisi").
	ContactName string
}

// Count is the number of affected data subjects residing in one
// jurisdiction.
type Count struct {
	Jurisdiction string // ISO 3166 code, e.g. "DE" or "US-CA"
	Subjects     int
}

// Duty is one of the customer's own notification duties, listed in the
// controller notice so that the customer sees its deadlines.
type Duty struct {
	Basis        string     // e.g. "GDPR Art. 33(1)"
	Audience     string     // "authority" or "subjects"
	Jurisdiction string     // ISO code of the authority or the residents
	Recipient    string     // e.g. the authority's name
	Due          *time.Time // nil when only "without undue delay" applies
	ASAP         bool
	Required     bool   // false: not triggered on the facts known so far
	Reason       string // why it applies or not, with the article
}

// Data is everything a notice says. Free-text fields (Headline, Summary,
// Consequences, Measures, Advice, ContactNote, Additional, DelayReason) are
// inserted verbatim and should be written in the notice's language; legal
// edits them per notice and language (the Section constants). Times are shown in UTC and, when
// TimeZone is set, also in that zone.
//
// Render requires IncidentID, Basis, Org.Name, at least one of
// Org.PrivacyEmail, Org.Phone and Org.Website (every kind must name a
// contact point), and DelayReason when Late. Every other field may be
// zero: the notice then states that the information is still being
// established and will follow.
type Data struct {
	IncidentID string
	// Headline is the public headline legal gives a notice; "" shows the
	// template's own heading only. The incident's internal title is never
	// printed in a notice.
	Headline string
	Kind     string // one of the Kind constants

	Regime        string // "GDPR", "UK GDPR", "KVKK", "US-CA", "LGPD", ... or "GDPR; KVKK"
	Language      string // requested language ("en", "tr"); "" = the kind's default; falls back to English
	Basis         string // e.g. "GDPR Art. 33(2)"
	Jurisdiction  string // ISO code of the recipient authority, residents or customer establishment; with Regime it selects the template (see Resolve)
	RecipientName string // authority name, customer name, or "" for data subjects
	Org           Org

	ClockStart  time.Time  // start of the period for this notice
	Due         *time.Time // nil when only "without undue delay" applies
	ASAP        bool
	Late        bool   // sent after its deadline
	DelayReason string // required when Late (GDPR Art. 33(1), KVKK 2019/10)

	AwareAt, DiscoveredAt time.Time
	OccurredAt            *time.Time // nil while unknown; the (estimated) date, or the start of the date range
	OccurredUntil         *time.Time // end of the estimated date range of the breach; nil for a single date
	NoticeDate            time.Time
	TimeZone              string // IANA zone for human-readable times; UTC is always shown too

	Summary        string   // what happened, free text from security
	Nature         []string // confidentiality, integrity, availability
	DataCategories []string // contact, credentials, financial, government_id, health, biometric, genetic, special_category, children, location, online_identifiers, other
	SubjectsTotal  int      // 0 while unknown; the sum of Subjects is used if they are given
	Subjects       []Count  // per jurisdiction; rendered sorted by jurisdiction
	Records        int      // approximate number of personal data records; 0 while unknown
	Risk           string   // unlikely, risk or high; "" while being assessed
	Encrypted      bool
	KeyCompromised bool
	Consequences   string // likely consequences; "" states they are being assessed
	Measures       string // measures taken or proposed, incl. mitigation
	Advice         string // legal's own advice to recipients, after the template's (what you can do)
	ContactNote    string // legal's addition to the contact section
	Additional     string // additional paragraphs, before the closing

	// Previous is the notice a supplementary (phased) notice follows: GDPR
	// Art. 33(4), KVKK Decision 2019/10. With it the notice cites the
	// earlier one and lists what is new.
	Previous *Previous

	CustomerDuties []Duty // KindController only: the customer's own duties and deadlines

	// US state notices (subjects.US*, authority.US*).
	ConsumerNoticeDate       time.Time       // when the notice to affected residents was or will be sent (AG notices)
	LawEnforcementNotified   bool            // law enforcement was told of the breach
	LawEnforcementDelayKnown bool            // whether the delay is known: the notice states it only then
	LawEnforcementDelay      bool            // notice was delayed because law enforcement said it would impede an investigation (Cal. Civ. Code §1798.82(c), (d)(2)(E))
	Source                   bool            // we, the notifier, were the source of the breach (Cal. Civ. Code §1798.82(d)(2)(G))
	IdentityService          IdentityService // identity theft prevention and mitigation service offered at no cost

	Version  int  // 1 for the first notice; 0 is treated as 1
	FollowUp bool // a follow-up (phased, GDPR Art. 33(4)) notice rather than the initial one
}

// Previous is an earlier notice to the same recipient about the same
// breach, which a supplementary notice cites and updates.
type Previous struct {
	Reference string    // the authority's reference, or ours (Message-ID or notice ID)
	SentAt    time.Time // when it was sent or filed
	Changes   []Change  // what is new since
}

// Change is one fact that is new or different since the previous notice.
type Change struct {
	What   string // e.g. "Number of people affected"
	Before string // "" when it was not given
	After  string
}

// IdentityService is the identity theft prevention and mitigation service
// offered to the people affected. California requires the offer, free of
// charge for at least 12 months with all the information needed to take it
// up, when the notifier was the source of a breach of Social Security,
// driver's licence or other government ID numbers; a California notice that
// must carry the offer does not render without Provider and Enrollment.
type IdentityService struct {
	Provider   string // e.g. "Experian IdentityWorks"
	Months     int    // 0 = the statutory minimum of 12; fewer than 12 is refused where 12 are required
	Enrollment string // how to enrol: website, activation code, deadline
	Phone      string // the provider's enrolment or support line
}

// Rendered is a notice ready for approval and delivery.
type Rendered struct {
	Subject  string // one line, plain text
	Text     string // plain-text body
	HTML     string // complete HTML document, auto-escaped
	Template string // template used, "<kind>[.<key>].<lang>", e.g. "subjects.US-CA.en"
	Language string // language of the template used: "en" when the requested one was not available
}

// delayHeadings are the headings of the reasons for a late notice, which
// GDPR Art. 33(1) and KVKK Decision 2019/10 require.
var delayHeadings = map[string]string{
	"en": "Reasons for the delay",
	"tr": "Gecikme nedenleri",
	"de": "Gründe für die Verzögerung",
	"fr": "Motifs du retard",
	"it": "Motivi del ritardo",
	"es": "Motivos del retraso",
	"pl": "Przyczyny opóźnienia",
	"nl": "Redenen voor de vertraging",
	"da": "Begrundelse for forsinkelsen",
	"pt": "Motivos do atraso",
	"sv": "Skälen till förseningen",
}

// Sections returns the section headings that the law requires in a notice
// of the given kind, as declared by the kind's default template (the
// regime-neutral one in the kind's default language, which Render uses when
// Data has no Jurisdiction or Regime), in the order they appear in the text
// output; nil for an unknown kind. The heading of the reasons for delay,
// present only in late notices, is not included. RequiredSections gives the
// headings of any one template.
func Sections(kind string) []string {
	name, ok := Resolve(kind, "", "", "")
	if !ok {
		return nil
	}
	s, err := RequiredSections(name)
	if err != nil {
		return nil
	}
	return s
}

// Render renders the notice of kind d.Kind with the template that Resolve
// picks for d.Jurisdiction, d.Regime and d.Language. It fails, naming the
// kind, when the kind is unknown, and, naming the fields, when required
// content is missing or TimeZone is not a valid IANA zone.
func Render(d Data) (Rendered, error) {
	lib, err := load()
	if err != nil {
		return Rendered{}, err
	}
	if !lib.kinds[d.Kind] {
		return Rendered{}, fmt.Errorf("notice: unknown kind %q (known: %s)", d.Kind, strings.Join(kindNames(lib), ", "))
	}
	if err := validate(d); err != nil {
		return Rendered{}, fmt.Errorf("notice: kind %q: %w", d.Kind, err)
	}
	loc, err := location(d.TimeZone)
	if err != nil {
		return Rendered{}, fmt.Errorf("notice: kind %q: %w", d.Kind, err)
	}
	set := lib.resolve(d.Kind, d.Jurisdiction, d.Regime, d.Language)
	if set == nil {
		return Rendered{}, fmt.Errorf("notice: kind %q: no template for jurisdiction %q, regime %q, language %q", d.Kind, d.Jurisdiction, d.Regime, d.Language)
	}
	d = normalize(d)
	fm := funcs(set.lang, loc)
	fail := func(part string, err error) (Rendered, error) {
		return Rendered{}, fmt.Errorf("notice: kind %q, template %s: %s%w", d.Kind, set.name, part, err)
	}

	tt, err := set.text.Clone()
	if err != nil {
		return fail("", err)
	}
	tt.Funcs(texttemplate.FuncMap(fm))
	ht, err := set.html.Clone()
	if err != nil {
		return fail("", err)
	}
	ht.Funcs(htmltemplate.FuncMap(fm)).Funcs(htmltemplate.FuncMap(htmlFuncs(set.lang, loc)))

	var subject, text, html bytes.Buffer
	if err := tt.ExecuteTemplate(&subject, "subject", d); err != nil {
		return fail("subject: ", err)
	}
	if err := tt.ExecuteTemplate(&text, "body", d); err != nil {
		return fail("text: ", err)
	}
	if err := ht.ExecuteTemplate(&html, "body", d); err != nil {
		return fail("html: ", err)
	}
	return Rendered{
		Subject:  oneLine(subject.String()),
		Text:     tidyText(text.String()),
		HTML:     html.String(),
		Template: set.name,
		Language: set.lang,
	}, nil
}

// kindNames lists the known kinds, sorted, for error messages.
func kindNames(lib *library) []string {
	names := make([]string, 0, len(lib.kinds))
	for k := range lib.kinds {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// validate reports the content every notice must carry and that cannot be
// defaulted: who is notifying, about which incident, under which article,
// how to reach them, and why a late notice is late.
func validate(d Data) error {
	var missing []string
	if strings.TrimSpace(d.IncidentID) == "" {
		missing = append(missing, "IncidentID")
	}
	if strings.TrimSpace(d.Basis) == "" {
		missing = append(missing, "Basis")
	}
	if strings.TrimSpace(d.Org.Name) == "" {
		missing = append(missing, "Org.Name")
	}
	if strings.TrimSpace(d.Org.PrivacyEmail+d.Org.Phone+d.Org.Website) == "" {
		missing = append(missing, "Org.PrivacyEmail, Org.Phone or Org.Website (contact point)")
	}
	if d.Late && strings.TrimSpace(d.DelayReason) == "" {
		missing = append(missing, "DelayReason (the notice is late; GDPR Art. 33(1) and KVKK Decision 2019/10 require reasons)")
	}
	if len(missing) > 0 {
		return fmt.Errorf("missing %s", strings.Join(missing, "; "))
	}
	return nil
}

// location resolves the display zone; "" means UTC only.
func location(name string) (*time.Location, error) {
	if name == "" {
		return time.UTC, nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("TimeZone %q: %w", name, err)
	}
	return loc, nil
}

// normalize returns a copy of d ready for the templates: subjects sorted by
// jurisdiction and a total derived from them when it was not given. The
// caller's slices are not modified.
func normalize(d Data) Data {
	d.Subjects = slices.Clone(d.Subjects)
	slices.SortStableFunc(d.Subjects, func(a, b Count) int { return strings.Compare(a.Jurisdiction, b.Jurisdiction) })
	if d.SubjectsTotal <= 0 {
		sum := 0
		for _, c := range d.Subjects {
			sum += max(c.Subjects, 0)
		}
		d.SubjectsTotal = sum
	}
	return d
}

// oneLine makes a subject safe for a mail header: one line, single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// tidyText trims trailing spaces, collapses runs of blank lines that
// optional template blocks leave behind, and ends the text with a newline.
func tidyText(s string) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true // drops leading blank lines
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\r")
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}
