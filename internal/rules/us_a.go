package rules

// US "personal information" definitions of the group-A states, as data
// categories (names are assumed present).
var (
	usPI_AK = []string{"ssn", "drivers_license", "financial"}                                                            // AS 45.48.090(7)
	usPI_AR = []string{"ssn", "drivers_license", "financial", "medical", "biometric"}                                    // A.C.A. §4-110-103(7)
	usPI_GA = []string{"ssn", "drivers_license", "financial", "credentials"}                                             // O.C.G.A. §10-1-911(6)
	usPI_HI = []string{"ssn", "drivers_license", "financial"}                                                            // HRS §487N-1
	usPI_ID = []string{"ssn", "drivers_license", "financial"}                                                            // Idaho Code §28-51-104(5)
	usPI_IL = []string{"ssn", "drivers_license", "financial", "medical", "health_insurance", "biometric", "credentials"} // 815 ILCS 530/5
	usPI_IN = []string{"ssn", "drivers_license", "financial"}                                                            // IC 24-4.9-2-10
	usPI_IA = []string{"ssn", "government_id", "financial", "biometric"}                                                 // Iowa Code §715C.1(11)
	usPI_KS = []string{"ssn", "drivers_license", "financial"}                                                            // K.S.A. 50-7a01(g)
	usPI_KY = []string{"ssn", "drivers_license", "financial"}                                                            // KRS 365.732(1)(c)
)

const (
	usASrcAK      = "https://www.akleg.gov/basis/statutes.asp#45.48.010"
	usASrcAR      = "https://arkleg.state.ar.us/Acts/FTPDocument?path=%2FACTS%2F2019R%2FPublic%2F&file=1030.pdf&ddBienniumSession=2019%2F2019R"
	usASrcGA      = "https://law.justia.com/codes/georgia/title-10/chapter-1/article-34/section-10-1-912/"
	usASrcHI      = "https://www.capitol.hawaii.gov/hrscurrent/Vol11_Ch0476-0490/HRS0487N/HRS_0487N-0002.htm"
	usASrcID      = "https://legislature.idaho.gov/statutesrules/idstat/title28/t28ch51/sect28-51-105/"
	usASrcIL      = "https://www.ilga.gov/legislation/ilcs/documents/081505300K10.htm"
	usASrcIN      = "https://iga.in.gov/laws/2025/ic/titles/24#24-4.9-3"
	usASrcIA      = "https://www.legis.iowa.gov/docs/code/715C.2.pdf"
	usASrcKS      = "https://www.ksrevisor.gov/statutes/chapters/ch50/050_007a_0002.html"
	usASrcKY      = "https://apps.legislature.ky.gov/law/statutes/statute.aspx?id=43575"
	usAChecked    = "2026-12-02"
	usACRA        = "Nationwide consumer reporting agencies (Equifax, Experian, TransUnion)"
	usAAcquired   = "unencrypted personal information of a resident was, or is reasonably believed to have been, acquired by an unauthorized person"
	usADiscovered = "discovery or notification of the breach"
)

// usStatesA: US jurisdictions added in rules version 2 (see us_a_test.go).
var usStatesA = []Rule{
	// ---- US: Alaska (AS 45.48.010-.090) ----
	{ID: "ak-45-48-010-residents", Regime: "US-AK", Scope: "US-AK", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovering or being notified of the breach",
		Threshold: Threshold{Categories: usPI_AK, EncryptionSafeHarbor: true, Text: "personal information of a state resident was, or is reasonably believed to have been, acquired without authorization"},
		Basis:     "AS 45.48.010(a)-(b)", Source: usASrcAK, Checked: usAChecked, Since: 2,
		Note: "Most expeditious time possible and without unreasonable delay. No notice if, after an appropriate investigation and after written notice to the Attorney General, the covered person determines harm is not reasonably likely (AS 45.48.010(c)): that AG notice is then due and the determination kept 5 years."},
	{ID: "ak-45-48-040-cra", Regime: "US-AK", Scope: "US-AK", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller", Recipient: usACRA,
		Trigger: Discovery, Unit: None, Clock: "discovering or being notified of the breach",
		Threshold: Threshold{Categories: usPI_AK, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 Alaska residents are to be notified"},
		Basis:     "AS 45.48.040(a)", Source: usASrcAK, Checked: usAChecked, Since: 2,
		Note: "Without unreasonable delay: the timing, distribution and content of the resident notices, not the residents' names. Does not apply to an information collector subject to the Gramm-Leach-Bliley Act (AS 45.48.040(c))."},
	{ID: "ak-45-48-070-controller", Regime: "US-AK", Scope: "US-AK", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_AK, EncryptionSafeHarbor: true, Text: "personal information received from the owner was subject to a breach"},
		Basis:     "AS 45.48.070", Source: usASrcAK, Checked: usAChecked, Since: 2, Uncertain: true,
		Note: "Information recipient to information distributor, immediately after discovering the breach; text of AS 45.48.070 not read (recalled, not confirmed)."},

	// ---- US: Arkansas (A.C.A. §4-110-101 to -108) ----
	{ID: "ar-4-110-105-residents", Regime: "US-AR", Scope: "US-AR", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach of the security of the system",
		Threshold: Threshold{Categories: usPI_AR, EncryptionSafeHarbor: true, Text: usAAcquired},
		Basis:     "A.C.A. §4-110-105(a)", Source: usASrcAR, Checked: usAChecked, Since: 2,
		Note: "Most expedient time and manner possible. No notice if, after a reasonable investigation, there is no reasonable likelihood of harm to customers (§4-110-105(d)); biometric data joined the definition with Act 1030 of 2019."},
	{ID: "ar-4-110-105-ag", Regime: "US-AR", Scope: "US-AR", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Recipient: "Arkansas Attorney General",
		Trigger: Determination, Period: 45, Unit: CalendarDays, Clock: "the determination that there is a reasonable likelihood of harm to customers",
		Threshold: Threshold{Categories: usPI_AR, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "the breach affects the personal information of more than 1,000 individuals"},
		Basis:     "A.C.A. §4-110-105(b)(2) as added by Act 1030 of 2019", From: "2019-07-23", To: "2019-07-24", Source: usASrcAR, Checked: usAChecked, Since: 2, Uncertain: true,
		Note: "Effective date unconfirmed: a law-firm summary gives 23 July 2019, the 91-day rule after the 2019 sine die gives 24 July 2019."},
	{ID: "ar-4-110-105-ag", Regime: "US-AR", Scope: "US-AR", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Recipient: "Arkansas Attorney General",
		Trigger: Determination, Period: 45, Unit: CalendarDays, Clock: "the determination that there is a reasonable likelihood of harm to customers",
		Threshold: Threshold{Categories: usPI_AR, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "the breach affects the personal information of more than 1,000 individuals"},
		Basis:     "A.C.A. §4-110-105(b)(2) as added by Act 1030 of 2019", From: "2019-07-24", Source: usASrcAR, Checked: usAChecked, Since: 2,
		Note: "At the same time as the notice to individuals or within 45 days after the determination, whichever is first: send it with the resident notice if that goes earlier."},
	{ID: "ar-4-110-105-controller", Regime: "US-AR", Scope: "US-AR", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_AR, EncryptionSafeHarbor: true, Text: "personal information it maintains for the owner was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     "A.C.A. §4-110-105(b)(1)", Source: usASrcAR, Checked: usAChecked, Since: 2,
		Note: "Immediately following discovery."},

	// ---- US: Georgia (O.C.G.A. §10-1-910 to -912) ----
	{ID: "ga-10-1-912-residents", Regime: "US-GA", Scope: "US-GA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach in the security of the data",
		Threshold: Threshold{Categories: usPI_GA, EncryptionSafeHarbor: true, Text: usAAcquired},
		Basis:     "O.C.G.A. §10-1-912(a)", Source: usASrcGA, Checked: usAChecked, Since: 2, Uncertain: true,
		Note: "Binds only information brokers and data collectors (§10-1-911): a business that does not furnish personal information to third parties for a fee may be outside it; counsel to confirm. Passwords or PINs alone, and elements without a name that suffice for identity theft, also count."},
	{ID: "ga-10-1-912-cra", Regime: "US-GA", Scope: "US-GA", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller", Recipient: usACRA,
		Trigger: Discovery, Unit: None, Clock: "discovery of circumstances requiring notification",
		Threshold: Threshold{Categories: usPI_GA, EncryptionSafeHarbor: true, MinResidents: 10000, Strict: true, Text: "more than 10,000 Georgia residents are to be notified at one time"},
		Basis:     "O.C.G.A. §10-1-912(d)", Source: usASrcGA, Checked: usAChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay, the timing, distribution and content of the notices; same information-broker scope question as the resident notice."},
	{ID: "ga-10-1-912-controller", Regime: "US-GA", Scope: "US-GA", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Period: 24, Unit: Hours, Clock: "discovery",
		Threshold: Threshold{Categories: usPI_GA, EncryptionSafeHarbor: true, Text: "personal information it maintains on behalf of an information broker or data collector was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     "O.C.G.A. §10-1-912(b)", Source: usASrcGA, Checked: usAChecked, Since: 2, Uncertain: true,
		Note: "Within 24 hours following discovery; owed only to a customer that is an information broker or data collector (§10-1-911). The text was read from a mirror: Georgia's code has no free official site apart from the publisher's."},

	// ---- US: Hawaii (HRS ch. 487N) ----
	{ID: "hi-487n-2-residents", Regime: "US-HI", Scope: "US-HI", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_HI, EncryptionSafeHarbor: true, Text: "unencrypted or unredacted personal information of a resident was accessed and acquired without authorization"},
		Basis:     "HRS §487N-2(a)", Source: usASrcHI, Checked: usAChecked, Since: 2,
		Note: "Without unreasonable delay. A \"security breach\" needs illegal use that has occurred or is reasonably likely and creates a risk of harm (§487N-1): no notice when that is ruled out."},
	{ID: "hi-487n-2-ag", Regime: "US-HI", Scope: "US-HI", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Recipient: "Hawaii Office of Consumer Protection",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_HI, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are notified at one time"},
		Basis:     "HRS §487N-2(f)", Source: usASrcHI, Checked: usAChecked, Since: 2,
		Note: "In writing, without unreasonable delay: the timing, distribution and content of the notice."},
	{ID: "hi-487n-2-cra", Regime: "US-HI", Scope: "US-HI", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller", Recipient: usACRA,
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_HI, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are notified at one time"},
		Basis:     "HRS §487N-2(f)", Source: usASrcHI, Checked: usAChecked, Since: 2,
		Note: "In writing, without unreasonable delay: the timing, distribution and content of the notice."},
	{ID: "hi-487n-2-controller", Regime: "US-HI", Scope: "US-HI", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_HI, EncryptionSafeHarbor: true, Text: "a security breach of personal information it maintains or possesses for the owner"},
		Basis:     "HRS §487N-2(b)", Source: usASrcHI, Checked: usAChecked, Since: 2,
		Note: "Immediately following discovery of the breach."},

	// ---- US: Idaho (Idaho Code §28-51-104 to -107) ----
	{ID: "id-28-51-105-residents", Regime: "US-ID", Scope: "US-ID", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Awareness, Unit: None, Clock: "becoming aware of a breach of the security of the system",
		Threshold: Threshold{Categories: usPI_ID, EncryptionSafeHarbor: true, Text: "unencrypted personal information of an Idaho resident was illegally acquired"},
		Basis:     "Idaho Code §28-51-105(1)", Source: usASrcID, Checked: usAChecked, Since: 2, Uncertain: true,
		Note: "Prompt good-faith investigation; notice only if misuse has occurred or is reasonably likely. SB 1066 (2025, effective 1 July 2025 if enacted) would widen the data elements and add credit monitoring and possibly AG notice: enactment and final text not confirmed."},
	{ID: "id-28-51-105-controller", Regime: "US-ID", Scope: "US-ID", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_ID, EncryptionSafeHarbor: true, Text: "a breach of the security of the system holding personal information it maintains for the owner"},
		Basis:     "Idaho Code §28-51-105(2)", Source: usASrcID, Checked: usAChecked, Since: 2, Uncertain: true,
		Note: "Immediately following discovery, to the extent misuse is reasonably likely; recalled, not read in the current text."},

	// ---- US: Illinois (815 ILCS 530) ----
	{ID: "il-530-10-residents", Regime: "US-IL", Scope: "US-IL", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_IL, EncryptionSafeHarbor: true, Text: usAAcquired},
		Basis:     "815 ILCS 530/10(a)", Source: usASrcIL, Checked: usAChecked, Since: 2,
		Note: "Most expedient time possible and without unreasonable delay. Medical, health-insurance, biometric and account-credential data count from 2017-01-01 (P.A. 99-503); credentials alone, without a name, count."},
	{ID: "il-530-10-ag", Regime: "US-IL", Scope: "US-IL", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Recipient: "Illinois Attorney General",
		Trigger: ConsumerNotice, Period: 0, Unit: CalendarDays, Clock: "the notice to residents",
		Threshold: Threshold{Categories: usPI_IL, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "more than 500 Illinois residents are notified as a result of a single breach"},
		Basis:     "815 ILCS 530/10(e) as added by P.A. 101-343", From: "2020-01-01", Source: usASrcIL, Checked: usAChecked, Since: 2,
		Note: "Most expedient time possible but no later than the notice to residents. HIPAA covered entities and business associates instead notify the AG within 5 business days of notifying HHS (530/50)."},
	{ID: "il-530-10-controller", Regime: "US-IL", Scope: "US-IL", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_IL, EncryptionSafeHarbor: true, Text: "personal information it maintains or stores for the owner was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     "815 ILCS 530/10(b)", Source: usASrcIL, Checked: usAChecked, Since: 2,
		Note: "Immediately following discovery; cooperate with the owner."},

	// ---- US: Indiana (IC 24-4.9) ----
	{ID: "in-24-4.9-3-residents", Regime: "US-IN", Scope: "US-IN", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovering or being notified of a breach of the security of data",
		Threshold: Threshold{Categories: usPI_IN, EncryptionSafeHarbor: true, Text: "unencrypted personal information of an Indiana resident was or may have been acquired by an unauthorized person"},
		Basis:     "IC 24-4.9-3-1(a); IC 24-4.9-3-3", To: "2022-07-01", Source: usASrcIN, Checked: usAChecked, Since: 2,
		Note: "Without unreasonable delay. Only if the owner knows or should know the acquisition has resulted or could result in identity deception, identity theft or fraud."},
	{ID: "in-24-4.9-3-residents", Regime: "US-IN", Scope: "US-IN", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Period: 45, Unit: CalendarDays, Clock: "the discovery of the breach",
		Threshold: Threshold{Categories: usPI_IN, EncryptionSafeHarbor: true, Text: "unencrypted personal information of an Indiana resident was or may have been acquired by an unauthorized person"},
		Basis:     "IC 24-4.9-3-1(a); IC 24-4.9-3-3(a) as amended by P.L.171-2022", From: "2022-07-01", Source: usASrcIN, Checked: usAChecked, Since: 2,
		Note: "Without unreasonable delay, but not more than 45 days after discovery. Only if the owner knows or should know the acquisition has resulted or could result in identity deception, identity theft or fraud."},
	{ID: "in-24-4.9-3-ag", Regime: "US-IN", Scope: "US-IN", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Recipient: "Indiana Attorney General",
		Trigger: Discovery, Unit: None, Clock: "discovering or being notified of a breach of the security of data",
		Threshold: Threshold{Categories: usPI_IN, EncryptionSafeHarbor: true, MinResidents: 1, Text: "residents are notified (any number)"},
		Basis:     "IC 24-4.9-3-1(c)", To: "2022-07-01", Source: usASrcIN, Checked: usAChecked, Since: 2,
		Note: "Without unreasonable delay (IC 24-4.9-3-3)."},
	{ID: "in-24-4.9-3-ag", Regime: "US-IN", Scope: "US-IN", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller", Recipient: "Indiana Attorney General",
		Trigger: Discovery, Period: 45, Unit: CalendarDays, Clock: "the discovery of the breach",
		Threshold: Threshold{Categories: usPI_IN, EncryptionSafeHarbor: true, MinResidents: 1, Text: "residents are notified (any number)"},
		Basis:     "IC 24-4.9-3-1(c); IC 24-4.9-3-3(a) as amended by P.L.171-2022", From: "2022-07-01", Source: usASrcIN, Checked: usAChecked, Since: 2,
		Note: "The 45-day limit of IC 24-4.9-3-3(a) covers every disclosure under the chapter; AG breach notification form."},
	{ID: "in-24-4.9-3-cra", Regime: "US-IN", Scope: "US-IN", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller", Recipient: usACRA,
		Trigger: Discovery, Unit: None, Clock: "discovering or being notified of a breach of the security of data",
		Threshold: Threshold{Categories: usPI_IN, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "disclosure to more than 1,000 consumers"},
		Basis:     "IC 24-4.9-3-1(b)", To: "2022-07-01", Source: usASrcIN, Checked: usAChecked, Since: 2,
		Note: "Information needed to help the agencies prevent fraud; without unreasonable delay."},
	{ID: "in-24-4.9-3-cra", Regime: "US-IN", Scope: "US-IN", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller", Recipient: usACRA,
		Trigger: Discovery, Period: 45, Unit: CalendarDays, Clock: "the discovery of the breach",
		Threshold: Threshold{Categories: usPI_IN, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "disclosure to more than 1,000 consumers"},
		Basis:     "IC 24-4.9-3-1(b); IC 24-4.9-3-3(a) as amended by P.L.171-2022", From: "2022-07-01", Source: usASrcIN, Checked: usAChecked, Since: 2,
		Note: "Information needed to help the agencies prevent fraud; the 45-day limit covers every disclosure under the chapter."},
	{ID: "in-24-4.9-3-controller", Regime: "US-IN", Scope: "US-IN", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_IN, EncryptionSafeHarbor: true, Text: "personal information it maintains was or may have been acquired by an unauthorized person"},
		Basis:     "IC 24-4.9-3-2", Source: usASrcIN, Checked: usAChecked, Since: 2,
		Note: "No period of its own; IC 24-4.9-3-3 (without unreasonable delay, not more than 45 days after discovery from 2022-07-01) reads on every notification under the chapter."},

	// ---- US: Iowa (Iowa Code ch. 715C) ----
	{ID: "ia-715c-2-residents", Regime: "US-IA", Scope: "US-IA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery of such breach of security, or receipt of notification of it",
		Threshold: Threshold{Categories: usPI_IA, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a consumer was acquired without authorization"},
		Basis:     "Iowa Code §715C.2(1)", Source: usASrcIA, Checked: usAChecked, Since: 2,
		Note: "Most expeditious manner possible and without unreasonable delay. No notice if, after investigation or consultation with law enforcement, there is no reasonable likelihood of financial harm (§715C.2(6)); the determination is documented and kept 5 years."},
	{ID: "ia-715c-2-ag", Regime: "US-IA", Scope: "US-IA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Recipient: "Director of the Consumer Protection Division, Iowa Attorney General",
		Trigger:   ConsumerNotice, Period: 5, Unit: BusinessDays, Calendar: "US", Clock: "giving notice of the breach to any consumer",
		Threshold: Threshold{Categories: usPI_IA, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "more than 500 Iowa residents are to be notified"},
		Basis:     "Iowa Code §715C.2(8)", From: "2014-07-01", Source: usASrcIA, Checked: usAChecked, Since: 2, Uncertain: true,
		Note: "Within 5 business days after notifying any consumer (US federal holidays used). Code text not read: law-firm summaries give \"more than 500\", the AG's page \"at least 500\"."},
	{ID: "ia-715c-2-controller", Regime: "US-IA", Scope: "US-IA", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_IA, EncryptionSafeHarbor: true, Text: "a breach of security of personal information it maintains or possesses for the owner"},
		Basis:     "Iowa Code §715C.2(2)", Source: usASrcIA, Checked: usAChecked, Since: 2,
		Note: "Immediately following discovery."},

	// ---- US: Kansas (K.S.A. 50-7a01 to 50-7a04) ----
	{ID: "ks-50-7a02-residents", Regime: "US-KS", Scope: "US-KS", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Awareness, Unit: None, Clock: "becoming aware of any breach of the security of the system",
		Threshold: Threshold{Categories: usPI_KS, EncryptionSafeHarbor: true, Text: "unencrypted or unredacted personal information of a Kansas resident was accessed and acquired without authorization"},
		Basis:     "K.S.A. 50-7a02(a)", Source: usASrcKS, Checked: usAChecked, Since: 2,
		Note: "Prompt good-faith investigation; notice as soon as possible, without unreasonable delay, only if misuse has occurred or is reasonably likely."},
	{ID: "ks-50-7a02-cra", Regime: "US-KS", Scope: "US-KS", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller", Recipient: usACRA,
		Trigger: Awareness, Unit: None, Clock: "becoming aware of any breach of the security of the system",
		Threshold: Threshold{Categories: usPI_KS, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 consumers are to be notified at one time"},
		Basis:     "K.S.A. 50-7a02(f)", Source: usASrcKS, Checked: usAChecked, Since: 2,
		Note: "Without unreasonable delay: the timing, distribution and content of the notices."},
	{ID: "ks-50-7a02-controller", Regime: "US-KS", Scope: "US-KS", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_KS, EncryptionSafeHarbor: true, Text: "personal information it maintains for the owner was, or is reasonably believed to have been, accessed and acquired by an unauthorized person"},
		Basis:     "K.S.A. 50-7a02(b)", Source: usASrcKS, Checked: usAChecked, Since: 2,
		Note: "Following discovery of the breach; no period stated."},

	// ---- US: Kentucky (KRS 365.732) ----
	{ID: "ky-365-732-residents", Regime: "US-KY", Scope: "US-KY", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach in the security of the data",
		Threshold: Threshold{Categories: usPI_KY, EncryptionSafeHarbor: true, Text: usAAcquired},
		Basis:     "KRS 365.732(2)", Source: usASrcKY, Checked: usAChecked, Since: 2,
		Note: "Most expedient time possible and without unreasonable delay. A breach must actually cause, or be reasonably believed to have caused or to cause, identity theft or fraud (365.732(1)(a)); HIPAA- and GLBA-regulated entities are exempt."},
	{ID: "ky-365-732-cra", Regime: "US-KY", Scope: "US-KY", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller", Recipient: usACRA,
		Trigger: Discovery, Unit: None, Clock: "discovery of circumstances requiring notification",
		Threshold: Threshold{Categories: usPI_KY, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are to be notified at one time"},
		Basis:     "KRS 365.732(7)", Source: usASrcKY, Checked: usAChecked, Since: 2,
		Note: "Without unreasonable delay: the timing, distribution and content of the notices."},
	{ID: "ky-365-732-controller", Regime: "US-KY", Scope: "US-KY", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_KY, EncryptionSafeHarbor: true, Text: "personal information it maintains for the owner was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     "KRS 365.732(3)", Source: usASrcKY, Checked: usAChecked, Since: 2,
		Note: "As soon as reasonably practicable following discovery."},
}
