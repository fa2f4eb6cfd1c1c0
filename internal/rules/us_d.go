package rules

// US "personal information" definitions of group D, as data categories.
var (
	// SDCL §22-40-19(4), (3): protected information includes log-in credentials.
	usPI_SD = []string{"ssn", "drivers_license", "financial", "medical", "health_insurance", "employee_id_code", "credentials"}
	// Tenn. Code Ann. §47-18-2107(a)(4).
	usPI_TN = []string{"ssn", "drivers_license", "financial"}
	// Utah Code §13-44-102(4).
	usPI_UT = []string{"ssn", "financial", "drivers_license"}
	// Va. Code §18.2-186.6(A).
	usPI_VA = []string{"ssn", "drivers_license", "financial", "passport", "military_id"}
	// W. Va. Code §46A-2A-101(6).
	usPI_WV = []string{"ssn", "drivers_license", "financial"}
	// Wis. Stat. §134.98(1)(b).
	usPI_WI = []string{"ssn", "drivers_license", "financial", "genetic", "biometric"}
	// Wyo. Stat. §40-12-501(a)(vii), referring to §6-3-901(b).
	usPI_WY = []string{"ssn", "drivers_license", "government_id", "financial", "credentials", "medical", "health_insurance", "biometric", "tax_id"}
	// D.C. Code §28-3851(3): before and after D.C. Law 23-98.
	usPI_DC2007 = []string{"ssn", "drivers_license", "financial"}
	usPI_DC     = []string{"ssn", "tax_id", "passport", "drivers_license", "military_id", "government_id", "financial", "medical", "genetic", "biometric", "health_insurance", "credentials"}
	// 10 L.P.R.A. §4051(a).
	usPI_PR = []string{"ssn", "drivers_license", "government_id", "financial", "credentials", "medical", "tax_id"}
	// 9 GCA §48.20.
	usPI_GU = []string{"ssn", "drivers_license", "financial"}
	// 14 V.I.C. §§2208-2209.
	usPI_VI = []string{"ssn", "drivers_license", "financial"}
)

const (
	usDChecked = "2026-12-02"
	usDCRA     = "Nationwide consumer reporting agencies (Equifax, Experian, TransUnion)"

	usDSrcSD     = "https://sdlegislature.gov/Statutes/22-40"
	usDSrcTN     = "https://www.capitol.tn.gov/Bills/110/Bill/SB0547.pdf"
	usDSrcUT     = "https://le.utah.gov/xcode/Title13/Chapter44/13-44-S202.html"
	usDSrcUT2023 = "https://le.utah.gov/~2023/bills/sbillenr/SB0127.htm"
	usDSrcVA     = "https://law.lis.virginia.gov/vacode/title18.2/chapter6/section18.2-186.6/"
	usDSrcWV     = "https://code.wvlegislature.gov/46A-2A-102/"
	usDSrcWI     = "https://docs.legis.wisconsin.gov/statutes/statutes/134/98"
	usDSrcWY     = "https://wyoleg.gov/statutes/compress/title40.pdf"
	usDSrcDC     = "https://code.dccouncil.gov/us/dc/council/code/sections/28-3852"
	usDSrcPR     = "https://bvirtualogp.pr.gov/ogp/Bvirtual/leyesreferencia/PDF/2-ingles/111-2005.pdf"
	usDSrcGU     = "https://www.guamcourts.org/CompilerofLaws/GCA/09gca/9gc048.pdf"
	usDSrcVI     = "https://law.justia.com/codes/virgin-islands/title-14/chapter-110/"

	usDSecondary = "Not confirmed against the official statute text in this review (secondary summaries only)."
)

// usStatesD: US jurisdictions added in rules version 2 (see us_d_test.go).
var usStatesD = []Rule{
	// ---- US: South Dakota (SDCL ch. 22-40, SL 2018 ch. 135, eff. 2018-07-01) ----
	{ID: "sd-22-40-20-residents", Regime: "US-SD", Scope: "US-SD", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Period: 60, Unit: CalendarDays, Clock: "discovery by or notification to the information holder of the breach",
		Threshold: Threshold{Categories: usPI_SD, EncryptionSafeHarbor: true, Text: "unencrypted personal or protected information of a resident was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     "SDCL §22-40-20", From: "2018-07-01", Source: usDSrcSD, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "No notice if, after an appropriate investigation and notice to the Attorney General, the holder reasonably determines the breach will not likely result in harm; documented and kept 3 years. Text seen in a research copy of the code, not on sdlegislature.gov."},
	{ID: "sd-22-40-20-ag", Regime: "US-SD", Scope: "US-SD", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Recipient: "South Dakota Attorney General", Trigger: Discovery, Unit: None, Clock: "discovery by or notification to the information holder of the breach",
		Threshold: Threshold{Categories: usPI_SD, EncryptionSafeHarbor: true, MinResidents: 250, Strict: true, Text: "the breach affects more than 250 South Dakota residents"},
		Basis:     "SDCL §22-40-20", From: "2018-07-01", Source: usDSrcSD, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "By mail or e-mail; the statute gives no period for it. Also due before relying on the no-harm exception, whatever the number. Text seen in a research copy of the code, not on sdlegislature.gov."},
	{ID: "sd-22-40-23-cra", Regime: "US-SD", Scope: "US-SD", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Recipient: usDCRA, Trigger: Discovery, Unit: None, Clock: "discovery of circumstances requiring notice under §22-40-20",
		Threshold: Threshold{Categories: usPI_SD, EncryptionSafeHarbor: true, Text: "residents must be notified under §22-40-20 (no minimum number)"},
		Basis:     "SDCL §22-40-23", From: "2018-07-01", Source: usDSrcSD, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay, of the timing, distribution and content of the notice. " + usDSecondary},

	// ---- US: Tennessee (Tenn. Code Ann. §47-18-2107; SB 2005 eff. 2016-07-01; SB 547 eff. 2017-04-04) ----
	{ID: "tn-47-18-2107-residents", Regime: "US-TN", Scope: "US-TN", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_TN, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     "Tenn. Code Ann. §47-18-2107(b) (2005)", To: "2016-07-01", Source: usDSrcTN, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Most expedient time possible and without unreasonable delay (pre-2016 text, from secondary sources)."},
	{ID: "tn-47-18-2107-residents", Regime: "US-TN", Scope: "US-TN", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Period: 45, Unit: CalendarDays, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_TN, Text: "personal information of a resident, encrypted or not, was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     "Tenn. Code Ann. §47-18-2107(b) as amended by SB 2005 (2016)", From: "2016-07-01", To: "2017-04-04", Source: usDSrcTN, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Immediately, but no later than 45 days; SB 2005 removed the encryption exemption until SB 547 restored it. " + usDSecondary},
	{ID: "tn-47-18-2107-residents", Regime: "US-TN", Scope: "US-TN", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Period: 45, Unit: CalendarDays, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_TN, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     "Tenn. Code Ann. §47-18-2107(b) as amended by SB 547 (2017)", From: "2017-04-04", Source: usDSrcTN, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Immediately, but no later than 45 days, unless law enforcement needs a longer period; encrypted means FIPS 140-2 compliant. Bill text seen in an unofficial copy."},
	{ID: "tn-47-18-2107-cra", Regime: "US-TN", Scope: "US-TN", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Recipient: usDCRA, Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_TN, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are to be notified at one time"},
		Basis:     "Tenn. Code Ann. §47-18-2107(g)", Source: usDSrcTN, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay; counts all persons notified, not only residents (the engine counts Tennessee residents). " + usDSecondary},
	{ID: "tn-47-18-2107-controller", Regime: "US-TN", Scope: "US-TN", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Period: 45, Unit: CalendarDays, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_TN, EncryptionSafeHarbor: true, Text: "personal information the maintainer does not own was, or is reasonably believed to have been, acquired"},
		Basis:     "Tenn. Code Ann. §47-18-2107(c)", From: "2016-07-01", Source: usDSrcTN, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Immediately, but no later than 45 days from discovery. " + usDSecondary},

	// ---- US: Utah (Utah Code §13-44-202; SB 127 eff. 2023-05-03 added the AG, Cyber Center and CRA notices) ----
	{ID: "ut-13-44-202-residents", Regime: "US-UT", Scope: "US-UT", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Determination, Unit: None, Clock: "an investigation reveals that misuse of personal information for identity theft or fraud has occurred or is reasonably likely",
		Threshold: Threshold{Categories: usPI_UT, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was acquired without authorization and its misuse for identity theft or fraud has occurred or is reasonably likely"},
		Basis:     "Utah Code §13-44-202(1)", Source: usDSrcUT, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Most expedient time possible without unreasonable delay; no notice if a prompt good-faith investigation finds misuse unlikely. " + usDSecondary},
	{ID: "ut-13-44-202-ag", Regime: "US-UT", Scope: "US-UT", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Recipient: "Utah Attorney General and Utah Cyber Center", Trigger: Determination, Unit: None,
		Threshold: Threshold{Categories: usPI_UT, EncryptionSafeHarbor: true, MinResidents: 500, Text: "misuse of personal information of 500 or more Utah residents has occurred or is reasonably likely"},
		Basis:     "Utah Code §13-44-202 as amended by SB 127 (2023)", From: "2023-05-03", Source: usDSrcUT2023, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "In addition to the resident notice; no period stated. SB 98 (2024) added contents for the Cyber Center report. Threshold from secondary summaries of SB 127; effective date 2023-05-03 (one summary says 2023-05-02)."},
	{ID: "ut-13-44-202-cra", Regime: "US-UT", Scope: "US-UT", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Recipient: usDCRA, Trigger: Determination, Unit: None,
		Threshold: Threshold{Categories: usPI_UT, EncryptionSafeHarbor: true, MinResidents: 1000, Text: "misuse of personal information of 1,000 or more Utah residents has occurred or is reasonably likely"},
		Basis:     "Utah Code §13-44-202 as amended by SB 127 (2023)", From: "2023-05-03", Source: usDSrcUT2023, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Each consumer reporting agency; no period stated. Threshold from secondary summaries of SB 127."},
	{ID: "ut-13-44-202-controller", Regime: "US-UT", Scope: "US-UT", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_UT, EncryptionSafeHarbor: true, Text: "a breach of personal information it maintains for the owner, if misuse occurs or is reasonably likely"},
		Basis:     "Utah Code §13-44-202(3)", Source: usDSrcUT, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Immediately following discovery; also cooperate with the owner. " + usDSecondary},

	// ---- US: Virginia (Va. Code §18.2-186.6) ----
	{ID: "va-18.2-186.6-residents", Regime: "US-VA", Scope: "US-VA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_VA, EncryptionSafeHarbor: true, Text: "unencrypted and unredacted personal information of a resident was, or is reasonably believed to have been, accessed and acquired by an unauthorized person"},
		Basis:     "Va. Code §18.2-186.6(B)", Source: usDSrcVA, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay; only where the holder reasonably believes it has caused or will cause identity theft or other fraud. Passport and military ID numbers were added by a later amendment not dated here. " + usDSecondary},
	{ID: "va-18.2-186.6-ag", Regime: "US-VA", Scope: "US-VA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Recipient: "Virginia Attorney General", Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_VA, EncryptionSafeHarbor: true, Text: "residents must be notified (any number)"},
		Basis:     "Va. Code §18.2-186.6(B)", Source: usDSrcVA, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay, to the Office of the Attorney General as well as residents. " + usDSecondary},
	{ID: "va-18.2-186.6-cra", Regime: "US-VA", Scope: "US-VA", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Recipient: usDCRA, Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_VA, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are to be notified at one time"},
		Basis:     "Va. Code §18.2-186.6(E)", Source: usDSrcVA, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay, to the AG and the CRAs, of the timing, distribution and content of the notice. " + usDSecondary},
	{ID: "va-18.2-186.6-controller", Regime: "US-VA", Scope: "US-VA", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_VA, EncryptionSafeHarbor: true, Text: "a breach of personal information it maintains for the owner or licensee"},
		Basis:     "Va. Code §18.2-186.6(D)", Source: usDSrcVA, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay following discovery. " + usDSecondary},

	// ---- US: West Virginia (W. Va. Code §46A-2A-102) ----
	{ID: "wv-46a-2a-102-residents", Regime: "US-WV", Scope: "US-WV", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_WV, EncryptionSafeHarbor: true, Text: "unencrypted and unredacted personal information of a resident was, or is reasonably believed to have been, accessed and acquired by an unauthorized person"},
		Basis:     "W. Va. Code §46A-2A-102(a)", Source: usDSrcWV, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay; only where the entity reasonably believes it has caused or will cause identity theft or fraud. Encrypted data counts if acquired in unencrypted form or by someone with the key (§46A-2A-102(b)). Text seen in a secondary copy of the code."},
	{ID: "wv-46a-2a-102-cra", Regime: "US-WV", Scope: "US-WV", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Recipient: usDCRA, Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_WV, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are to be notified at one time"},
		Basis:     "W. Va. Code §46A-2A-102(f)", Source: usDSrcWV, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay; no Attorney General notice. " + usDSecondary},
	{ID: "wv-46a-2a-102-controller", Regime: "US-WV", Scope: "US-WV", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_WV, EncryptionSafeHarbor: true, Text: "a breach of personal information it maintains for the owner or licensee"},
		Basis:     "W. Va. Code §46A-2A-102(c)", Source: usDSrcWV, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "As soon as practicable following discovery, if the personal information was or is reasonably believed to have been accessed and acquired (text seen in a secondary copy of the code)."},

	// ---- US: Wisconsin (Wis. Stat. §134.98) ----
	{ID: "wi-134.98-residents", Regime: "US-WI", Scope: "US-WI", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Period: 45, Unit: CalendarDays, Clock: "the entity learns of the acquisition of personal information",
		Threshold: Threshold{Categories: usPI_WI, EncryptionSafeHarbor: true, Text: "unencrypted personal information of the subject was acquired by a person not authorized to acquire it"},
		Basis:     "Wis. Stat. §134.98(2), (3)(a)", Source: usDSrcWI, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Reasonable time, not more than 45 days; no notice if the acquisition creates no material risk of identity theft or fraud. Covers any data subject, not only residents. " + usDSecondary},
	{ID: "wi-134.98-cra", Regime: "US-WI", Scope: "US-WI", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Recipient: usDCRA, Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_WI, EncryptionSafeHarbor: true, MinResidents: 1000, Text: "1,000 or more individuals are to be notified as a result of a single incident"},
		Basis:     "Wis. Stat. §134.98(2)(br)", Source: usDSrcWI, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay; no Attorney General notice. " + usDSecondary},
	{ID: "wi-134.98-controller", Regime: "US-WI", Scope: "US-WI", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_WI, EncryptionSafeHarbor: true, Text: "personal information it stores for the owner was acquired without authorization"},
		Basis:     "Wis. Stat. §134.98(2)(bm)", Source: usDSrcWI, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "As soon as practicable after learning of it. " + usDSecondary},

	// ---- US: Wyoming (Wyo. Stat. §40-12-502) ----
	{ID: "wy-40-12-502-residents", Regime: "US-WY", Scope: "US-WY", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Determination, Unit: None, Clock: "an investigation determines that misuse of personal identifying information has occurred or is reasonably likely",
		Threshold: Threshold{Categories: usPI_WY, Text: "personal identifying information of a resident was acquired without authorization and its misuse has occurred or is reasonably likely"},
		Basis:     "Wyo. Stat. §40-12-502(a)", Source: usDSrcWY, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Most expedient time possible and without unreasonable delay after a reasonable and prompt investigation; \"government_id\" stands for federal, state or tribal ID cards; birth/marriage certificates and shared secrets have no category. The definition excludes redacted data; an encryption exemption is not confirmed, so none is applied. " + usDSecondary},
	{ID: "wy-40-12-502-controller", Regime: "US-WY", Scope: "US-WY", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_WY, Text: "a breach of personal identifying information it maintains for the owner or licensee"},
		Basis:     "Wyo. Stat. §40-12-502(g)", Source: usDSrcWY, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "As soon as practicable following the determination of the breach. " + usDSecondary},

	// ---- District of Columbia (D.C. Code §28-3852; D.C. Law 23-98 eff. 2020-06-17) ----
	{ID: "dc-28-3852-residents", Regime: "US-DC", Scope: "US-DC", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_DC2007, EncryptionSafeHarbor: true, Text: "personal information of a resident was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     "D.C. Code §28-3852(a) (2007)", To: "2020-06-17", Source: usDSrcDC, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Most expedient time possible and without unreasonable delay. Effective date of D.C. Law 23-98: 2020-06-17 (OAG page says 2020-06-08)."},
	{ID: "dc-28-3852-residents", Regime: "US-DC", Scope: "US-DC", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_DC, EncryptionSafeHarbor: true, Text: "personal information of a resident was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     "D.C. Code §28-3852(a) as amended by D.C. Law 23-98", From: "2020-06-17", Source: usDSrcDC, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Most expedient time possible and without unreasonable delay; no notice if, after consulting the AG and law enforcement, harm is unlikely (documented 3 years). SSN/TIN breaches: 18 months of free identity theft protection (§28-3852.02)."},
	{ID: "dc-28-3852-ag", Regime: "US-DC", Scope: "US-DC", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Recipient: "District of Columbia Attorney General", Trigger: ConsumerNotice, Period: 0, Unit: CalendarDays,
		Threshold: Threshold{Categories: usPI_DC, EncryptionSafeHarbor: true, MinResidents: 50, Text: "the breach affects 50 or more District residents"},
		Basis:     "D.C. Code §28-3852(b-1) as amended by D.C. Law 23-98", From: "2020-06-17", Source: usDSrcDC, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Most expedient manner possible, and no later than the notice to residents; written notice with the statutory contents."},
	{ID: "dc-28-3852-cra", Regime: "US-DC", Scope: "US-DC", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Recipient: usDCRA, Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_DC, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are to be notified at one time"},
		Basis:     "D.C. Code §28-3852(c)", Source: usDSrcDC, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay, of the timing, distribution and content of the notices. " + usDSecondary},
	{ID: "dc-28-3852-controller", Regime: "US-DC", Scope: "US-DC", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_DC, EncryptionSafeHarbor: true, Text: "a breach of personal information it maintains or handles for the owner or licensee"},
		Basis:     "D.C. Code §28-3852(b)", Source: usDSrcDC, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Most expedient time possible following discovery. " + usDSecondary},

	// ---- Puerto Rico (10 L.P.R.A. §§4051-4055, Act 111-2005 as amended by Act 97-2008) ----
	{ID: "pr-4052-residents", Regime: "US-PR", Scope: "US-PR", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "the breach of the security of the system is detected",
		Threshold: Threshold{Categories: usPI_PR, EncryptionSafeHarbor: true, Text: "personal information files of residents not protected by an encrypted code (only by a password) were accessed by unauthorized persons"},
		Basis:     "10 L.P.R.A. §4052", Source: usDSrcPR, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "As expeditiously as possible, allowing for law enforcement and restoring the system's security. PI also covers tax information and work-related evaluations, which have no category here. Notice in Spanish may be expected. §4052 read in an unofficial English copy; the §4051 list from summaries."},
	{ID: "pr-4052-daco", Regime: "US-PR", Scope: "US-PR", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Recipient: "Puerto Rico Department of Consumer Affairs (DACO)", Trigger: Discovery, Period: 10, Unit: CalendarDays, Clock: "the violation of the system's security has been detected",
		Threshold: Threshold{Categories: usPI_PR, EncryptionSafeHarbor: true, Text: "residents must be notified (any number)"},
		Basis:     "10 L.P.R.A. §4052", Source: usDSrcPR, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Non-extendable term of ten days; DACO announces the breach publicly within 24 hours of receiving it. Read in an unofficial English copy of §4052."},
	{ID: "pr-4052-controller", Regime: "US-PR", Scope: "US-PR", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_PR, EncryptionSafeHarbor: true, Text: "unauthorized persons accessed personal information files in data banks it resells or provides access to"},
		Basis:     "10 L.P.R.A. §4052", Source: usDSrcPR, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "The statute gives no time for the notice to the owner or custodian; treated as without delay."},

	// ---- Guam (9 GCA §§48.10-48.80, P.L. 30-004, 2009) ----
	{ID: "gu-48-30-residents", Regime: "US-GU", Scope: "US-GU", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_GU, EncryptionSafeHarbor: true, Text: "unencrypted and unredacted personal information of a resident was, or is reasonably believed to have been, accessed and acquired by an unauthorized person"},
		Basis:     "9 GCA §48.30(a)", Source: usDSrcGU, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay; only where the entity reasonably believes it has caused or will cause identity theft or fraud. Section numbering unverified. " + usDSecondary},
	{ID: "gu-48-30-controller", Regime: "US-GU", Scope: "US-GU", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_GU, EncryptionSafeHarbor: true, Text: "a breach of personal information it maintains for the owner or licensee"},
		Basis:     "9 GCA §48.30(b)", Source: usDSrcGU, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "As soon as practicable following discovery. " + usDSecondary},

	// ---- US Virgin Islands (14 V.I.C. §2209 for persons and businesses; §2208 is the parallel duty of agencies) ----
	{ID: "vi-2209-residents", Regime: "US-VI", Scope: "US-VI", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_VI, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     "14 V.I.C. §2209(a)", Source: usDSrcVI, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Most expedient time possible and without unreasonable delay. Subsection letters and the split between §2208 (agencies) and §2209 (businesses) are not confirmed. " + usDSecondary},
	{ID: "vi-2209-controller", Regime: "US-VI", Scope: "US-VI", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_VI, EncryptionSafeHarbor: true, Text: "a breach of personal information it maintains for the owner or licensee"},
		Basis:     "14 V.I.C. §2209(b)", Source: usDSrcVI, Checked: usDChecked, Since: 2, Uncertain: true,
		Note: "Immediately following discovery. " + usDSecondary},
}
