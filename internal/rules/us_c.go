package rules

// US "personal information" definitions of the group C jurisdictions, as
// data categories (names assumed present). Where a definition changed, one
// list per period.
var (
	// RSA 359-C:19, IV: SSN; driver's licence or other government
	// identification number; account/card number with code.
	usPI_NH = []string{"ssn", "government_id", "financial"}
	// N.J.S.A. 56:8-161 before P.L.2019, c.95 (2019-09-01).
	usPI_NJ2005 = []string{"ssn", "drivers_license", "financial"}
	// N.J.S.A. 56:8-161 as amended by P.L.2019, c.95: adds user name or
	// e-mail address with password or security question and answer.
	usPI_NJ = []string{"ssn", "drivers_license", "financial", "credentials"}
	// NMSA §57-12C-2(C): SSN; driver's licence; government-issued
	// identification number; account/card number with code; biometric data.
	usPI_NM = []string{"ssn", "drivers_license", "government_id", "financial", "biometric"}
	// N.C.G.S. §75-61(10) by reference to §14-113.20(b): SSN or employer
	// taxpayer ID; driver's licence, state ID or passport; account and card
	// numbers, PINs and other access information; digital signatures;
	// biometric data and fingerprints.
	usPI_NC = []string{"ssn", "tax_id", "drivers_license", "passport", "financial", "electronic_signature", "biometric"}
	// N.D.C.C. §51-30-01(4)(a).
	usPI_ND = []string{"ssn", "drivers_license", "financial", "date_of_birth", "mothers_maiden_name", "medical", "health_insurance", "employee_id_code", "electronic_signature"}
	// R.C. 1349.19(A)(7).
	usPI_OH = []string{"ssn", "drivers_license", "financial"}
	// 24 O.S. §162 before SB 626 (2026-01-01).
	usPI_OK2008 = []string{"ssn", "drivers_license", "financial"}
	// 24 O.S. §162 as amended by SB 626: adds unique biometric data and
	// electronic identifiers or routing codes with a code (financial).
	usPI_OK = []string{"ssn", "drivers_license", "financial", "biometric"}
	// 73 P.S. §2302 before Act 151 of 2022 (2023-05-02).
	usPI_PA2005 = []string{"ssn", "drivers_license", "financial"}
	// 73 P.S. §2302 as amended by Act 151 of 2022: adds medical and health
	// insurance information and user name or e-mail with password.
	usPI_PA = []string{"ssn", "drivers_license", "financial", "medical", "health_insurance", "credentials"}
	// R.I.G.L. §11-49.3-3(a)(8).
	usPI_RI = []string{"ssn", "drivers_license", "financial", "medical", "health_insurance", "credentials"}
	// S.C. Code §39-1-90(D)(3): SSN; driver's licence or state ID; account
	// or card number with code; other numbers giving access to financial
	// accounts; numbers issued by a governmental or regulatory entity that
	// uniquely identify an individual.
	usPI_SC = []string{"ssn", "drivers_license", "financial", "government_id"}
)

const (
	usCChecked = "2026-12-02"
	usCCRA     = "Nationwide consumer reporting agencies (Equifax, Experian, TransUnion)"

	usCNH = "N.H. RSA 359-C:20"
	usCNJ = "N.J.S.A. 56:8-163"
	usCNM = "NMSA §57-12C"
	usCNC = "N.C.G.S. §75-65"
	usCND = "N.D.C.C. §51-30"
	usCOH = "R.C. 1349.19"
	usCOK = "24 O.S. §163"
	usCPA = "73 P.S. "
	usCRI = "R.I.G.L. §11-49.3-4"
	usCSC = "S.C. Code §39-1-90"

	usCSrcNH   = "https://gc.nh.gov/rsa/html/XXXI/359-C/359-C-20.htm"
	usCSrcNJ   = "https://pub.njleg.state.nj.us/Bills/2018/PL19/95_.HTM"
	usCSrcNM   = "https://www.nmlegis.gov/Sessions/17%20Regular/final/HB0015.pdf"
	usCSrcNC   = "https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_75/GS_75-65.html"
	usCSrcND   = "https://www.ndlegis.gov/cencode/t51c30.pdf"
	usCSrcOH   = "https://codes.ohio.gov/ohio-revised-code/section-1349.19"
	usCSrcOK   = "http://webserver1.lsb.state.ok.us/cf_pdf/2025-26%20ENR/SB/SB626%20ENR.PDF"
	usCSrcPA   = "https://www.legis.state.pa.us/WU01/LI/LI/US/HTM/2005/0/0094..HTM"
	usCSrcRI   = "https://webserver.rilegislature.gov/Statutes/TITLE11/11-49.3/11-49.3-4.htm"
	usCSrcSC   = "https://www.scstatehouse.gov/code/t39c001.php"
	usCNJFrom  = "2019-09-01" // P.L.2019, c.95
	usCOKFrom  = "2026-01-01" // SB 626 (2025)
	usCPAFrom1 = "2023-05-02" // Act 151 of 2022
	usCPAFrom2 = "2024-09-26" // Act 33 of 2024
)

// usStatesC: US jurisdictions added in rules version 2 (see us_c_test.go).
var usStatesC = []Rule{
	// ---- US: New Hampshire ----
	{ID: "nh-359-c-20-residents", Regime: "US-NH", Scope: "US-NH", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Awareness, Unit: None, Clock: "becoming aware of the security breach and determining the likelihood of misuse",
		Threshold: Threshold{Categories: usPI_NH, EncryptionSafeHarbor: true, Text: "personal information (name or data elements not encrypted) was acquired by an unauthorized person and misuse has occurred, is reasonably likely, or cannot be ruled out"},
		Basis:     usCNH + ", I(a)", Source: usCSrcNH, Checked: usCChecked, Since: 2,
		Note: "As soon as possible after promptly determining the likelihood of misuse; no notice if the determination is that misuse has not occurred and is not reasonably likely."},
	{ID: "nh-359-c-20-ag", Regime: "US-NH", Scope: "US-NH", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Awareness, Unit: None, Clock: "becoming aware of the security breach", Recipient: "New Hampshire Attorney General (or the primary regulator for persons subject to RSA 358-A:3, I)",
		Threshold: Threshold{Categories: usPI_NH, EncryptionSafeHarbor: true, Text: "residents are to be notified of the breach (any number)"},
		Basis:     usCNH + ", I(b)", Source: usCSrcNH, Checked: usCChecked, Since: 2,
		Note: "No fixed period; the notice gives the anticipated date of the resident notice and the approximate number of NH residents, so it precedes that notice."},
	{ID: "nh-359-c-20-cra", Regime: "US-NH", Scope: "US-NH", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Awareness, Unit: None, Recipient: usCCRA,
		Threshold: Threshold{Categories: usPI_NH, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 consumers are notified at one time"},
		Basis:     usCNH + ", VI(a)", Source: usCSrcNH, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay: anticipated date of the notice and approximate number of consumers; not for persons subject to 15 U.S.C. 6801 et seq. (GLBA)."},
	{ID: "nh-359-c-20-controller", Regime: "US-NH", Scope: "US-NH", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_NH, EncryptionSafeHarbor: true, Text: "personal information the maintainer does not own was acquired by an unauthorized person"},
		Basis:     usCNH + ", I(c)", Source: usCSrcNH, Checked: usCChecked, Since: 2,
		Note: "Notify and cooperate with the owner or licensee immediately following discovery."},

	// ---- US: New Jersey ----
	{ID: "nj-56-8-163-residents", Regime: "US-NJ", Scope: "US-NJ", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_NJ2005, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a New Jersey resident was, or is reasonably believed to have been, accessed by an unauthorized person"},
		Basis:     usCNJ + "(a)", To: usCNJFrom, Source: usCSrcNJ, Checked: usCChecked, Since: 2,
		Note: "Most expedient time possible and without unreasonable delay; no notice if the business establishes that misuse is not reasonably possible (documented in writing, kept 5 years)."},
	{ID: "nj-56-8-163-residents", Regime: "US-NJ", Scope: "US-NJ", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_NJ, EncryptionSafeHarbor: true, Text: "unencrypted personal information (including online account credentials) of a New Jersey resident was, or is reasonably believed to have been, accessed by an unauthorized person"},
		Basis:     usCNJ + "(a) as amended by P.L.2019, c.95", From: usCNJFrom, Source: usCSrcNJ, Checked: usCChecked, Since: 2,
		Note: "Most expedient time possible and without unreasonable delay; no notice if misuse is not reasonably possible (documented). Credentials-only breaches may be notified electronically, telling the person to change the password."},
	{ID: "nj-56-8-163-state-police", Regime: "US-NJ", Scope: "US-NJ", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: ConsumerNotice, Period: 0, Unit: CalendarDays, Clock: "the notice to customers (in advance of it)", Recipient: "New Jersey Division of State Police, Department of Law and Public Safety (NJCCIC portal)",
		Threshold: Threshold{Categories: usPI_NJ2005, EncryptionSafeHarbor: true, Text: "customers are to be notified of the breach (any number)"},
		Basis:     usCNJ + "(c)(1)", To: usCNJFrom, Source: usCSrcNJ, Checked: usCChecked, Since: 2,
		Note: "Report the breach and any information about it to the State Police in advance of the disclosure to customers."},
	{ID: "nj-56-8-163-state-police", Regime: "US-NJ", Scope: "US-NJ", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: ConsumerNotice, Period: 0, Unit: CalendarDays, Clock: "the notice to customers (in advance of it)", Recipient: "New Jersey Division of State Police, Department of Law and Public Safety (NJCCIC portal)",
		Threshold: Threshold{Categories: usPI_NJ, EncryptionSafeHarbor: true, Text: "customers are to be notified of the breach (any number)"},
		Basis:     usCNJ + "(c)(1)", From: usCNJFrom, Source: usCSrcNJ, Checked: usCChecked, Since: 2,
		Note: "Report the breach and any information about it to the State Police in advance of the disclosure to customers."},
	{ID: "nj-56-8-163-cra", Regime: "US-NJ", Scope: "US-NJ", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Recipient: usCCRA,
		Threshold: Threshold{Categories: usPI_NJ2005, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are notified at one time"},
		Basis:     usCNJ + "(f)", To: usCNJFrom, Source: usCSrcNJ, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay: timing, distribution and content of the notices."},
	{ID: "nj-56-8-163-cra", Regime: "US-NJ", Scope: "US-NJ", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Recipient: usCCRA,
		Threshold: Threshold{Categories: usPI_NJ, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are notified at one time"},
		Basis:     usCNJ + "(f)", From: usCNJFrom, Source: usCSrcNJ, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay: timing, distribution and content of the notices."},
	{ID: "nj-56-8-163-controller", Regime: "US-NJ", Scope: "US-NJ", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_NJ, EncryptionSafeHarbor: true, Text: "personal information the business does not own was, or is reasonably believed to have been, accessed by an unauthorized person"},
		Basis:     usCNJ + "(b)", Source: usCSrcNJ, Checked: usCChecked, Since: 2,
		Note: "Immediately following discovery. Lists the post-2019 categories for every date (credentials before 2019-09-01 over-include)."},

	// ---- US: New Mexico ----
	{ID: "nm-57-12c-6-residents", Regime: "US-NM", Scope: "US-NM", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Period: 45, Unit: CalendarDays, Clock: "discovery of the security breach",
		Threshold: Threshold{Categories: usPI_NM, EncryptionSafeHarbor: true, Text: "unencrypted personal identifying information of a New Mexico resident is reasonably believed to have been subject to a security breach"},
		Basis:     usCNM + "-6(A)", Source: usCSrcNM, Checked: usCChecked, Since: 2,
		Note: "Most expedient time possible, no later than 45 calendar days (delay for law enforcement or to determine scope, §57-12C-9); no notice if an appropriate investigation finds no significant risk of identity theft or fraud (§57-12C-6(C))."},
	{ID: "nm-57-12c-10-ag", Regime: "US-NM", Scope: "US-NM", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Period: 45, Unit: CalendarDays, Clock: "discovery of the security breach", Recipient: "New Mexico Attorney General",
		Threshold: Threshold{Categories: usPI_NM, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 New Mexico residents are notified as a result of a single security breach"},
		Basis:     usCNM + "-10", Source: usCSrcNM, Checked: usCChecked, Since: 2,
		Note: "Number of residents notified and a copy of the resident notice."},
	{ID: "nm-57-12c-10-cra", Regime: "US-NM", Scope: "US-NM", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Period: 45, Unit: CalendarDays, Clock: "discovery of the security breach", Recipient: usCCRA,
		Threshold: Threshold{Categories: usPI_NM, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 New Mexico residents are notified as a result of a single security breach"},
		Basis:     usCNM + "-10", Source: usCSrcNM, Checked: usCChecked, Since: 2,
		Note: "Major consumer reporting agencies (15 U.S.C. 1681a(p))."},
	{ID: "nm-57-12c-6-controller", Regime: "US-NM", Scope: "US-NM", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Period: 45, Unit: CalendarDays, Clock: "discovery of the security breach",
		Threshold: Threshold{Categories: usPI_NM, EncryptionSafeHarbor: true, Text: "personal identifying information the person licenses or maintains but does not own was subject to a security breach"},
		Basis:     usCNM + "-6(B)", Source: usCSrcNM, Checked: usCChecked, Since: 2, Uncertain: true,
		Note: "45 calendar days read from secondary summaries, not the enacted text; no notice if no significant risk of identity theft or fraud."},

	// ---- US: North Carolina ----
	{ID: "nc-75-65-residents", Regime: "US-NC", Scope: "US-NC", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_NC, EncryptionSafeHarbor: true, Text: "unencrypted and unredacted records or data containing personal information of a North Carolina resident were accessed and acquired without authorization"},
		Basis:     usCNC + "(a)", Source: usCSrcNC, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay; not a security breach if illegal use has not occurred, is not reasonably likely and creates no material risk of harm (§75-61(14)). Covers paper records; e-mail names, account IDs and passwords count only when they give access to financial accounts."},
	{ID: "nc-75-65-ag", Regime: "US-NC", Scope: "US-NC", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: ConsumerNotice, Unit: None, Clock: "the notice to affected persons", Recipient: "North Carolina Attorney General, Consumer Protection Division",
		Threshold: Threshold{Categories: usPI_NC, EncryptionSafeHarbor: true, Text: "affected persons are notified (any number)"},
		Basis:     usCNC + "(e1)", Source: usCSrcNC, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay: nature of the breach, number affected, steps taken, the plan for further steps and a copy of the notice (AG online form)."},
	{ID: "nc-75-65-cra", Regime: "US-NC", Scope: "US-NC", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Recipient: usCCRA,
		Threshold: Threshold{Categories: usPI_NC, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are notified at one time"},
		Basis:     usCNC + "(f)", Source: usCSrcNC, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay: timing, distribution and content of the notice."},
	{ID: "nc-75-65-controller", Regime: "US-NC", Scope: "US-NC", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_NC, EncryptionSafeHarbor: true, Text: "a security breach of personal information the business maintains or possesses but does not own occurred"},
		Basis:     usCNC + "(b)", Source: usCSrcNC, Checked: usCChecked, Since: 2,
		Note: "Immediately following discovery, subject to law-enforcement delay."},

	// ---- US: North Dakota ----
	{ID: "nd-51-30-02-residents", Regime: "US-ND", Scope: "US-ND", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_ND, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a North Dakota resident was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usCND + "-02", Source: usCSrcND, Checked: usCChecked, Since: 2,
		Note: "Most expedient time possible and without unreasonable delay; no risk-of-harm exception. Medical and health-insurance information since 2013-08-01 (HB 1435); HIPAA-regulated entities are deemed compliant."},
	{ID: "nd-51-30-02-ag", Regime: "US-ND", Scope: "US-ND", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach", Recipient: "North Dakota Attorney General",
		Threshold: Threshold{Categories: usPI_ND, EncryptionSafeHarbor: true, MinResidents: 250, Strict: true, Text: "the breach exceeds 250 individuals"},
		Basis:     usCND + "-02", From: "2015-08-01", Source: usCSrcND, Checked: usCChecked, Since: 2,
		Note: "By mail or e-mail, in the most expedient time possible; added by SB 2214 (2015), effective 2015-08-01. The statute counts individuals, not only residents: the engine counts residents."},
	{ID: "nd-51-30-03-controller", Regime: "US-ND", Scope: "US-ND", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_ND, EncryptionSafeHarbor: true, Text: "personal information the person maintains but does not own was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usCND + "-03", Source: usCSrcND, Checked: usCChecked, Since: 2,
		Note: "Immediately following discovery."},

	// ---- US: Ohio ----
	{ID: "oh-1349.19-residents", Regime: "US-OH", Scope: "US-OH", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Period: 45, Unit: CalendarDays, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_OH, EncryptionSafeHarbor: true, Text: "unencrypted and unredacted personal information of an Ohio resident was, or reasonably is believed to have been, accessed and acquired by an unauthorized person"},
		Basis:     usCOH + "(B)", Source: usCSrcOH, Checked: usCChecked, Since: 2,
		Note: "Most expedient time possible, no later than 45 days; a breach must cause or be reasonably believed to cause a material risk of identity theft or other fraud (1349.19(A)(1)), which counsel assesses."},
	{ID: "oh-1349.19-cra", Regime: "US-OH", Scope: "US-OH", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Recipient: usCCRA,
		Threshold: Threshold{Categories: usPI_OH, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 Ohio residents are to be notified of a single occurrence"},
		Basis:     usCOH + "(G)", Source: usCSrcOH, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay: timing, distribution and content of the disclosure. Ohio has no attorney general notice."},
	{ID: "oh-1349.19-controller", Regime: "US-OH", Scope: "US-OH", Audience: "controller", Notifier: "processor",
		Trigger: Determination, Unit: None, Clock: "its determination of a breach",
		Threshold: Threshold{Categories: usPI_OH, EncryptionSafeHarbor: true, Text: "a breach of personal information the person maintains on behalf of the owner or licensee occurred"},
		Basis:     usCOH + "(C)", Source: usCSrcOH, Checked: usCChecked, Since: 2,
		Note: "In an expeditious manner following its determination of a breach."},

	// ---- US: Oklahoma ----
	{ID: "ok-24-163-residents", Regime: "US-OK", Scope: "US-OK", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_OK2008, EncryptionSafeHarbor: true, Text: "unencrypted and unredacted personal information of an Oklahoma resident was, or is reasonably believed to have been, accessed and acquired by an unauthorized person"},
		Basis:     usCOK + "(A)", To: usCOKFrom, Source: usCSrcOK, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay; only where the breach causes, or is reasonably believed to cause, identity theft or other fraud (§162)."},
	{ID: "ok-24-163-residents", Regime: "US-OK", Scope: "US-OK", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_OK, EncryptionSafeHarbor: true, Text: "unencrypted and unredacted personal information (including biometric data) of an Oklahoma resident was, or is reasonably believed to have been, accessed and acquired by an unauthorized person"},
		Basis:     usCOK + "(A) as amended by SB 626", From: usCOKFrom, Source: usCSrcOK, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay; only where the breach causes, or is reasonably believed to cause, identity theft or other fraud. SB 626 applies to breaches discovered on or after 2026-01-01."},
	{ID: "ok-24-163-ag", Regime: "US-OK", Scope: "US-OK", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: ConsumerNotice, Period: 60, Unit: CalendarDays, Clock: "the notice to affected residents", Recipient: "Oklahoma Attorney General",
		Threshold: Threshold{Categories: usPI_OK, EncryptionSafeHarbor: true, MinResidents: 500, Text: "500 or more Oklahoma residents are affected (1,000 or more for a credit bureau)"},
		Basis:     usCOK + " as amended by SB 626", From: usCOKFrom, Source: usCSrcOK, Checked: usCChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay, no more than 60 days after notifying residents: read from the engrossed bill and summaries, enrolled text not read (one summary counts from discovery)."},
	{ID: "ok-24-163-controller", Regime: "US-OK", Scope: "US-OK", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_OK, EncryptionSafeHarbor: true, Text: "personal information the entity maintains but does not own was, or is reasonably believed to have been, accessed and acquired by an unauthorized person"},
		Basis:     usCOK + "(B)", Source: usCSrcOK, Checked: usCChecked, Since: 2, Uncertain: true,
		Note: "No fixed period (\"as soon as practicable\" or \"immediately\" following discovery: summaries differ). Lists the SB 626 categories for every date."},

	// ---- US: Pennsylvania ----
	{ID: "pa-73-2303-residents", Regime: "US-PA", Scope: "US-PA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_PA2005, EncryptionSafeHarbor: true, Text: "unencrypted and unredacted personal information of a Pennsylvania resident was, or is reasonably believed to have been, accessed and acquired by an unauthorized person"},
		Basis:     usCPA + "§2303(a)", To: usCPAFrom1, Source: usCSrcPA, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay; only a breach that causes, or is reasonably believed to cause, loss or injury to a resident (§2302)."},
	{ID: "pa-73-2303-residents", Regime: "US-PA", Scope: "US-PA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Determination, Unit: None, Clock: "determination of the breach (verification or reasonable certainty that it occurred)",
		Threshold: Threshold{Categories: usPI_PA, EncryptionSafeHarbor: true, Text: "unencrypted and unredacted personal information (now including medical, health-insurance and online-account data) of a Pennsylvania resident was, or is reasonably believed to have been, accessed and acquired by an unauthorized person"},
		Basis:     usCPA + "§2303(a) as amended by Act 151 of 2022", From: usCPAFrom1, Source: usCSrcPA, Checked: usCChecked, Since: 2, Uncertain: true,
		Note: "Without unreasonable delay; only where loss or injury is caused or reasonably believed. Act 151 defines \"determination\"; that the business clock now runs from it was not confirmed in the consolidated text."},
	{ID: "pa-73-2303-ag", Regime: "US-PA", Scope: "US-PA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: ConsumerNotice, Period: 0, Unit: CalendarDays, Clock: "the notice to affected individuals (concurrently)", Recipient: "Pennsylvania Office of Attorney General",
		Threshold: Threshold{Categories: usPI_PA, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "notice must be given to more than 500 affected individuals in Pennsylvania"},
		Basis:     usCPA + "§2303(c.1) as added by Act 33 of 2024", From: usCPAFrom2, Source: usCSrcPA, Checked: usCChecked, Since: 2,
		Note: "Concurrently with the resident notice: organisation name and location, date, summary and estimated numbers (total and in PA). Entities under 40 Pa.C.S. Ch. 45 (insurance data security) are exempt."},
	{ID: "pa-73-2305-cra", Regime: "US-PA", Scope: "US-PA", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Recipient: usCCRA,
		Threshold: Threshold{Categories: usPI_PA2005, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are notified at one time"},
		Basis:     usCPA + "§2305", To: usCPAFrom1, Source: usCSrcPA, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay: timing, distribution and number of notices."},
	{ID: "pa-73-2305-cra", Regime: "US-PA", Scope: "US-PA", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Determination, Unit: None, Recipient: usCCRA,
		Threshold: Threshold{Categories: usPI_PA, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are notified at one time"},
		Basis:     usCPA + "§2305", From: usCPAFrom1, To: usCPAFrom2, Source: usCSrcPA, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay: timing, distribution and number of notices."},
	{ID: "pa-73-2305-cra", Regime: "US-PA", Scope: "US-PA", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Determination, Unit: None, Recipient: usCCRA,
		Threshold: Threshold{Categories: usPI_PA, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "more than 500 persons are notified at one time"},
		Basis:     usCPA + "§2305 as amended by Act 33 of 2024", From: usCPAFrom2, Source: usCSrcPA, Checked: usCChecked, Since: 2, Uncertain: true,
		Note: "Threshold lowered from 1,000 to 500 per summaries of Act 33 (\"more than\" wording not read in the enacted text). Act 33 also requires 12 months of credit monitoring for SSN, bank account or licence/ID breaches."},
	{ID: "pa-73-2303-controller", Regime: "US-PA", Scope: "US-PA", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None, Clock: "discovery by the vendor",
		Threshold: Threshold{Categories: usPI_PA, EncryptionSafeHarbor: true, Text: "a breach of the security of the system holding data the vendor maintains, stores or manages for the entity occurred"},
		Basis:     usCPA + "§2303(c)", Source: usCSrcPA, Checked: usCChecked, Since: 2,
		Note: "Vendor to the entity following discovery, no fixed period; the entity notifies residents. Lists the Act 151 categories for every date."},

	// ---- US: Rhode Island ----
	{ID: "ri-11-49.3-4-residents", Regime: "US-RI", Scope: "US-RI", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: ScopeIdentified, Period: 45, Unit: CalendarDays, Clock: "confirmation of the breach and the ability to ascertain the information the notice must contain",
		Threshold: Threshold{Categories: usPI_RI, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a Rhode Island resident was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usCRI + "(a)(2)", Source: usCSrcRI, Checked: usCChecked, Since: 2,
		Note: "Most expedient time possible, no later than 45 calendar days; only a breach that poses a significant risk of identity theft (§11-49.3-4(a)(1)). Covers paper records."},
	{ID: "ri-11-49.3-4-ag", Regime: "US-RI", Scope: "US-RI", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: ConsumerNotice, Unit: None, Clock: "the notice to residents (without delaying it)", Recipient: "Rhode Island Attorney General",
		Threshold: Threshold{Categories: usPI_RI, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "more than 500 Rhode Island residents are to be notified"},
		Basis:     usCRI + "(a)(2)", Source: usCSrcRI, Checked: usCChecked, Since: 2,
		Note: "Timing, content and distribution of the notices and the approximate number affected; no fixed period, without delaying the resident notice."},
	{ID: "ri-11-49.3-4-cra", Regime: "US-RI", Scope: "US-RI", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: ConsumerNotice, Unit: None, Clock: "the notice to residents (without delaying it)", Recipient: usCCRA,
		Threshold: Threshold{Categories: usPI_RI, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "more than 500 Rhode Island residents are to be notified"},
		Basis:     usCRI + "(a)(2)", Source: usCSrcRI, Checked: usCChecked, Since: 2,
		Note: "Major credit reporting agencies: timing, content and distribution of the notices and the approximate number affected."},

	// ---- US: South Carolina ----
	{ID: "sc-39-1-90-residents", Regime: "US-SC", Scope: "US-SC", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_SC, EncryptionSafeHarbor: true, Text: "personal identifying information of a South Carolina resident not rendered unusable by encryption or redaction was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usCSC + "(A)", Source: usCSrcSC, Checked: usCChecked, Since: 2,
		Note: "Most expedient time possible and without unreasonable delay; only when illegal use has occurred or is reasonably likely, or use creates a material risk of harm. Covers computerized and other data."},
	{ID: "sc-39-1-90-consumer-affairs", Regime: "US-SC", Scope: "US-SC", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Recipient: "South Carolina Department of Consumer Affairs, Consumer Protection Division",
		Threshold: Threshold{Categories: usPI_SC, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are notified at one time"},
		Basis:     usCSC, Source: usCSrcSC, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay: timing, distribution and content of the notice (subsection letter not confirmed, so none is cited)."},
	{ID: "sc-39-1-90-cra", Regime: "US-SC", Scope: "US-SC", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Recipient: usCCRA,
		Threshold: Threshold{Categories: usPI_SC, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are notified at one time"},
		Basis:     usCSC, Source: usCSrcSC, Checked: usCChecked, Since: 2,
		Note: "Without unreasonable delay: timing, distribution and content of the notice (subsection letter not confirmed, so none is cited)."},
	{ID: "sc-39-1-90-controller", Regime: "US-SC", Scope: "US-SC", Audience: "controller", Notifier: "processor",
		Trigger: Discovery, Unit: None, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_SC, EncryptionSafeHarbor: true, Text: "personal identifying information the person maintains but does not own was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usCSC + "(B)", Source: usCSrcSC, Checked: usCChecked, Since: 2,
		Note: "Immediately following discovery."},
}
