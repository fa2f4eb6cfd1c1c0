package rules

import "slices"

// Trigger is the event a duty's clock runs from.
type Trigger string

// Triggers.
const (
	Awareness          Trigger = "awareness"           // reasonable certainty that personal data was compromised
	Discovery          Trigger = "discovery"           // the breach was discovered
	Determination      Trigger = "determination"       // it was determined that a breach occurred
	Assessment         Trigger = "assessment"          // the assessment that the breach is notifiable was completed
	ScopeIdentified    Trigger = "scope_identified"    // aware of the breach and its scope identified (scoped_at; unknown: awareness)
	ControllerNotified Trigger = "controller_notified" // the controller learnt of it from its processor
	ConsumerNotice     Trigger = "consumer_notice"     // the notice to consumers was sent
)

// Unit is how a period is counted.
type Unit string

// Units.
const (
	Hours        Unit = "hours"         // continuous from the trigger instant; no roll-over
	CalendarDays Unit = "calendar_days" // ends at the end of the last day in the organisation's time zone
	BusinessDays Unit = "business_days" // excludes the trigger day, weekends and the jurisdiction's holidays
	None         Unit = "none"          // "without undue delay", "as soon as feasible": asap, no number
)

// Scopes that are sets rather than one jurisdiction.
const (
	ScopeEEA = "EEA" // every EU/EEA member state (GDPR)
	ScopeUS  = "US"  // US federal
)

// Thresholds and exemptions of a duty. The zero value means "every breach".
type Threshold struct {
	// MinRisk is the lowest triaged risk that triggers the duty ("", "risk", "high").
	MinRisk string
	// MinResidents counts affected people in the jurisdiction; Strict makes
	// it "more than" instead of "at least".
	MinResidents int
	Strict       bool
	// Categories: at least one of these data categories must be affected
	// (US "personal information" definitions); empty means any.
	Categories []string
	// HealthFrom dates when "health" joined Categories (NY S2376B).
	HealthFrom string
	// Nature: at least one of these natures (KVKK: data obtained by others).
	Nature []string
	// EncryptionSafeHarbor: no duty when the data was encrypted and the key
	// was not compromised.
	EncryptionSafeHarbor bool
	// Special names a test the engine applies beyond the fields above; the
	// Text explains it in the rules document.
	Special string
	Text    string
}

// Rule is one row of the table: one duty under one law.
type Rule struct {
	ID        string // stable: obligation IDs are ID-JURISDICTION
	Regime    string
	Scope     string // a jurisdiction code, or ScopeEEA / ScopeUS
	Audience  string // controller, authority or subjects
	Notifier  string // "processor" (to its controller) or "controller" (the data owner)
	Trigger   Trigger
	Period    int
	Unit      Unit
	Calendar  string // holiday calendar for business days
	Recipient string // fixed recipient; "" = the authority of the jurisdiction or its residents
	Threshold Threshold
	Basis     string
	From, To  string // effective dates (trigger instant), "" = open
	Uncertain bool
	Note      string
	// NoticeKind is the template that discharges the duty ("" = none yet).
	NoticeKind, Language string
	// Requires names an organisation setting without which the row never
	// applies ("hipaa_business_associate", "hipaa_covered_entity", "sec_registrant").
	Requires string
	// Clock is the statute's own words for when the clock starts ("the
	// determination of a breach or reason to believe a breach occurred"),
	// shown with the trigger; "" = the trigger's plain meaning.
	Clock string
	// Source is the official URL of the statute or regulator guidance the
	// row encodes; Checked the date (YYYY-MM-DD) it was last read against it.
	Source, Checked string
	// Since is the rules Version that added the row (0: in the table from
	// the start); Until the Version from which it is retired (0: never).
	// They are not the law's effective dates (From, To): they say which
	// incidents see the row, since every incident assesses with the
	// version it pinned at its first assessment. See Version.
	Since, Until int
}

// US "personal information" definitions, as data categories.
var (
	usPICalifornia = []string{"credentials", "financial", "government_id", "health", "biometric", "genetic"}
	usPIColorado   = []string{"credentials", "financial", "government_id", "health", "biometric"}
	usPIFlorida    = []string{"credentials", "financial", "government_id", "health"}
	usPIWashington = []string{"credentials", "financial", "government_id", "health", "biometric"}
	usPITexas      = []string{"financial", "government_id", "health"}
	usPINewYork    = []string{"credentials", "financial", "government_id", "biometric", "health"}
	usPIMaine      = []string{"credentials", "financial", "government_id"}
	usPIGeneric    = []string{"credentials", "financial", "government_id", "health", "biometric"}

	// fixUSPIWashington2015: RCW 19.255.010 before HB 1071 (2020-03-01):
	// name with SSN, driver's licence or Washington ID card number, or an
	// account or card number with its code.
	fixUSPIWashington2015 = []string{"ssn", "drivers_license", "financial"}
	// fixUSPIAlabama: Ala. Code §8-38-2(6), sensitive personally
	// identifying information: no biometric element.
	fixUSPIAlabama = []string{"credentials", "financial", "government_id", "health"}
	// fixUSPIVermontAG: 9 V.S.A. §2430 personally identifiable information
	// without login credentials, for the AG's preliminary notice (§2435(b)(3)).
	fixUSPIVermontAG = []string{"financial", "government_id", "health", "biometric", "genetic"}
)

// fixChecked is the day every row was last read against its Source.
const fixChecked = "2026-12-02"

const (
	ca = "Cal. Civ. Code §1798.82"
	tx = "Tex. Bus. & Com. Code §521.053"
	ny = "N.Y. Gen. Bus. Law §899-aa"
)

// Table is the rule table, in the order of docs/RULES.md. Rows are never
// edited in place or removed once an incident may have used them (see
// Version): a change retires the old row and adds its replacement. The US
// states added in rules version 2 live in us_*.go, one file per group.
var Table = slices.Concat(baseTable, usStatesA, usStatesB, usStatesC, usStatesD)

var baseTable = []Rule{
	// ---- GDPR (EU/EEA) ----
	{ID: "gdpr-33-2-controller", Regime: "GDPR", Scope: ScopeEEA, Audience: "controller", Notifier: "processor", Trigger: Awareness, Unit: None,
		Basis: "GDPR Art. 33(2)", Note: "Every breach affecting the controller's data; the processor does not assess risk first (EDPB 9/2022). Contracts often set 24-72 h: `notice_hours`.", Source: "https://eur-lex.europa.eu/eli/reg/2016/679/oj", Checked: fixChecked},
	{ID: "gdpr-33-authority", Regime: "GDPR", Scope: ScopeEEA, Audience: "authority", Notifier: "controller", Trigger: Awareness, Period: 72, Unit: Hours,
		Threshold: Threshold{MinRisk: "risk", Text: "the breach is likely to result in a risk to the rights and freedoms of natural persons (when it is unlikely to, it is recorded in the breach register only, Art. 33(5))"},
		Basis:     "GDPR Art. 33(1)", NoticeKind: "authority", Language: "en",
		Note: "Lead authority under Art. 56 when the controller has an EU/EEA establishment; otherwise every authority where affected subjects reside (EDPB 9/2022 ¶73). Late notices give reasons. The Digital Omnibus proposal (96 h, high risk only) is not law.", Source: "https://eur-lex.europa.eu/eli/reg/2016/679/oj", Checked: fixChecked},
	{ID: "gdpr-34-subjects", Regime: "GDPR", Scope: ScopeEEA, Audience: "subjects", Notifier: "controller", Trigger: Awareness, Unit: None,
		Threshold: Threshold{MinRisk: "high", EncryptionSafeHarbor: true, Text: "the breach is likely to result in a high risk to the rights and freedoms of natural persons, and the data was not encrypted with the key kept safe (Art. 34(3)(a))"},
		Basis:     "GDPR Art. 34(1)", NoticeKind: "subjects", Language: "en", Source: "https://eur-lex.europa.eu/eli/reg/2016/679/oj", Checked: fixChecked},

	// ---- UK GDPR ----
	{ID: "uk-gdpr-33-2-controller", Regime: "UK GDPR", Scope: "GB", Audience: "controller", Notifier: "processor", Trigger: Awareness, Unit: None,
		Basis: "UK GDPR Art. 33(2)", Source: "https://www.legislation.gov.uk/eur/2016/679/contents", Checked: fixChecked},
	{ID: "uk-gdpr-33-authority", Regime: "UK GDPR", Scope: "GB", Audience: "authority", Notifier: "controller", Trigger: Awareness, Period: 72, Unit: Hours,
		Threshold: Threshold{MinRisk: "risk", Text: "the breach is likely to result in a risk to the rights and freedoms of individuals"},
		Basis:     "UK GDPR Art. 33(1)", NoticeKind: "authority", Language: "en", Note: "ICO online form.", Source: "https://www.legislation.gov.uk/eur/2016/679/contents", Checked: fixChecked},
	{ID: "uk-gdpr-34-subjects", Regime: "UK GDPR", Scope: "GB", Audience: "subjects", Notifier: "controller", Trigger: Awareness, Unit: None,
		Threshold: Threshold{MinRisk: "high", EncryptionSafeHarbor: true, Text: "the breach is likely to result in a high risk to the rights and freedoms of individuals, and the data was not encrypted with the key kept safe (Art. 34(3)(a))"},
		Basis:     "UK GDPR Art. 34(1)", NoticeKind: "subjects", Language: "en", Source: "https://www.legislation.gov.uk/eur/2016/679/contents", Checked: fixChecked},

	// ---- Turkey: KVKK ----
	{ID: "kvkk-controller", Regime: "KVKK", Scope: "TR", Audience: "controller", Notifier: "processor", Trigger: Awareness, Unit: None,
		Threshold: Threshold{Nature: []string{"confidentiality"}, Text: "personal data it processes for the controller was obtained by others unlawfully"},
		Basis:     "KVKK Board Decision 2019/10", Note: "\"Gecikmeksizin\" (without delay).", Source: "https://www.kvkk.gov.tr/Icerik/5362/2019-10", Checked: fixChecked},
	{ID: "kvkk-board", Regime: "KVKK", Scope: "TR", Audience: "authority", Notifier: "controller", Trigger: Awareness, Period: 72, Unit: Hours,
		Threshold: Threshold{Nature: []string{"confidentiality"}, Text: "the personal data processed was obtained by others unlawfully (Art. 12(5)); the law sets no risk threshold and no exemption"},
		Basis:     "KVKK Art. 12(5); Board Decision 2019/10", NoticeKind: "kvkk-board", Language: "tr",
		Note: "Reasons required if late. Reach over a controller with no Turkish establishment is unsettled: uncertain then.", Source: "https://www.kvkk.gov.tr/Icerik/5362/2019-10", Checked: fixChecked},
	{ID: "kvkk-subjects", Regime: "KVKK", Scope: "TR", Audience: "subjects", Notifier: "controller", Trigger: Awareness, Unit: None,
		Threshold: Threshold{Nature: []string{"confidentiality"}, Text: "the personal data processed was obtained by others unlawfully (Art. 12(5)); the law sets no risk threshold and no exemption"},
		Basis:     "KVKK Art. 12(5); Board Decisions 2019/10 and 2019/271", NoticeKind: "kvkk-subjects", Language: "tr",
		Note: "Shortest reasonable time after the affected persons are identified; directly where reachable, else website publication.", Source: "https://www.kvkk.gov.tr/Icerik/5362/2019-10", Checked: fixChecked},

	// ---- Switzerland: revFADP ----
	{ID: "fadp-24-controller", Regime: "revFADP", Scope: "CH", Audience: "controller", Notifier: "processor", Trigger: Awareness, Unit: None,
		Basis: "FADP Art. 24(3)", Note: "Any breach, as quickly as possible.", Until: 2, Source: "https://www.fedlex.admin.ch/eli/cc/2022/491/en", Checked: fixChecked},
	{ID: "fadp-24-authority", Regime: "revFADP", Scope: "CH", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Unit: None,
		Recipient: "Federal Data Protection and Information Commissioner (FDPIC)",
		Threshold: Threshold{MinRisk: "high", Text: "the breach is likely to result in a high risk to the personality or fundamental rights of the data subjects"}, Basis: "FADP Art. 24(1)", Until: 2, Source: "https://www.fedlex.admin.ch/eli/cc/2022/491/en", Checked: fixChecked},
	{ID: "fadp-24-subjects", Regime: "revFADP", Scope: "CH", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Awareness, Unit: None,
		Threshold: Threshold{MinRisk: "high", Text: "notice is required for the protection of the data subjects or the FDPIC requests it (treated as a high risk)"}, Basis: "FADP Art. 24(4)", Uncertain: true,
		Note: "Whether notice is \"required for their protection\" is a judgment: treated as high risk.", Until: 2, Source: "https://www.fedlex.admin.ch/eli/cc/2022/491/en", Checked: fixChecked},
	{ID: "fadp-24-controller", Regime: "revFADP", Scope: "CH", Audience: "controller", Notifier: "processor", Trigger: Awareness, Unit: None,
		Basis: "FADP Art. 24(3)", From: "2023-09-01", Note: "Any breach, as quickly as possible. In force 2023-09-01; the former FADP had no breach-notification duty.", Source: "https://www.fedlex.admin.ch/eli/cc/2022/491/en", Checked: fixChecked, Since: 2},
	{ID: "fadp-24-authority", Regime: "revFADP", Scope: "CH", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Unit: None,
		Recipient: "Federal Data Protection and Information Commissioner (FDPIC)",
		Threshold: Threshold{MinRisk: "high", Text: "the breach is likely to result in a high risk to the personality or fundamental rights of the data subjects"}, Basis: "FADP Art. 24(1)", From: "2023-09-01",
		Note: "As quickly as possible. In force 2023-09-01; the former FADP had no breach-notification duty.", Source: "https://www.fedlex.admin.ch/eli/cc/2022/491/en", Checked: fixChecked, Since: 2},
	{ID: "fadp-24-subjects", Regime: "revFADP", Scope: "CH", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Awareness, Unit: None,
		Threshold: Threshold{MinRisk: "high", Text: "notice is required for the protection of the data subjects or the FDPIC requests it (treated as a high risk)"}, Basis: "FADP Art. 24(4)", From: "2023-09-01", Uncertain: true,
		Note: "Whether notice is \"required for their protection\" is a judgment: treated as high risk. In force 2023-09-01.", Source: "https://www.fedlex.admin.ch/eli/cc/2022/491/en", Checked: fixChecked, Since: 2},

	// ---- Brazil: LGPD ----
	{ID: "lgpd-48-authority", Regime: "LGPD", Scope: "BR", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Period: 3, Unit: BusinessDays, Calendar: "BR",
		Recipient: "Autoridade Nacional de Proteção de Dados (ANPD)",
		Threshold: Threshold{Special: "lgpd", Text: "the incident may significantly affect the data subjects' interests and fundamental rights (risk or high) and involves sensitive data, data of children, adolescents or elderly people, financial data, authentication data, data under legal, judicial or professional secrecy, or data at large scale (Res. 15/2024 Art. 5)"},
		Basis:     "LGPD Art. 48; Resolution CD/ANPD 15/2024 Art. 6", From: "2024-04-26",
		Note: "3 business days from knowing that personal data was affected; 6 for small processing agents. Brazilian national holidays. Supplementary information within 20 business days.", Source: "https://www.gov.br/anpd/pt-br/acesso-a-informacao/institucional/atos-normativos/regulamentacoes_anpd/resolucao-cd-anpd-no-15-de-24-de-abril-de-2024", Checked: fixChecked},
	{ID: "lgpd-48-subjects", Regime: "LGPD", Scope: "BR", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Awareness, Period: 3, Unit: BusinessDays, Calendar: "BR",
		Threshold: Threshold{Special: "lgpd", Text: "the incident may bring relevant risk or damage to the data subjects, on the same test as the notice to the ANPD (Res. 15/2024 Art. 5)"},
		Basis:     "LGPD Art. 48; Resolution CD/ANPD 15/2024 Art. 9", From: "2024-04-26", Source: "https://www.gov.br/anpd/pt-br/acesso-a-informacao/institucional/atos-normativos/regulamentacoes_anpd/resolucao-cd-anpd-no-15-de-24-de-abril-de-2024", Checked: fixChecked},

	// ---- Canada: PIPEDA ----
	{ID: "pipeda-10.1-authority", Regime: "PIPEDA", Scope: "CA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Unit: None,
		Recipient: "Office of the Privacy Commissioner of Canada",
		Threshold: Threshold{MinRisk: "risk", Special: "rrosh", Text: "it is reasonable to believe the breach of security safeguards creates a real risk of significant harm to an individual (a high risk; a risk is marked uncertain)"},
		Basis:     "PIPEDA s.10.1(1)", Note: "As soon as feasible after determining the breach occurred. Records of all breaches kept 24 months.", Until: 2, Source: "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/", Checked: fixChecked},
	{ID: "pipeda-10.1-subjects", Regime: "PIPEDA", Scope: "CA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Unit: None,
		Threshold: Threshold{MinRisk: "risk", Special: "rrosh", Text: "it is reasonable to believe the breach of security safeguards creates a real risk of significant harm to the individual"}, Basis: "PIPEDA s.10.1(3)", Until: 2, Source: "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/", Checked: fixChecked},
	{ID: "pipeda-10.1-authority", Regime: "PIPEDA", Scope: "CA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Unit: None,
		Recipient: "Office of the Privacy Commissioner of Canada",
		Threshold: Threshold{MinRisk: "risk", Special: "rrosh", Text: "it is reasonable to believe the breach of security safeguards creates a real risk of significant harm to an individual (a high risk; a risk is marked uncertain)"},
		Basis:     "PIPEDA s.10.1(1)", From: "2018-11-01",
		Note: "As soon as feasible after determining the breach occurred. Records of all breaches kept 24 months (s.10.3). Division 1.1 in force 2018-11-01 (SI/2018-64); no duty before.", Source: "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/", Checked: fixChecked, Since: 2},
	{ID: "pipeda-10.1-subjects", Regime: "PIPEDA", Scope: "CA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Unit: None,
		Threshold: Threshold{MinRisk: "risk", Special: "rrosh", Text: "it is reasonable to believe the breach of security safeguards creates a real risk of significant harm to the individual"}, Basis: "PIPEDA s.10.1(3)", From: "2018-11-01",
		Note: "In force 2018-11-01; no duty before.", Source: "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/", Checked: fixChecked, Since: 2},

	// ---- Australia: Privacy Act, NDB scheme ----
	{ID: "ndb-assessment", Regime: "Privacy Act (NDB)", Scope: "AU", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Period: 30, Unit: CalendarDays,
		Recipient: "Office of the Australian Information Commissioner (assessment)",
		Threshold: Threshold{Special: "suspected", Text: "there are reasonable grounds to suspect an eligible data breach that has not yet been assessed as one (risk below high)"},
		Basis:     "Privacy Act 1988 (Cth) s.26WH(2)", Note: "Reasonable and expeditious assessment within 30 days of suspecting an eligible data breach; the statement to the OAIC follows as soon as practicable if it is eligible.", Until: 2, Source: "https://www.legislation.gov.au/C2004A03712/latest/text", Checked: fixChecked},
	{ID: "ndb-assessment", Regime: "Privacy Act (NDB)", Scope: "AU", Audience: "internal", Notifier: "controller", Trigger: Awareness, Period: 30, Unit: CalendarDays,
		Recipient: "Internal: our own assessment (no notice to the OAIC)",
		Threshold: Threshold{Special: "suspected", Text: "there are reasonable grounds to suspect an eligible data breach that has not yet been assessed as one (risk below high)"},
		Basis:     "Privacy Act 1988 (Cth) s.26WH(2)",
		Note:      "An internal deadline, not a notice: the entity must take all reasonable steps to complete a reasonable and expeditious assessment within 30 days of suspecting an eligible data breach (s.26WH(2)); the statement to the OAIC (s.26WK) follows as soon as practicable if it is eligible. Internal: no notice is drafted; record the completed assessment with `starter filed` and its reference.", Source: "https://www.legislation.gov.au/C2004A03712/latest/text", Checked: fixChecked, Since: 2},
	{ID: "ndb-authority", Regime: "Privacy Act (NDB)", Scope: "AU", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Assessment, Unit: None,
		Recipient: "Office of the Australian Information Commissioner",
		Threshold: Threshold{MinRisk: "high", Text: "there are reasonable grounds to believe an eligible data breach occurred: serious harm to the individuals is likely"}, Basis: "Privacy Act 1988 (Cth) s.26WK", Source: "https://www.legislation.gov.au/C2004A03712/latest/text", Checked: fixChecked},
	{ID: "ndb-subjects", Regime: "Privacy Act (NDB)", Scope: "AU", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Assessment, Unit: None,
		Threshold: Threshold{MinRisk: "high", Text: "there are reasonable grounds to believe an eligible data breach occurred"}, Basis: "Privacy Act 1988 (Cth) s.26WL", Source: "https://www.legislation.gov.au/C2004A03712/latest/text", Checked: fixChecked},

	// ---- Singapore: PDPA ----
	{ID: "pdpa-26c-controller", Regime: "PDPA", Scope: "SG", Audience: "controller", Notifier: "processor", Trigger: Awareness, Unit: None,
		Basis: "PDPA 2012 s.26C(3)(a)", Note: "Data intermediary to the organisation, without undue delay.", Until: 2, Source: "https://sso.agc.gov.sg/Act/PDPA2012", Checked: fixChecked},
	{ID: "pdpa-26c-controller", Regime: "PDPA", Scope: "SG", Audience: "controller", Notifier: "processor", Trigger: Awareness, Unit: None,
		Basis: "PDPA 2012 s.26C(3)(a)", From: "2021-02-01", Note: "Data intermediary to the organisation, without undue delay. Part 6A in force 2021-02-01.", Source: "https://sso.agc.gov.sg/Act/PDPA2012", Checked: fixChecked, Since: 2},
	{ID: "pdpa-26d-authority", Regime: "PDPA", Scope: "SG", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Assessment, Period: 3, Unit: CalendarDays,
		Recipient: "Personal Data Protection Commission",
		Threshold: Threshold{Special: "pdpa", Text: "the breach results in, or is likely to result in, significant harm to an affected individual (high risk), or is of a significant scale (500 or more individuals)"},
		Basis:     "PDPA 2012 s.26D(1)", Note: "No later than 3 calendar days after the day of the assessment that the breach is notifiable (`assessed_at`).", Until: 2, Source: "https://sso.agc.gov.sg/Act/PDPA2012", Checked: fixChecked},
	{ID: "pdpa-26d-authority", Regime: "PDPA", Scope: "SG", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Assessment, Period: 3, Unit: CalendarDays,
		Recipient: "Personal Data Protection Commission",
		Threshold: Threshold{Special: "pdpa", Text: "the breach results in, or is likely to result in, significant harm to an affected individual (high risk; an account identifier with its password is deemed significant harm), or is of a significant scale (500 or more individuals)"},
		Basis:     "PDPA 2012 s.26D(1); PDP (Notification of Data Breaches) Regulations 2021 regs. 3-4", From: "2021-02-01", Uncertain: true,
		Note: "No later than 3 calendar days after the day of the assessment that the breach is notifiable (`assessed_at`). An account identifier with a password, security code, access code, security answer or biometric data that gives access to the account is deemed significant harm whatever the count (reg. 3(1)(b)), as is name or identification number with Schedule Part 1 data (reg. 3(1)(a)): the engine does not yet apply that, so a credentials breach under 500 individuals needs `risk: high` set by hand. Business contact information is outside Part 6A (s.4(5)). Part 6A in force 2021-02-01.", Source: "https://sso.agc.gov.sg/Act/PDPA2012", Checked: fixChecked, Since: 2},
	{ID: "pdpa-26d-subjects", Regime: "PDPA", Scope: "SG", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Assessment, Unit: None,
		Threshold: Threshold{MinRisk: "high", Text: "the breach results in, or is likely to result in, significant harm to an affected individual (scale alone does not require it)"}, Basis: "PDPA 2012 s.26D(2)", Until: 2, Source: "https://sso.agc.gov.sg/Act/PDPA2012", Checked: fixChecked},
	{ID: "pdpa-26d-subjects", Regime: "PDPA", Scope: "SG", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Assessment, Unit: None,
		Threshold: Threshold{Special: "pdpa-subjects", Text: "the breach results in, or is likely to result in, significant harm to an affected individual (scale alone does not require it)"}, Basis: "PDPA 2012 s.26D(2)", From: "2021-02-01",
		Note: "On or after notifying the PDPC. Significant harm is high risk, or deemed by reg. 3 and the Schedule (an account identifier with its password; financial, insurance, medical or minors' data with the name). Part 6A in force 2021-02-01.", Source: "https://sso.agc.gov.sg/Act/PDPA2012", Checked: fixChecked, Since: 2},

	// ---- Canada: Québec Law 25 (not verified) ----
	{ID: "qc-law25-authority", Regime: "Québec Law 25", Scope: "CA-QC", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Unit: None,
		Recipient: "Commission d'accès à l'information", Threshold: Threshold{MinRisk: "high", Text: "the confidentiality incident presents a risk of serious injury"},
		Basis: "Act respecting the protection of personal information in the private sector s.3.5", Uncertain: true, Note: "\"Promptly\"; French-language requirements may apply.", Until: 2, Source: "https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1", Checked: fixChecked},
	{ID: "qc-law25-authority", Regime: "Québec Law 25", Scope: "CA-QC", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Unit: None,
		Recipient: "Commission d'accès à l'information", Threshold: Threshold{MinRisk: "high", Text: "the confidentiality incident presents a risk of serious injury"},
		Basis: "Act respecting the protection of personal information in the private sector s.3.5", From: "2022-09-22", Uncertain: true,
		Note: "\"Promptly\"; s.3.5 in force 2022-09-22 (Law 25 s.177). French-language requirements may apply; the risk-of-serious-injury factors are in s.3.7.", Source: "https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1", Checked: fixChecked, Since: 2},
	{ID: "qc-law25-subjects", Regime: "Québec Law 25", Scope: "CA-QC", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Awareness, Unit: None,
		Threshold: Threshold{MinRisk: "high", Text: "the confidentiality incident presents a risk of serious injury to the persons whose personal information it concerns"},
		Basis:     "Act respecting the protection of personal information in the private sector s.3.5 para. 2", From: "2022-09-22", Uncertain: true,
		Note: "\"Promptly\"; may be withheld only while it could hamper an investigation. Public notice is allowed in the cases of s.3.5 para. 3. In force 2022-09-22.", Source: "https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1", Checked: fixChecked, Since: 2},

	// ---- India: DPDP Act, Rule 7 (from about 13 May 2027) ----
	{ID: "dpdp-7-board", Regime: "DPDP", Scope: "IN", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Period: 72, Unit: Hours,
		Recipient: "Data Protection Board of India", Threshold: Threshold{Text: "a personal data breach occurred; the Rules set no risk threshold"},
		Basis: "DPDP Act 2023 s.8(6); DPDP Rules 2025 Rule 7(2)", From: "2027-05-13", Uncertain: true,
		Note: "Intimation without delay, detailed report within 72 hours. Commencement date not confirmed.", Source: "https://www.meity.gov.in/data-protection-framework", Checked: fixChecked},
	{ID: "dpdp-7-principals", Regime: "DPDP", Scope: "IN", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Awareness, Unit: None,
		Threshold: Threshold{Text: "a personal data breach occurred; the Rules set no risk threshold"}, Basis: "DPDP Rules 2025 Rule 7(1)", From: "2027-05-13", Uncertain: true, Source: "https://www.meity.gov.in/data-protection-framework", Checked: fixChecked,
		Note: "Rule 7(1) intimation \"without delay\" to each affected principal; the commencement date of the DPDP Rules is not confirmed."},

	// ---- US: California ----
	{ID: "ca-1798.82-controller", Regime: "US-CA", Scope: "US-CA", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPICalifornia, EncryptionSafeHarbor: true, Text: "unencrypted personal information it maintains for the owner was, or is reasonably believed to have been, acquired by an unauthorized person"}, Basis: ca + "(b)",
		Note: "Service provider to owner, immediately following discovery.", Source: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82", Checked: fixChecked},
	{ID: "ca-1798.82-residents", Regime: "US-CA", Scope: "US-CA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPICalifornia, EncryptionSafeHarbor: true, Text: "unencrypted personal information of California residents was, or is reasonably believed to have been, acquired by an unauthorized person (contact data alone is not personal information)"},
		Basis:     ca + "(a)", To: "2026-01-01", Note: "Most expedient time possible and without unreasonable delay.", Source: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82", Checked: fixChecked},
	{ID: "ca-1798.82-residents", Regime: "US-CA", Scope: "US-CA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPICalifornia, EncryptionSafeHarbor: true, Text: "unencrypted personal information of California residents was, or is reasonably believed to have been, acquired by an unauthorized person (contact data alone is not personal information)"},
		Basis:     ca + "(a) as amended by SB 446", From: "2026-01-01", Note: "Within 30 calendar days of discovery or notification of the breach; \"Notice of Data Breach\" with five headings.", Source: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82", Checked: fixChecked},
	{ID: "ca-1798.82-ag", Regime: "US-CA", Scope: "US-CA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: ConsumerNotice, Unit: None,
		Threshold: Threshold{Categories: usPICalifornia, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "a single breach requires notice to more than 500 California residents"},
		Basis:     ca + "(f)", To: "2026-01-01", Note: "Sample copy of the consumer notice; no fixed period.", Source: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82", Checked: fixChecked},
	{ID: "ca-1798.82-ag", Regime: "US-CA", Scope: "US-CA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: ConsumerNotice, Period: 15, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPICalifornia, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "a single breach requires notice to more than 500 California residents"},
		Basis:     ca + "(f) as amended by SB 446", From: "2026-01-01", Note: "Within 15 calendar days of notifying consumers; electronic submission.", Source: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82", Checked: fixChecked},

	// ---- US: Colorado ----
	{ID: "co-6-1-716-residents", Regime: "US-CO", Scope: "US-CO", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIColorado, EncryptionSafeHarbor: true, Text: "personal information of Colorado residents was acquired without authorization, unless an investigation determines that its misuse has not occurred and is not reasonably likely to occur"}, Basis: "C.R.S. §6-1-716(2)", Until: 2, Source: "https://leg.colorado.gov/bills/hb18-1128", Checked: fixChecked},
	{ID: "co-6-1-716-residents", Regime: "US-CO", Scope: "US-CO", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Unit: None,
		Threshold: Threshold{Categories: usPIColorado, EncryptionSafeHarbor: true, Text: "personal information of Colorado residents was acquired without authorization, unless an investigation determines that its misuse has not occurred and is not reasonably likely to occur"},
		Basis:     "C.R.S. §6-1-716(2) (before HB 18-1128)", To: "2018-09-01", Uncertain: true,
		Note: "Before HB 18-1128: most expedient time possible and without unreasonable delay; the narrower pre-2018 definition of personal information is not encoded.", Source: "https://leg.colorado.gov/bills/hb18-1128", Checked: fixChecked, Since: 2},
	{ID: "co-6-1-716-residents", Regime: "US-CO", Scope: "US-CO", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIColorado, EncryptionSafeHarbor: true, Text: "personal information of Colorado residents was acquired without authorization, unless an investigation determines that its misuse has not occurred and is not reasonably likely to occur"},
		Basis:     "C.R.S. §6-1-716(2) as amended by HB 18-1128", From: "2018-09-01", Clock: "the date of determination that a security breach occurred", Source: "https://leg.colorado.gov/bills/hb18-1128", Checked: fixChecked, Since: 2},
	{ID: "co-6-1-716-ag", Regime: "US-CO", Scope: "US-CO", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIColorado, EncryptionSafeHarbor: true, MinResidents: 500, Text: "the breach requires notice to 500 or more Colorado residents"}, Basis: "C.R.S. §6-1-716(2)(f)", Until: 2, Source: "https://leg.colorado.gov/bills/hb18-1128", Checked: fixChecked},
	{ID: "co-6-1-716-ag", Regime: "US-CO", Scope: "US-CO", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIColorado, EncryptionSafeHarbor: true, MinResidents: 500, Text: "the breach requires notice to 500 or more Colorado residents"}, Basis: "C.R.S. §6-1-716(2)(f) as added by HB 18-1128", From: "2018-09-01",
		Clock: "the date of determination that a security breach occurred", Note: "Added by HB 18-1128 from 2018-09-01; no AG duty before.", Source: "https://leg.colorado.gov/bills/hb18-1128", Checked: fixChecked, Since: 2},
	{ID: "co-6-1-716-controller", Regime: "US-CO", Scope: "US-CO", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPIColorado, EncryptionSafeHarbor: true, Text: "personal information it maintains for the covered entity was acquired without authorization"}, Basis: "C.R.S. §6-1-716(2)(b)", Uncertain: true, Source: "https://leg.colorado.gov/bills/hb18-1128", Checked: fixChecked,
		Note: "Third-party service provider to the covered entity without a fixed period; not re-read against the current statute text."},

	// ---- US: Florida ----
	{ID: "fl-501.171-residents", Regime: "US-FL", Scope: "US-FL", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIFlorida, EncryptionSafeHarbor: true, Text: "personal information of Florida individuals was, or is reasonably believed to have been, accessed without authorization"}, Basis: "Fla. Stat. §501.171(4)",
		Note: "+15 days with written good cause given within the 30 days.", Until: 2, Source: "http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.171.html", Checked: fixChecked},
	{ID: "fl-501.171-ag", Regime: "US-FL", Scope: "US-FL", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIFlorida, EncryptionSafeHarbor: true, MinResidents: 500, Text: "the breach affects 500 or more individuals in Florida"}, Basis: "Fla. Stat. §501.171(3)", Until: 2, Source: "http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.171.html", Checked: fixChecked},
	{ID: "fl-501.171-controller", Regime: "US-FL", Scope: "US-FL", Audience: "controller", Notifier: "processor", Trigger: Determination, Period: 10, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIFlorida, EncryptionSafeHarbor: true, Text: "personal information it maintains for the covered entity was, or is reasonably believed to have been, accessed without authorization"}, Basis: "Fla. Stat. §501.171(6)", Until: 2, Source: "http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.171.html", Checked: fixChecked},
	{ID: "fl-501.171-residents", Regime: "US-FL", Scope: "US-FL", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIFlorida, EncryptionSafeHarbor: true, Text: "personal information of Florida individuals was, or is reasonably believed to have been, accessed without authorization"}, Basis: "Fla. Stat. §501.171(4)(a)",
		Clock: "the determination of a breach or reason to believe a breach occurred",
		Note:  "Counted from the earlier of the determination and the reason to believe, taken as discovery. +15 days with good cause given in writing to the Department of Legal Affairs within the 30 days (§501.171(3)(a)).", Source: "http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.171.html", Checked: fixChecked, Since: 2},
	{ID: "fl-501.171-ag", Regime: "US-FL", Scope: "US-FL", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 30, Unit: CalendarDays,
		Recipient: "Florida Department of Legal Affairs (Attorney General)",
		Threshold: Threshold{Categories: usPIFlorida, EncryptionSafeHarbor: true, MinResidents: 500, Text: "the breach affects 500 or more individuals in Florida"}, Basis: "Fla. Stat. §501.171(3)(a)",
		Clock: "the determination of the breach or reason to believe the breach occurred", Source: "http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.171.html", Checked: fixChecked, Since: 2},
	{ID: "fl-501.171-controller", Regime: "US-FL", Scope: "US-FL", Audience: "controller", Notifier: "processor", Trigger: Discovery, Period: 10, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIFlorida, EncryptionSafeHarbor: true, Text: "personal information it maintains for the covered entity was, or is reasonably believed to have been, accessed without authorization"}, Basis: "Fla. Stat. §501.171(6)(a)",
		Clock: "the determination of the breach of security or reason to believe the breach occurred", Source: "http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.171.html", Checked: fixChecked, Since: 2},

	// ---- US: Washington ----
	{ID: "wa-19.255-residents", Regime: "US-WA", Scope: "US-WA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIWashington, EncryptionSafeHarbor: true, Text: "personal information of Washington residents was, or is reasonably believed to have been, acquired by an unauthorized person, unless the breach is not reasonably likely to subject them to a risk of harm"}, Basis: "RCW 19.255.010(8)", Until: 2, Source: "https://app.leg.wa.gov/RCW/default.aspx?cite=19.255.010", Checked: fixChecked},
	{ID: "wa-19.255-ag", Regime: "US-WA", Scope: "US-WA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIWashington, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "a single breach requires notice to more than 500 Washington residents"}, Basis: "RCW 19.255.010(7)", Until: 2, Source: "https://app.leg.wa.gov/RCW/default.aspx?cite=19.255.010", Checked: fixChecked},
	{ID: "wa-19.255-residents", Regime: "US-WA", Scope: "US-WA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: fixUSPIWashington2015, EncryptionSafeHarbor: true, Text: "personal information of Washington residents was, or is reasonably believed to have been, acquired by an unauthorized person, unless the breach is not reasonably likely to subject them to a risk of harm"},
		Basis:     "RCW 19.255.010(16) (before HB 1078)", To: "2015-07-24", Note: "Before HB 1078 (2015): most expedient time possible and without unreasonable delay; no AG notice.", Source: "https://app.leg.wa.gov/RCW/default.aspx?cite=19.255.010", Checked: fixChecked, Since: 2},
	{ID: "wa-19.255-residents", Regime: "US-WA", Scope: "US-WA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: fixUSPIWashington2015, EncryptionSafeHarbor: true, Text: "personal information of Washington residents was, or is reasonably believed to have been, acquired by an unauthorized person, unless the breach is not reasonably likely to subject them to a risk of harm"},
		Basis:     "RCW 19.255.010(16) as amended by HB 1078", From: "2015-07-24", To: "2020-03-01", Clock: "the breach was discovered",
		Note: "No more than 45 calendar days after discovery (Laws of 2015, ch. 64); personal information then: name with SSN, driver's licence or Washington ID card number, or account/card number with its code.", Source: "https://app.leg.wa.gov/RCW/default.aspx?cite=19.255.010", Checked: fixChecked, Since: 2},
	{ID: "wa-19.255-residents", Regime: "US-WA", Scope: "US-WA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIWashington, EncryptionSafeHarbor: true, Text: "personal information of Washington residents was, or is reasonably believed to have been, acquired by an unauthorized person, unless the breach is not reasonably likely to subject them to a risk of harm"},
		Basis:     "RCW 19.255.010(8) as amended by HB 1071", From: "2020-03-01", Clock: "the breach was discovered",
		Note: "No more than 30 calendar days after discovery (Laws of 2019, ch. 241, from 2020-03-01), which also widened personal information (biometric data, login credentials, passport, health data).", Source: "https://app.leg.wa.gov/RCW/default.aspx?cite=19.255.010", Checked: fixChecked, Since: 2},
	{ID: "wa-19.255-ag", Regime: "US-WA", Scope: "US-WA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: fixUSPIWashington2015, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "a single breach requires notice to more than 500 Washington residents"},
		Basis:     "RCW 19.255.010(15) as added by HB 1078", From: "2015-07-24", To: "2020-03-01", Clock: "the breach was discovered",
		Note: "Added by HB 1078 from 2015-07-24; no AG duty before.", Source: "https://app.leg.wa.gov/RCW/default.aspx?cite=19.255.010", Checked: fixChecked, Since: 2},
	{ID: "wa-19.255-ag", Regime: "US-WA", Scope: "US-WA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIWashington, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "a single breach requires notice to more than 500 Washington residents"},
		Basis:     "RCW 19.255.010(7) as amended by HB 1071", From: "2020-03-01", Clock: "the breach was discovered", Source: "https://app.leg.wa.gov/RCW/default.aspx?cite=19.255.010", Checked: fixChecked, Since: 2},
	{ID: "wa-19.255-controller", Regime: "US-WA", Scope: "US-WA", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPIWashington, EncryptionSafeHarbor: true, Text: "personal information it maintains for the owner was, or is reasonably believed to have been, acquired by an unauthorized person"}, Basis: "RCW 19.255.010(2)", Uncertain: true, Source: "https://app.leg.wa.gov/RCW/default.aspx?cite=19.255.010", Checked: fixChecked,
		Note: "Third party that maintains the data to the owner \"immediately\" following discovery per summaries; not confirmed in the statute text."},

	// ---- US: Texas ----
	{ID: "tx-521.053-residents", Regime: "US-TX", Scope: "US-TX", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPITexas, EncryptionSafeHarbor: true, Text: "sensitive personal information (§521.002(a)(2)) of Texas residents was, or is reasonably believed to have been, acquired by an unauthorized person; login credentials alone are not sensitive personal information"}, Basis: tx + "(b)", Until: 2, Source: "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm", Checked: fixChecked},
	{ID: "tx-521.053-ag", Regime: "US-TX", Scope: "US-TX", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPITexas, EncryptionSafeHarbor: true, MinResidents: 250, Text: "the breach involves at least 250 Texas residents"}, Basis: tx + "(i)", To: "2023-09-01", Until: 2, Source: "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm", Checked: fixChecked},
	{ID: "tx-521.053-ag", Regime: "US-TX", Scope: "US-TX", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPITexas, EncryptionSafeHarbor: true, MinResidents: 250, Text: "the breach involves at least 250 Texas residents"}, Basis: tx + "(i) as amended by SB 768", From: "2023-09-01",
		Note: "AG electronic form.", Until: 2, Source: "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm", Checked: fixChecked},
	{ID: "tx-521.053-controller", Regime: "US-TX", Scope: "US-TX", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPITexas, EncryptionSafeHarbor: true, Text: "sensitive personal information it maintains for the owner was, or is reasonably believed to have been, acquired by an unauthorized person"}, Basis: tx + "(c)", Uncertain: true, Source: "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm", Checked: fixChecked,
		Note: "Person who maintains the data to the owner \"immediately\" after discovery per summaries; not confirmed in the statute text."},
	{ID: "tx-521.053-residents", Regime: "US-TX", Scope: "US-TX", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Unit: None,
		Threshold: Threshold{Categories: usPITexas, EncryptionSafeHarbor: true, Text: "sensitive personal information (§521.002(a)(2)) of Texas residents was, or is reasonably believed to have been, acquired by an unauthorized person; login credentials alone are not sensitive personal information"},
		Basis:     tx + "(b) (before HB 4390)", To: "2020-01-01",
		Note: "Before HB 4390: as quickly as possible, subject to law-enforcement delay and the time needed to determine the scope; no fixed period and no AG notice.", Source: "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm", Checked: fixChecked, Since: 2},
	{ID: "tx-521.053-residents", Regime: "US-TX", Scope: "US-TX", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPITexas, EncryptionSafeHarbor: true, Text: "sensitive personal information (§521.002(a)(2)) of Texas residents was, or is reasonably believed to have been, acquired by an unauthorized person; login credentials alone are not sensitive personal information"},
		Basis:     tx + "(b) as amended by HB 4390", From: "2020-01-01", Clock: "the date on which the person determines that the breach occurred",
		Note: "Without unreasonable delay and not later than the 60th day (Acts 2019, 86th Leg., ch. 1326, from 2020-01-01).", Source: "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm", Checked: fixChecked, Since: 2},
	{ID: "tx-521.053-ag", Regime: "US-TX", Scope: "US-TX", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPITexas, EncryptionSafeHarbor: true, MinResidents: 250, Text: "the breach involves at least 250 Texas residents"}, Basis: tx + "(i) as added by HB 4390", From: "2020-01-01", To: "2023-09-01",
		Clock: "the date on which the person determines that the breach occurred", Note: "Added by HB 4390 from 2020-01-01; no AG duty before.", Source: "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm", Checked: fixChecked, Since: 2},
	{ID: "tx-521.053-ag", Regime: "US-TX", Scope: "US-TX", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPITexas, EncryptionSafeHarbor: true, MinResidents: 250, Text: "the breach involves at least 250 Texas residents"}, Basis: tx + "(i) as amended by SB 768", From: "2023-09-01",
		Clock: "the date on which the person determines that the breach occurred", Note: "As soon as practicable and not later than the 30th day (SB 768, 88th Leg., from 2023-09-01); AG electronic form.", Source: "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm", Checked: fixChecked, Since: 2},

	// ---- US: New York ----
	{ID: "ny-899-aa-residents", Regime: "US-NY", Scope: "US-NY", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPINewYork, HealthFrom: "2025-03-21", EncryptionSafeHarbor: true, Text: "private information of New York residents was, or is reasonably believed to have been, accessed or acquired without authorization (medical and health-insurance information from 2025-03-21)"},
		Basis:     ny + "(2)", To: "2024-12-21", Source: "https://www.nysenate.gov/legislation/laws/GBS/899-AA", Checked: fixChecked},
	{ID: "ny-899-aa-residents", Regime: "US-NY", Scope: "US-NY", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPINewYork, HealthFrom: "2025-03-21", EncryptionSafeHarbor: true, Text: "private information of New York residents was, or is reasonably believed to have been, accessed or acquired without authorization (medical and health-insurance information from 2025-03-21)"},
		Basis:     ny + "(2) as amended by S2659B", From: "2024-12-21", Source: "https://www.nysenate.gov/legislation/laws/GBS/899-AA", Checked: fixChecked},
	{ID: "ny-899-aa-ag", Regime: "US-NY", Scope: "US-NY", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Unit: None,
		Recipient: "New York Attorney General, Department of State and Division of State Police",
		Threshold: Threshold{Categories: usPINewYork, HealthFrom: "2025-03-21", EncryptionSafeHarbor: true, Text: "New York residents are to be notified of the breach"},
		Basis:     ny + "(8)(a)", Uncertain: true, Note: "No separate day count; send with or before the resident notice.", Source: "https://www.nysenate.gov/legislation/laws/GBS/899-AA", Checked: fixChecked},
	{ID: "ny-899-aa-controller", Regime: "US-NY", Scope: "US-NY", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPINewYork, HealthFrom: "2025-03-21", EncryptionSafeHarbor: true, Text: "private information it maintains for the owner was, or is reasonably believed to have been, accessed or acquired without authorization"}, Basis: ny + "(3)", Uncertain: true, Source: "https://www.nysenate.gov/legislation/laws/GBS/899-AA", Checked: fixChecked,
		Note: "Maintainer to the owner \"immediately\" following discovery per summaries; not confirmed in the statute text."},

	// ---- US: Maine ----
	{ID: "me-1348-residents", Regime: "US-ME", Scope: "US-ME", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Awareness, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIMaine, EncryptionSafeHarbor: true, Text: "personal information of Maine residents was acquired without authorization and its misuse has occurred or is reasonably possible"}, Basis: "10 M.R.S. §1348(1)",
		Note: "30 days after becoming aware and identifying the scope; the scope part is counsel's to confirm.", Until: 2, Source: "https://legislature.maine.gov/statutes/10/title10sec1348.html", Checked: fixChecked},
	{ID: "me-1348-ag", Regime: "US-ME", Scope: "US-ME", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIMaine, EncryptionSafeHarbor: true, MinResidents: 1, Text: "notice to Maine residents is required under subsection 1"}, Basis: "10 M.R.S. §1348(5)",
		Note: "Whenever resident notice is required; due with it.", Until: 2, Source: "https://legislature.maine.gov/statutes/10/title10sec1348.html", Checked: fixChecked},
	{ID: "me-1348-residents", Regime: "US-ME", Scope: "US-ME", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: ScopeIdentified, Unit: None,
		Threshold: Threshold{Categories: usPIMaine, EncryptionSafeHarbor: true, Text: "personal information of Maine residents was acquired without authorization and its misuse has occurred or is reasonably possible"}, Basis: "10 M.R.S. §1348(1) (before P.L. 2019, c. 512)",
		To: "2019-09-19", Clock: "the person becomes aware of a breach of security and identifies its scope", Uncertain: true,
		Note: "Before the 2019 amendment: as expediently as possible and without unreasonable delay. The amendment's effective date (2019-09-19, the general effective date of the 129th Legislature's first session) is not confirmed against the session law.", Source: "https://legislature.maine.gov/statutes/10/title10sec1348.html", Checked: fixChecked, Since: 2},
	{ID: "me-1348-residents", Regime: "US-ME", Scope: "US-ME", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: ScopeIdentified, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIMaine, EncryptionSafeHarbor: true, Text: "personal information of Maine residents was acquired without authorization and its misuse has occurred or is reasonably possible"}, Basis: "10 M.R.S. §1348(1)",
		From: "2019-09-19", Clock: "the person becomes aware of a breach of security and identifies its scope",
		Note: "No more than 30 days after becoming aware of the breach and identifying its scope (`scoped_at`; unknown: counted from awareness).", Source: "https://legislature.maine.gov/statutes/10/title10sec1348.html", Checked: fixChecked, Since: 2},
	{ID: "me-1348-ag", Regime: "US-ME", Scope: "US-ME", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: ConsumerNotice, Period: 0, Unit: CalendarDays,
		Recipient: "Maine Attorney General (or the person's regulator in the Department of Professional and Financial Regulation)",
		Threshold: Threshold{Categories: usPIMaine, EncryptionSafeHarbor: true, MinResidents: 1, Text: "notice to Maine residents is required under subsection 1"}, Basis: "10 M.R.S. §1348(5)",
		Clock: "the notice to Maine residents", Note: "§1348(5) sets no separate period: due when the resident notice is required, encoded as no later than it. A regulated person notifies its DPFR regulator instead of the AG.", Source: "https://legislature.maine.gov/statutes/10/title10sec1348.html", Checked: fixChecked, Since: 2},

	{ID: "me-1348-controller", Regime: "US-ME", Scope: "US-ME", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPIMaine, EncryptionSafeHarbor: true, Text: "personal information it maintains for the owner was, or is reasonably believed to have been, acquired without authorization"}, Basis: "10 M.R.S. §1348(2)", Uncertain: true,
		Note: "Third-party maintainer to owner, immediately.", Source: "https://legislature.maine.gov/statutes/10/title10sec1348.html", Checked: fixChecked},

	// ---- US: Connecticut ----
	{ID: "ct-36a-701b-residents", Regime: "US-CT", Scope: "US-CT", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "personal information of Connecticut residents was accessed or acquired without authorization, unless an investigation reasonably determines that the breach will not likely result in harm"}, Basis: "Conn. Gen. Stat. §36a-701b(b)", Until: 2, Source: "https://www.cga.ct.gov/current/pub/chap_669.htm#sec_36a-701b", Checked: fixChecked},
	{ID: "ct-36a-701b-ag", Regime: "US-CT", Scope: "US-CT", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 1, Text: "Connecticut residents are to be notified of the breach"}, Basis: "Conn. Gen. Stat. §36a-701b(b)(2)", Until: 2, Source: "https://www.cga.ct.gov/current/pub/chap_669.htm#sec_36a-701b", Checked: fixChecked},
	{ID: "ct-36a-701b-residents", Regime: "US-CT", Scope: "US-CT", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "personal information of Connecticut residents was accessed or acquired without authorization, unless an investigation reasonably determines that the breach will not likely result in harm"},
		Basis:     "Conn. Gen. Stat. §36a-701b(b) (before P.A. 15-142)", To: "2015-10-01", Uncertain: true,
		Note: "Before the 90-day limit: without unreasonable delay. That the 90 days began with P.A. 15-142 (S.B. 949) on 2015-10-01 is from secondary sources, not confirmed against the public act.", Source: "https://www.cga.ct.gov/current/pub/chap_669.htm#sec_36a-701b", Checked: fixChecked, Since: 2},
	{ID: "ct-36a-701b-residents", Regime: "US-CT", Scope: "US-CT", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 90, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "personal information of Connecticut residents was accessed or acquired without authorization, unless an investigation reasonably determines that the breach will not likely result in harm"},
		Basis:     "Conn. Gen. Stat. §36a-701b(b) as amended by P.A. 15-142", From: "2015-10-01", To: "2021-10-01", Clock: "the discovery of such breach", Uncertain: true,
		Note: "Not later than 90 days after discovery (as the AG's 2019 guidance states); the start date 2015-10-01 (P.A. 15-142) is not confirmed against the public act.", Source: "https://www.cga.ct.gov/current/pub/chap_669.htm#sec_36a-701b", Checked: fixChecked, Since: 2},
	{ID: "ct-36a-701b-residents", Regime: "US-CT", Scope: "US-CT", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "personal information of Connecticut residents was accessed or acquired without authorization, unless an investigation reasonably determines that the breach will not likely result in harm"},
		Basis:     "Conn. Gen. Stat. §36a-701b(b) as amended by P.A. 21-59", From: "2021-10-01", Clock: "the discovery of such breach",
		Note: "Without unreasonable delay but not later than 60 days after discovery (P.A. 21-59 from 2021-10-01).", Source: "https://www.cga.ct.gov/current/pub/chap_669.htm#sec_36a-701b", Checked: fixChecked, Since: 2},
	{ID: "ct-36a-701b-ag", Regime: "US-CT", Scope: "US-CT", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: ConsumerNotice, Period: 0, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 1, Text: "Connecticut residents are to be notified of the breach"}, Basis: "Conn. Gen. Stat. §36a-701b(b)(2)",
		Clock: "the notice to Connecticut residents", Note: "Not later than the time notice is provided to residents; electronic form.", Source: "https://www.cga.ct.gov/current/pub/chap_669.htm#sec_36a-701b", Checked: fixChecked, Since: 2},

	// ---- US: other states, not re-verified (breach-law.md): uncertain ----
	{ID: "az-18-552-residents", Regime: "US-AZ", Scope: "US-AZ", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "unencrypted personal information of Arizona residents was acquired or accessed without authorization, unless an investigation determines that the breach has not resulted in and is not reasonably likely to result in substantial economic loss"}, Basis: "A.R.S. §18-552", Uncertain: true, Until: 2, Source: "https://www.azleg.gov/ars/18/00552.htm", Checked: fixChecked},
	{ID: "az-18-552-ag", Regime: "US-AZ", Scope: "US-AZ", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "the breach requires notice to more than 1,000 Arizona residents"}, Basis: "A.R.S. §18-552", Uncertain: true, Until: 2, Source: "https://www.azleg.gov/ars/18/00552.htm", Checked: fixChecked},
	{ID: "az-18-552-residents", Regime: "US-AZ", Scope: "US-AZ", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Unit: None,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "unencrypted personal information of Arizona residents was acquired or accessed without authorization, unless an investigation determines that the breach has not resulted in and is not reasonably likely to result in substantial economic loss"},
		Basis:     "A.R.S. §18-552 (before HB 2154)", To: "2018-08-03", Uncertain: true,
		Note: "Before HB 2154 (2018): most expedient manner possible and without unreasonable delay; no AG or CRA notice. The older, narrower definition is not encoded.", Source: "https://www.azleg.gov/ars/18/00552.htm", Checked: fixChecked, Since: 2},
	{ID: "az-18-552-residents", Regime: "US-AZ", Scope: "US-AZ", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "unencrypted personal information of Arizona residents was acquired or accessed without authorization, unless an investigation determines that the breach has not resulted in and is not reasonably likely to result in substantial economic loss"},
		Basis:     "A.R.S. §18-552(B) as amended by HB 2154", From: "2018-08-03", Uncertain: true, Clock: "the determination that there has been a security system breach",
		Note: "Within 45 days after determining that a breach occurred (HB 2154, Laws 2018, ch. 177, from 2018-08-03, per the AG's announcement); the statute text itself was not read this pass.", Source: "https://www.azleg.gov/ars/18/00552.htm", Checked: fixChecked, Since: 2},
	{ID: "az-18-552-ag", Regime: "US-AZ", Scope: "US-AZ", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "the breach requires notice to more than 1,000 Arizona residents"}, Basis: "A.R.S. §18-552(B)(2) as amended by HB 2154", From: "2018-08-03", Uncertain: true,
		Clock: "the determination that there has been a security system breach", Note: "Added by HB 2154 from 2018-08-03 (more than 1,000 individuals); the 45 days for the AG are not confirmed for 2018-2022 (HB 2146 of 2022 states them, and adds the Director of the Arizona Department of Homeland Security, which is not encoded).", Source: "https://www.azleg.gov/ars/18/00552.htm", Checked: fixChecked, Since: 2},
	{ID: "az-18-552-cra", Regime: "US-AZ", Scope: "US-AZ", Audience: "cra", Notifier: "controller", Trigger: Determination, Period: 45, Unit: CalendarDays,
		Recipient: "The three largest nationwide consumer reporting agencies",
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "the breach requires notice to more than 1,000 Arizona residents"}, Basis: "A.R.S. §18-552(B)(2) as amended by HB 2154", From: "2018-08-03", Uncertain: true,
		Clock: "the determination that there has been a security system breach", Note: "Added by HB 2154 with the AG notice (Equifax, Experian, TransUnion); whether the 45 days bind this notice is not confirmed.", Source: "https://www.azleg.gov/ars/18/00552.htm", Checked: fixChecked, Since: 2},
	{ID: "vt-2435-residents", Regime: "US-VT", Scope: "US-VT", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "personally identifiable information or login credentials of Vermont consumers were, or are reasonably believed to have been, acquired without authorization"}, Basis: "9 V.S.A. §2435", Uncertain: true, Source: "https://legislature.vermont.gov/statutes/section/09/062/02435", Checked: fixChecked,
		Note: "45 days from discovery per secondary sources; the 2020 amendment that added login credentials (Act 89) is not dated in this row."},
	{ID: "vt-2435-ag", Regime: "US-VT", Scope: "US-VT", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 14, Unit: BusinessDays, Calendar: "US",
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 1, Text: "personally identifiable information or login credentials of Vermont consumers were, or are reasonably believed to have been, acquired without authorization"}, Basis: "9 V.S.A. §2435(b)(3)", Uncertain: true, Until: 2, Source: "https://legislature.vermont.gov/statutes/section/09/062/02435", Checked: fixChecked},
	{ID: "vt-2435-ag", Regime: "US-VT", Scope: "US-VT", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 14, Unit: BusinessDays, Calendar: "US-VT",
		Threshold: Threshold{Categories: append(slices.Clone(fixUSPIVermontAG), "credentials"), EncryptionSafeHarbor: true, MinResidents: 1, Text: "personally identifiable information or login credentials of Vermont consumers were, or are reasonably believed to have been, acquired without authorization (credentials only where acquired directly from the data collector or its agent, as they are from our systems)"},
		Basis:     "9 V.S.A. §2435(b)(3)", Uncertain: true, Clock: "the data collector's discovery of the security breach",
		Note: "Preliminary notice within 14 business days of discovery or of the consumer notice, whichever is sooner (only discovery is counted); Vermont legal holidays (1 V.S.A. §371). A breach limited to login credentials needs this notice only when the credentials were acquired directly from the data collector or its agent; every breach this tool handles is of our systems (ours, or the customer's agent's), so the exception is not applied. Regulated by DFR: notice to DFR instead.", Source: "https://legislature.vermont.gov/statutes/section/09/062/02435", Checked: fixChecked, Since: 2},
	{ID: "or-646a.604-residents", Regime: "US-OR", Scope: "US-OR", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "personal information of Oregon consumers was accessed or acquired without authorization, unless an investigation reasonably determines that the consumers are unlikely to suffer harm"}, Basis: "ORS 646A.604", Uncertain: true, Until: 2, Source: "https://www.oregonlegislature.gov/bills_laws/ors/ors646A.html", Checked: fixChecked},
	{ID: "or-646a.604-ag", Regime: "US-OR", Scope: "US-OR", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 250, Strict: true, Text: "the breach requires notice to more than 250 Oregon consumers"}, Basis: "ORS 646A.604", Uncertain: true, Until: 2, Source: "https://www.oregonlegislature.gov/bills_laws/ors/ors646A.html", Checked: fixChecked},
	{ID: "or-646a.604-residents", Regime: "US-OR", Scope: "US-OR", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "personal information of Oregon consumers was accessed or acquired without authorization, unless an investigation reasonably determines that the consumers are unlikely to suffer harm"},
		Basis:     "ORS 646A.604 (before SB 1551)", To: "2018-06-02", Uncertain: true,
		Note: "Before SB 1551 (2018): most expeditious manner possible and without unreasonable delay. The 2018-06-02 start of the 45 days is not confirmed against the session law.", Source: "https://www.oregonlegislature.gov/bills_laws/ors/ors646A.html", Checked: fixChecked, Since: 2},
	{ID: "or-646a.604-residents", Regime: "US-OR", Scope: "US-OR", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "personal information of Oregon consumers was accessed or acquired without authorization, unless an investigation reasonably determines that the consumers are unlikely to suffer harm"},
		Basis:     "ORS 646A.604(3) as amended by SB 1551", From: "2018-06-02", Uncertain: true, Clock: "discovering or receiving notification of the breach of security",
		Note: "Not later than 45 days after discovery; start date 2018-06-02 not confirmed against the session law.", Source: "https://www.oregonlegislature.gov/bills_laws/ors/ors646A.html", Checked: fixChecked, Since: 2},
	{ID: "or-646a.604-ag", Regime: "US-OR", Scope: "US-OR", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 250, Strict: true, Text: "the breach requires notice to more than 250 Oregon consumers"}, Basis: "ORS 646A.604(1)(b) (before SB 1551)", To: "2018-06-02", Uncertain: true,
		Note: "AG notice when more than 250 consumers, without a fixed period, before SB 1551; when the AG duty began (2016-01-01, SB 601?) is not confirmed, so it is not dated.", Source: "https://www.oregonlegislature.gov/bills_laws/ors/ors646A.html", Checked: fixChecked, Since: 2},
	{ID: "or-646a.604-ag", Regime: "US-OR", Scope: "US-OR", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 250, Strict: true, Text: "the breach requires notice to more than 250 Oregon consumers"}, Basis: "ORS 646A.604(1)(b) as amended by SB 1551", From: "2018-06-02", Uncertain: true,
		Clock: "discovering or receiving notification of the breach of security", Note: "§646A.604(1)(b): AG notice when more than 250 consumers are to be notified; the 45 days of (3)(a) are read as binding both notices, which counsel should confirm.", Source: "https://www.oregonlegislature.gov/bills_laws/ors/ors646A.html", Checked: fixChecked, Since: 2},
	{ID: "or-646a.604-controller", Regime: "US-OR", Scope: "US-OR", Audience: "controller", Notifier: "processor", Trigger: Discovery, Period: 10, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "a breach of security of personal information it maintains for the covered entity was discovered or reasonably believed to have occurred"},
		Basis:     "ORS 646A.604(2) as amended by SB 684", From: "2020-01-01", Uncertain: true, Clock: "discovering a breach of security or having reason to believe one occurred",
		Note: "Vendor to covered entity as soon as practicable and within 10 days. The vendor's own AG notice (more than 250 consumers or an unknown number) is not expressible: the engine drafts processor notices to the controller only. Effective date 2020-01-01 not confirmed.", Source: "https://www.oregonlegislature.gov/bills_laws/ors/ors646A.html", Checked: fixChecked, Since: 2},
	{ID: "de-12b-102-residents", Regime: "US-DE", Scope: "US-DE", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "personal information of Delaware residents was acquired without authorization, unless an investigation reasonably determines that the breach is unlikely to result in harm"}, Basis: "6 Del. C. §12B-102", Uncertain: true, Until: 2, Source: "https://delcode.delaware.gov/title6/c012b/index.html", Checked: fixChecked},
	{ID: "de-12b-102-ag", Regime: "US-DE", Scope: "US-DE", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "the breach requires notice to more than 500 Delaware residents"}, Basis: "6 Del. C. §12B-102", Uncertain: true, Until: 2, Source: "https://delcode.delaware.gov/title6/c012b/index.html", Checked: fixChecked},
	{ID: "de-12b-102-residents", Regime: "US-DE", Scope: "US-DE", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Unit: None,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "personal information of Delaware residents was acquired without authorization, unless an investigation reasonably determines that the breach is unlikely to result in harm"},
		Basis:     "6 Del. C. §12B-102(a) (before HB 180)", To: "2018-04-14", Uncertain: true,
		Note: "Before HB 180 (81 Del. Laws c. 129): most expedient time possible and without unreasonable delay; no AG notice. The older definition is not encoded.", Source: "https://delcode.delaware.gov/title6/c012b/index.html", Checked: fixChecked, Since: 2},
	{ID: "de-12b-102-residents", Regime: "US-DE", Scope: "US-DE", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "personal information of Delaware residents was acquired without authorization, unless an investigation reasonably determines that the breach is unlikely to result in harm"},
		Basis:     "6 Del. C. §12B-102(c) as amended by HB 180", From: "2018-04-14", Uncertain: true, Clock: "the determination of the breach of security",
		Note: "Without unreasonable delay but not later than 60 days after determination of the breach of security (§12B-101(2): sufficient evidence to conclude a breach took place); HB 180, 81 Del. Laws c. 129, from 2018-04-14.", Source: "https://delcode.delaware.gov/title6/c012b/index.html", Checked: fixChecked, Since: 2},
	{ID: "de-12b-102-ag", Regime: "US-DE", Scope: "US-DE", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: ConsumerNotice, Period: 0, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "the breach requires notice to more than 500 Delaware residents"}, Basis: "6 Del. C. §12B-102(d) as added by HB 180", From: "2018-04-14", Uncertain: true,
		Clock: "the notice to Delaware residents", Note: "When more than 500 residents are to be notified (§12B-102(d)); timing encoded as no later than the resident notice, which is not confirmed against the statute text: counsel to confirm.", Source: "https://delcode.delaware.gov/title6/c012b/index.html", Checked: fixChecked, Since: 2},
	{ID: "de-12b-102-controller", Regime: "US-DE", Scope: "US-DE", Audience: "controller", Notifier: "processor", Trigger: Determination, Unit: None,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "personal information it maintains for the owner or licensee was acquired without authorization"},
		Basis:     "6 Del. C. §12B-102(b)", Uncertain: true, Clock: "the determination of a breach of security",
		Note: "Maintainer to owner or licensee immediately following determination of the breach, sharing the information relevant to it.", Source: "https://delcode.delaware.gov/title6/c012b/index.html", Checked: fixChecked, Since: 2},
	{ID: "al-8-38-residents", Regime: "US-AL", Scope: "US-AL", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "sensitive personally identifying information of Alabama individuals was acquired without authorization and is reasonably likely to cause them substantial harm"}, Basis: "Ala. Code §8-38-5", Uncertain: true, Until: 2, Source: "https://alisondb.legislature.state.al.us/alison/CodeOfAlabama/1975/Coatoc.htm", Checked: fixChecked},
	{ID: "al-8-38-residents", Regime: "US-AL", Scope: "US-AL", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: fixUSPIAlabama, EncryptionSafeHarbor: true, Text: "sensitive personally identifying information of Alabama individuals was acquired without authorization and is reasonably likely to cause them substantial harm"},
		Basis:     "Ala. Code §8-38-5(b)", From: "2018-06-01", Uncertain: true, Clock: "the determination both that a breach of security occurred and that it is reasonably likely to cause substantial harm",
		Note: "Act 2018-396, from 2018-06-01 (no Alabama breach law before). Sensitive personally identifying information has no biometric element (§8-38-2(6)). Not re-read against the statute this pass.", Source: "https://alisondb.legislature.state.al.us/alison/CodeOfAlabama/1975/Coatoc.htm", Checked: fixChecked, Since: 2},
	{ID: "al-8-38-ag", Regime: "US-AL", Scope: "US-AL", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: fixUSPIAlabama, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "the breach requires notice to more than 1,000 Alabama individuals"},
		Basis:     "Ala. Code §8-38-6", From: "2018-06-01", Uncertain: true, Clock: "the determination both that a breach of security occurred and that it is reasonably likely to cause substantial harm",
		Note: "Act 2018-396. Not re-read against the statute this pass.", Source: "https://alisondb.legislature.state.al.us/alison/CodeOfAlabama/1975/Coatoc.htm", Checked: fixChecked, Since: 2},
	{ID: "al-8-38-cra", Regime: "US-AL", Scope: "US-AL", Audience: "cra", Notifier: "controller", Trigger: Determination, Unit: None,
		Threshold: Threshold{Categories: fixUSPIAlabama, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "the breach requires notice to more than 1,000 Alabama individuals"},
		Basis:     "Ala. Code §8-38-7", From: "2018-06-01", Uncertain: true,
		Note: "Without unreasonable delay; no fixed period. Not re-read against the statute this pass.", Source: "https://alisondb.legislature.state.al.us/alison/CodeOfAlabama/1975/Coatoc.htm", Checked: fixChecked, Since: 2},
	{ID: "al-8-38-controller", Regime: "US-AL", Scope: "US-AL", Audience: "controller", Notifier: "processor", Trigger: Discovery, Period: 10, Unit: CalendarDays,
		Threshold: Threshold{Categories: fixUSPIAlabama, EncryptionSafeHarbor: true, Text: "a breach of security of data it maintains, stores or processes for the covered entity occurred or is reasonably believed to have occurred"},
		Basis:     "Ala. Code §8-38-8", From: "2018-06-01", Uncertain: true, Clock: "the determination of a breach of security or reason to believe the breach occurred",
		Note: "Third-party agent to covered entity as expeditiously as possible and no later than 10 days (Act 2018-396, §8).", Source: "https://alisondb.legislature.state.al.us/alison/CodeOfAlabama/1975/Coatoc.htm", Checked: fixChecked, Since: 2},

	// ---- US federal, only when the organisation says so ----
	{ID: "hipaa-164.410-controller", Regime: "HIPAA", Scope: ScopeUS, Audience: "controller", Notifier: "processor", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: []string{"health"}, EncryptionSafeHarbor: true, Text: "unsecured protected health information was breached"}, Basis: "45 CFR §164.410",
		Requires: "hipaa_business_associate", Note: "Business associate to covered entity, without unreasonable delay.", Source: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D", Checked: fixChecked},
	{ID: "hipaa-164.410-ba", Regime: "HIPAA", Scope: ScopeUS, Audience: "controller", Notifier: "controller", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Recipient: "Covered entity", Threshold: Threshold{Categories: []string{"health"}, EncryptionSafeHarbor: true, Text: "unsecured protected health information was breached"}, Basis: "45 CFR §164.410",
		Requires: "hipaa_business_associate", Note: "We are the business associate of our covered-entity customers.", Source: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D", Checked: fixChecked},
	{ID: "hipaa-164.404-individuals", Regime: "HIPAA", Scope: ScopeUS, Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: []string{"health"}, EncryptionSafeHarbor: true, Text: "unsecured protected health information of the individual was breached"}, Basis: "45 CFR §164.404", Requires: "hipaa_covered_entity", Source: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D", Checked: fixChecked},
	{ID: "hipaa-164.408-hhs", Regime: "HIPAA", Scope: ScopeUS, Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Recipient: "US Department of Health and Human Services (OCR)",
		Threshold: Threshold{Categories: []string{"health"}, EncryptionSafeHarbor: true, Special: "hipaa-hhs", Text: "unsecured protected health information was breached; for 500 or more individuals the Secretary is notified with the individual notice, for fewer within 60 days after the end of the calendar year"},
		Basis:     "45 CFR §164.408", Requires: "hipaa_covered_entity", Source: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D", Checked: fixChecked},
	{ID: "hipaa-164.406-media", Regime: "HIPAA", Scope: ScopeUS, Audience: "authority", Notifier: "controller", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Recipient: "Prominent media outlets serving the State",
		Threshold: Threshold{Categories: []string{"health"}, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Special: "per-state", Text: "unsecured protected health information of more than 500 residents of a State or jurisdiction was breached"},
		Basis:     "45 CFR §164.406", Requires: "hipaa_covered_entity", Clock: "discovery of the breach",
		Note: "One duty per State or jurisdiction with more than 500 affected residents. No notice template yet (a press release to prominent media outlets serving the State).", Source: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D", Checked: fixChecked, Since: 2},
	{ID: "sec-8k-1.05", Regime: "SEC", Scope: ScopeUS, Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Assessment, Period: 4, Unit: BusinessDays, Calendar: "US",
		Recipient: "US Securities and Exchange Commission (Form 8-K Item 1.05)",
		Threshold: Threshold{Special: "material", Text: "the registrant has determined the cybersecurity incident to be material (`material`)"}, Basis: "Form 8-K Item 1.05", Requires: "sec_registrant",
		Note: "4 business days after the materiality determination (`assessed_at`).", Until: 2, Source: "https://www.sec.gov/files/form8-k.pdf", Checked: fixChecked},
	{ID: "sec-8k-1.05", Regime: "SEC", Scope: ScopeUS, Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Assessment, Period: 4, Unit: BusinessDays, Calendar: "US",
		Recipient: "US Securities and Exchange Commission (Form 8-K Item 1.05)",
		Threshold: Threshold{Special: "material", Text: "the registrant has determined the cybersecurity incident to be material (`material`)"}, Basis: "Form 8-K Item 1.05", Requires: "sec_registrant",
		From: "2023-12-18", Clock: "the registrant's determination that the incident is material",
		Note: "4 business days after the materiality determination (`assessed_at`). Release 33-11216: from 2023-12-18; smaller reporting companies from 2024-06-15 (not distinguished).", Source: "https://www.sec.gov/files/form8-k.pdf", Checked: fixChecked, Since: 2},
}
