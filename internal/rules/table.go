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
)

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
		Basis: "GDPR Art. 33(2)", Note: "Every breach affecting the controller's data; the processor does not assess risk first (EDPB 9/2022). Contracts often set 24-72 h: `notice_hours`."},
	{ID: "gdpr-33-authority", Regime: "GDPR", Scope: ScopeEEA, Audience: "authority", Notifier: "controller", Trigger: Awareness, Period: 72, Unit: Hours,
		Threshold: Threshold{MinRisk: "risk", Text: "not when unlikely to result in a risk (then: register only, Art. 33(5))"},
		Basis:     "GDPR Art. 33(1)", NoticeKind: "authority", Language: "en",
		Note: "Lead authority under Art. 56 when the controller has an EU/EEA establishment; otherwise every authority where affected subjects reside (EDPB 9/2022 ¶73). Late notices give reasons. The Digital Omnibus proposal (96 h, high risk only) is not law."},
	{ID: "gdpr-34-subjects", Regime: "GDPR", Scope: ScopeEEA, Audience: "subjects", Notifier: "controller", Trigger: Awareness, Unit: None,
		Threshold: Threshold{MinRisk: "high", EncryptionSafeHarbor: true, Text: "high risk; not when encrypted with the key safe (Art. 34(3)(a))"},
		Basis:     "GDPR Art. 34(1)", NoticeKind: "subjects", Language: "en"},

	// ---- UK GDPR ----
	{ID: "uk-gdpr-33-2-controller", Regime: "UK GDPR", Scope: "GB", Audience: "controller", Notifier: "processor", Trigger: Awareness, Unit: None,
		Basis: "UK GDPR Art. 33(2)"},
	{ID: "uk-gdpr-33-authority", Regime: "UK GDPR", Scope: "GB", Audience: "authority", Notifier: "controller", Trigger: Awareness, Period: 72, Unit: Hours,
		Threshold: Threshold{MinRisk: "risk", Text: "not when unlikely to result in a risk"},
		Basis:     "UK GDPR Art. 33(1)", NoticeKind: "authority", Language: "en", Note: "ICO online form."},
	{ID: "uk-gdpr-34-subjects", Regime: "UK GDPR", Scope: "GB", Audience: "subjects", Notifier: "controller", Trigger: Awareness, Unit: None,
		Threshold: Threshold{MinRisk: "high", EncryptionSafeHarbor: true, Text: "high risk; not when encrypted with the key safe"},
		Basis:     "UK GDPR Art. 34(1)", NoticeKind: "subjects", Language: "en"},

	// ---- Turkey: KVKK ----
	{ID: "kvkk-controller", Regime: "KVKK", Scope: "TR", Audience: "controller", Notifier: "processor", Trigger: Awareness, Unit: None,
		Threshold: Threshold{Nature: []string{"confidentiality"}, Text: "personal data obtained by others unlawfully"},
		Basis:     "KVKK Board Decision 2019/10", Note: "\"Gecikmeksizin\" (without delay)."},
	{ID: "kvkk-board", Regime: "KVKK", Scope: "TR", Audience: "authority", Notifier: "controller", Trigger: Awareness, Period: 72, Unit: Hours,
		Threshold: Threshold{Nature: []string{"confidentiality"}, Text: "personal data obtained by others unlawfully (Art. 12(5)); no risk threshold or exemption"},
		Basis:     "KVKK Art. 12(5); Board Decision 2019/10", NoticeKind: "kvkk-board", Language: "tr",
		Note: "Reasons required if late. Reach over a controller with no Turkish establishment is unsettled: uncertain then."},
	{ID: "kvkk-subjects", Regime: "KVKK", Scope: "TR", Audience: "subjects", Notifier: "controller", Trigger: Awareness, Unit: None,
		Threshold: Threshold{Nature: []string{"confidentiality"}, Text: "same trigger; no exemption"},
		Basis:     "KVKK Art. 12(5); Board Decisions 2019/10 and 2019/271", NoticeKind: "kvkk-subjects", Language: "tr",
		Note: "Shortest reasonable time after the affected persons are identified; directly where reachable, else website publication."},

	// ---- Switzerland: revFADP ----
	{ID: "fadp-24-controller", Regime: "revFADP", Scope: "CH", Audience: "controller", Notifier: "processor", Trigger: Awareness, Unit: None,
		Basis: "FADP Art. 24(3)", Note: "Any breach, as quickly as possible."},
	{ID: "fadp-24-authority", Regime: "revFADP", Scope: "CH", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Unit: None,
		Recipient: "Federal Data Protection and Information Commissioner (FDPIC)",
		Threshold: Threshold{MinRisk: "high", Text: "likely to lead to a high risk"}, Basis: "FADP Art. 24(1)"},
	{ID: "fadp-24-subjects", Regime: "revFADP", Scope: "CH", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Awareness, Unit: None,
		Threshold: Threshold{MinRisk: "high", Text: "if required for their protection or if the FDPIC requests it"}, Basis: "FADP Art. 24(4)", Uncertain: true,
		Note: "Whether notice is \"required for their protection\" is a judgment: treated as high risk."},

	// ---- Brazil: LGPD ----
	{ID: "lgpd-48-authority", Regime: "LGPD", Scope: "BR", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Period: 3, Unit: BusinessDays, Calendar: "BR",
		Recipient: "Autoridade Nacional de Proteção de Dados (ANPD)",
		Threshold: Threshold{Special: "lgpd", Text: "relevant risk or damage: may significantly affect data subjects (risk or high) and involves sensitive, children's, financial or authentication data, or large scale"},
		Basis:     "LGPD Art. 48; Resolution CD/ANPD 15/2024 Art. 6", From: "2024-04-26",
		Note: "3 business days from knowing that personal data was affected; 6 for small processing agents. Brazilian national holidays. Supplementary information within 20 business days."},
	{ID: "lgpd-48-subjects", Regime: "LGPD", Scope: "BR", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Awareness, Period: 3, Unit: BusinessDays, Calendar: "BR",
		Threshold: Threshold{Special: "lgpd", Text: "same test as the ANPD notice"},
		Basis:     "LGPD Art. 48; Resolution CD/ANPD 15/2024 Art. 9", From: "2024-04-26"},

	// ---- Canada: PIPEDA ----
	{ID: "pipeda-10.1-authority", Regime: "PIPEDA", Scope: "CA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Unit: None,
		Recipient: "Office of the Privacy Commissioner of Canada",
		Threshold: Threshold{MinRisk: "risk", Special: "rrosh", Text: "real risk of significant harm (high; risk is marked uncertain)"},
		Basis:     "PIPEDA s.10.1(1)", Note: "As soon as feasible after determining the breach occurred. Records of all breaches kept 24 months."},
	{ID: "pipeda-10.1-subjects", Regime: "PIPEDA", Scope: "CA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Unit: None,
		Threshold: Threshold{MinRisk: "risk", Special: "rrosh", Text: "real risk of significant harm"}, Basis: "PIPEDA s.10.1(3)"},

	// ---- Australia: Privacy Act, NDB scheme ----
	{ID: "ndb-assessment", Regime: "Privacy Act (NDB)", Scope: "AU", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Period: 30, Unit: CalendarDays,
		Recipient: "Office of the Australian Information Commissioner (assessment)",
		Threshold: Threshold{Special: "suspected", Text: "a suspected breach not yet assessed as eligible (risk below high)"},
		Basis:     "Privacy Act 1988 (Cth) s.26WH(2)", Note: "Reasonable and expeditious assessment within 30 days of suspecting an eligible data breach; the statement to the OAIC follows as soon as practicable if it is eligible."},
	{ID: "ndb-authority", Regime: "Privacy Act (NDB)", Scope: "AU", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Assessment, Unit: None,
		Recipient: "Office of the Australian Information Commissioner",
		Threshold: Threshold{MinRisk: "high", Text: "eligible data breach: likely to result in serious harm"}, Basis: "Privacy Act 1988 (Cth) s.26WK"},
	{ID: "ndb-subjects", Regime: "Privacy Act (NDB)", Scope: "AU", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Assessment, Unit: None,
		Threshold: Threshold{MinRisk: "high", Text: "eligible data breach"}, Basis: "Privacy Act 1988 (Cth) s.26WL"},

	// ---- Singapore: PDPA ----
	{ID: "pdpa-26c-controller", Regime: "PDPA", Scope: "SG", Audience: "controller", Notifier: "processor", Trigger: Awareness, Unit: None,
		Basis: "PDPA 2012 s.26C(3)(a)", Note: "Data intermediary to the organisation, without undue delay."},
	{ID: "pdpa-26d-authority", Regime: "PDPA", Scope: "SG", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Assessment, Period: 3, Unit: CalendarDays,
		Recipient: "Personal Data Protection Commission",
		Threshold: Threshold{Special: "pdpa", Text: "significant harm likely (high) or significant scale (at least 500 individuals)"},
		Basis:     "PDPA 2012 s.26D(1)", Note: "No later than 3 calendar days after the day of the assessment that the breach is notifiable (`assessed_at`)."},
	{ID: "pdpa-26d-subjects", Regime: "PDPA", Scope: "SG", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Assessment, Unit: None,
		Threshold: Threshold{MinRisk: "high", Text: "significant harm likely (not for scale alone)"}, Basis: "PDPA 2012 s.26D(2)"},

	// ---- Canada: Québec Law 25 (not verified) ----
	{ID: "qc-law25-authority", Regime: "Québec Law 25", Scope: "CA-QC", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Unit: None,
		Recipient: "Commission d'accès à l'information", Threshold: Threshold{MinRisk: "high", Text: "risk of serious injury"},
		Basis: "Act respecting the protection of personal information in the private sector s.3.5", Uncertain: true, Note: "\"Promptly\"; French-language requirements may apply."},

	// ---- India: DPDP Act, Rule 7 (from about 13 May 2027) ----
	{ID: "dpdp-7-board", Regime: "DPDP", Scope: "IN", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Period: 72, Unit: Hours,
		Recipient: "Data Protection Board of India", Threshold: Threshold{Text: "any personal data breach; no risk threshold"},
		Basis: "DPDP Act 2023 s.8(6); DPDP Rules 2025 Rule 7(2)", From: "2027-05-13", Uncertain: true,
		Note: "Intimation without delay, detailed report within 72 hours. Commencement date not confirmed."},
	{ID: "dpdp-7-principals", Regime: "DPDP", Scope: "IN", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Awareness, Unit: None,
		Threshold: Threshold{Text: "any personal data breach"}, Basis: "DPDP Rules 2025 Rule 7(1)", From: "2027-05-13", Uncertain: true},

	// ---- US: California ----
	{ID: "ca-1798.82-controller", Regime: "US-CA", Scope: "US-CA", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPICalifornia, EncryptionSafeHarbor: true, Text: "PI acquired"}, Basis: ca + "(b)",
		Note: "Service provider to owner, immediately following discovery."},
	{ID: "ca-1798.82-residents", Regime: "US-CA", Scope: "US-CA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPICalifornia, EncryptionSafeHarbor: true, Text: "unencrypted PI (contact data alone is not PI)"},
		Basis:     ca + "(a)", To: "2026-01-01", Note: "Most expedient time possible and without unreasonable delay."},
	{ID: "ca-1798.82-residents", Regime: "US-CA", Scope: "US-CA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPICalifornia, EncryptionSafeHarbor: true, Text: "unencrypted PI (contact data alone is not PI)"},
		Basis:     ca + "(a) as amended by SB 446", From: "2026-01-01", Note: "Within 30 calendar days of discovery or notification of the breach; \"Notice of Data Breach\" with five headings."},
	{ID: "ca-1798.82-ag", Regime: "US-CA", Scope: "US-CA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: ConsumerNotice, Unit: None,
		Threshold: Threshold{Categories: usPICalifornia, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "notice to more than 500 California residents"},
		Basis:     ca + "(f)", To: "2026-01-01", Note: "Sample copy of the consumer notice; no fixed period."},
	{ID: "ca-1798.82-ag", Regime: "US-CA", Scope: "US-CA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: ConsumerNotice, Period: 15, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPICalifornia, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "notice to more than 500 California residents"},
		Basis:     ca + "(f) as amended by SB 446", From: "2026-01-01", Note: "Within 15 calendar days of notifying consumers; electronic submission."},

	// ---- US: Colorado ----
	{ID: "co-6-1-716-residents", Regime: "US-CO", Scope: "US-CO", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIColorado, EncryptionSafeHarbor: true, Text: "unencrypted PI acquired"}, Basis: "C.R.S. §6-1-716(2)"},
	{ID: "co-6-1-716-ag", Regime: "US-CO", Scope: "US-CO", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIColorado, EncryptionSafeHarbor: true, MinResidents: 500, Text: "at least 500 Colorado residents"}, Basis: "C.R.S. §6-1-716(2)(f)"},
	{ID: "co-6-1-716-controller", Regime: "US-CO", Scope: "US-CO", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPIColorado, EncryptionSafeHarbor: true, Text: "PI"}, Basis: "C.R.S. §6-1-716(2)(b)", Uncertain: true},

	// ---- US: Florida ----
	{ID: "fl-501.171-residents", Regime: "US-FL", Scope: "US-FL", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIFlorida, EncryptionSafeHarbor: true, Text: "unauthorised access to PI"}, Basis: "Fla. Stat. §501.171(4)",
		Note: "+15 days with written good cause given within the 30 days."},
	{ID: "fl-501.171-ag", Regime: "US-FL", Scope: "US-FL", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIFlorida, EncryptionSafeHarbor: true, MinResidents: 500, Text: "at least 500 Florida individuals"}, Basis: "Fla. Stat. §501.171(3)"},
	{ID: "fl-501.171-controller", Regime: "US-FL", Scope: "US-FL", Audience: "controller", Notifier: "processor", Trigger: Determination, Period: 10, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIFlorida, EncryptionSafeHarbor: true, Text: "PI"}, Basis: "Fla. Stat. §501.171(6)"},

	// ---- US: Washington ----
	{ID: "wa-19.255-residents", Regime: "US-WA", Scope: "US-WA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIWashington, EncryptionSafeHarbor: true, Text: "unsecured PI acquired"}, Basis: "RCW 19.255.010(8)"},
	{ID: "wa-19.255-ag", Regime: "US-WA", Scope: "US-WA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIWashington, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "more than 500 Washington residents"}, Basis: "RCW 19.255.010(7)"},
	{ID: "wa-19.255-controller", Regime: "US-WA", Scope: "US-WA", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPIWashington, EncryptionSafeHarbor: true, Text: "PI"}, Basis: "RCW 19.255.010(2)", Uncertain: true},

	// ---- US: Texas ----
	{ID: "tx-521.053-residents", Regime: "US-TX", Scope: "US-TX", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPITexas, EncryptionSafeHarbor: true, Text: "sensitive PI (credentials alone do not trigger)"}, Basis: tx + "(b)"},
	{ID: "tx-521.053-ag", Regime: "US-TX", Scope: "US-TX", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPITexas, EncryptionSafeHarbor: true, MinResidents: 250, Text: "at least 250 Texas residents"}, Basis: tx + "(i)", To: "2023-09-01"},
	{ID: "tx-521.053-ag", Regime: "US-TX", Scope: "US-TX", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPITexas, EncryptionSafeHarbor: true, MinResidents: 250, Text: "at least 250 Texas residents"}, Basis: tx + "(i) as amended by SB 768", From: "2023-09-01",
		Note: "AG electronic form."},
	{ID: "tx-521.053-controller", Regime: "US-TX", Scope: "US-TX", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPITexas, EncryptionSafeHarbor: true, Text: "sensitive PI"}, Basis: tx + "(c)", Uncertain: true},

	// ---- US: New York ----
	{ID: "ny-899-aa-residents", Regime: "US-NY", Scope: "US-NY", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPINewYork, HealthFrom: "2025-03-21", EncryptionSafeHarbor: true, Text: "private information accessed or acquired (medical and health insurance data from 2025-03-21)"},
		Basis:     ny + "(2)", To: "2024-12-21"},
	{ID: "ny-899-aa-residents", Regime: "US-NY", Scope: "US-NY", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPINewYork, HealthFrom: "2025-03-21", EncryptionSafeHarbor: true, Text: "private information accessed or acquired (medical and health insurance data from 2025-03-21)"},
		Basis:     ny + "(2) as amended by S2659B", From: "2024-12-21"},
	{ID: "ny-899-aa-ag", Regime: "US-NY", Scope: "US-NY", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Unit: None,
		Recipient: "New York Attorney General, Department of State and Division of State Police",
		Threshold: Threshold{Categories: usPINewYork, HealthFrom: "2025-03-21", EncryptionSafeHarbor: true, Text: "whenever residents are notified"},
		Basis:     ny + "(8)(a)", Uncertain: true, Note: "No separate day count; send with or before the resident notice."},
	{ID: "ny-899-aa-controller", Regime: "US-NY", Scope: "US-NY", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPINewYork, HealthFrom: "2025-03-21", EncryptionSafeHarbor: true, Text: "private information"}, Basis: ny + "(3)", Uncertain: true},

	// ---- US: Maine ----
	{ID: "me-1348-residents", Regime: "US-ME", Scope: "US-ME", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Awareness, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIMaine, EncryptionSafeHarbor: true, Text: "misuse of PI occurred or reasonably possible"}, Basis: "10 M.R.S. §1348(1)",
		Note: "30 days after becoming aware and identifying the scope; the scope part is counsel's to confirm."},
	{ID: "me-1348-ag", Regime: "US-ME", Scope: "US-ME", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Awareness, Period: 30, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIMaine, EncryptionSafeHarbor: true, MinResidents: 1, Text: "any number of Maine residents"}, Basis: "10 M.R.S. §1348(5)",
		Note: "Whenever resident notice is required; due with it."},

	{ID: "me-1348-controller", Regime: "US-ME", Scope: "US-ME", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPIMaine, EncryptionSafeHarbor: true, Text: "PI"}, Basis: "10 M.R.S. §1348(2)", Uncertain: true,
		Note: "Third-party maintainer to owner, immediately."},

	// ---- US: Connecticut ----
	{ID: "ct-36a-701b-residents", Regime: "US-CT", Scope: "US-CT", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "unencrypted PI"}, Basis: "Conn. Gen. Stat. §36a-701b(b)"},
	{ID: "ct-36a-701b-ag", Regime: "US-CT", Scope: "US-CT", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 1, Text: "not later than the resident notice"}, Basis: "Conn. Gen. Stat. §36a-701b(b)(2)"},

	// ---- US: other states, not re-verified (breach-law.md): uncertain ----
	{ID: "az-18-552-residents", Regime: "US-AZ", Scope: "US-AZ", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "unencrypted PI"}, Basis: "A.R.S. §18-552", Uncertain: true},
	{ID: "az-18-552-ag", Regime: "US-AZ", Scope: "US-AZ", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 Arizona residents"}, Basis: "A.R.S. §18-552", Uncertain: true},
	{ID: "vt-2435-residents", Regime: "US-VT", Scope: "US-VT", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "unencrypted PI"}, Basis: "9 V.S.A. §2435", Uncertain: true},
	{ID: "vt-2435-ag", Regime: "US-VT", Scope: "US-VT", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 14, Unit: BusinessDays, Calendar: "US",
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 1, Text: "preliminary notice to the AG"}, Basis: "9 V.S.A. §2435(b)(3)", Uncertain: true},
	{ID: "or-646a.604-residents", Regime: "US-OR", Scope: "US-OR", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "unencrypted PI"}, Basis: "ORS 646A.604", Uncertain: true},
	{ID: "or-646a.604-ag", Regime: "US-OR", Scope: "US-OR", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 250, Strict: true, Text: "more than 250 Oregon residents"}, Basis: "ORS 646A.604", Uncertain: true},
	{ID: "de-12b-102-residents", Regime: "US-DE", Scope: "US-DE", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "unencrypted PI"}, Basis: "6 Del. C. §12B-102", Uncertain: true},
	{ID: "de-12b-102-ag", Regime: "US-DE", Scope: "US-DE", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Determination, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "more than 500 Delaware residents"}, Basis: "6 Del. C. §12B-102", Uncertain: true},
	{ID: "al-8-38-residents", Regime: "US-AL", Scope: "US-AL", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Determination, Period: 45, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPIGeneric, EncryptionSafeHarbor: true, Text: "unencrypted PI"}, Basis: "Ala. Code §8-38-5", Uncertain: true},

	// ---- US federal, only when the organisation says so ----
	{ID: "hipaa-164.410-controller", Regime: "HIPAA", Scope: ScopeUS, Audience: "controller", Notifier: "processor", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: []string{"health"}, EncryptionSafeHarbor: true, Text: "unsecured PHI"}, Basis: "45 CFR §164.410",
		Requires: "hipaa_business_associate", Note: "Business associate to covered entity, without unreasonable delay."},
	{ID: "hipaa-164.410-ba", Regime: "HIPAA", Scope: ScopeUS, Audience: "controller", Notifier: "controller", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Recipient: "Covered entity", Threshold: Threshold{Categories: []string{"health"}, EncryptionSafeHarbor: true, Text: "unsecured PHI"}, Basis: "45 CFR §164.410",
		Requires: "hipaa_business_associate", Note: "We are the business associate of our covered-entity customers."},
	{ID: "hipaa-164.404-individuals", Regime: "HIPAA", Scope: ScopeUS, Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Threshold: Threshold{Categories: []string{"health"}, EncryptionSafeHarbor: true, Text: "unsecured PHI"}, Basis: "45 CFR §164.404", Requires: "hipaa_covered_entity"},
	{ID: "hipaa-164.408-hhs", Regime: "HIPAA", Scope: ScopeUS, Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Discovery, Period: 60, Unit: CalendarDays,
		Recipient: "US Department of Health and Human Services (OCR)",
		Threshold: Threshold{Categories: []string{"health"}, EncryptionSafeHarbor: true, Special: "hipaa-hhs", Text: "500 or more: with the individual notice; fewer: within 60 days after the end of the calendar year"},
		Basis:     "45 CFR §164.408", Requires: "hipaa_covered_entity"},
	{ID: "sec-8k-1.05", Regime: "SEC", Scope: ScopeUS, Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Trigger: Assessment, Period: 4, Unit: BusinessDays, Calendar: "US",
		Recipient: "US Securities and Exchange Commission (Form 8-K Item 1.05)",
		Threshold: Threshold{Special: "material", Text: "the incident was determined material (`material`)"}, Basis: "Form 8-K Item 1.05", Requires: "sec_registrant",
		Note: "4 business days after the materiality determination (`assessed_at`)."},
}
