package rules

// US "personal information" definitions of group B, as data categories.
var (
	usPI_LA2005 = []string{"ssn", "drivers_license", "financial"}
	usPI_LA     = []string{"ssn", "drivers_license", "financial", "passport", "biometric"}
	usPI_MD     = []string{"ssn", "tax_id", "passport", "military_id", "drivers_license", "financial", "medical", "health_insurance", "biometric", "credentials"}
	usPI_MA     = []string{"ssn", "drivers_license", "financial"}
	usPI_MI     = []string{"ssn", "drivers_license", "financial"}
	usPI_MN     = []string{"ssn", "drivers_license", "financial"}
	usPI_MS     = []string{"ssn", "drivers_license", "financial"}
	usPI_MO     = []string{"ssn", "drivers_license", "government_id", "financial", "medical", "health_insurance"}
	usPI_MT     = []string{"ssn", "drivers_license", "tax_id", "financial", "medical"}
	usPI_NE2006 = []string{"ssn", "drivers_license", "financial", "biometric"}
	usPI_NE     = []string{"ssn", "drivers_license", "financial", "biometric", "credentials"}
	usPI_NV     = []string{"ssn", "drivers_license", "financial", "medical", "health_insurance", "credentials"}
)

const (
	usB_Checked = "2026-12-02"
	usB_LA      = "La. R.S. 51:3074"
	usB_LASrc   = "https://legis.la.gov/Legis/Law.aspx?d=322030"
	usB_MD      = "Md. Code, Com. Law §14-3504"
	usB_MDSrc   = "https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gcl&section=14-3504"
	usB_MA      = "M.G.L. c. 93H §3"
	usB_MASrc   = "https://malegislature.gov/Laws/GeneralLaws/PartI/TitleXV/Chapter93H/Section3"
	usB_MI      = "MCL 445.72"
	usB_MISrc   = "https://www.legislature.mi.gov/Laws/MCL?objectName=mcl-445-72"
	usB_MN      = "Minn. Stat. §325E.61"
	usB_MNSrc   = "https://www.revisor.mn.gov/statutes/cite/325E.61"
	usB_MS      = "Miss. Code Ann. §75-24-29"
	usB_MSSrc   = "https://law.justia.com/codes/mississippi/title-75/chapter-24/section-75-24-29/"
	usB_MO      = "RSMo §407.1500"
	usB_MOSrc   = "https://revisor.mo.gov/main/OneSection.aspx?section=407.1500"
	usB_MT      = "Mont. Code Ann. §30-14-1704"
	usB_MTSrc   = "https://leg.mt.gov/bills/mca/title_0300/chapter_0140/part_0170/section_0040/0300-0140-0170-0040.html"
	usB_NE      = "Neb. Rev. Stat. §87-803"
	usB_NESrc   = "https://nebraskalegislature.gov/laws/statutes.php?statute=87-803"
	usB_NV      = "NRS 603A.220"
	usB_NVSrc   = "https://www.leg.state.nv.us/NRS/NRS-603A.html#NRS603ASec220"

	usB_CRA       = "Nationwide consumer reporting agencies (Equifax, Experian, TransUnion)"
	usB_NotReread = "Encoded from the statute as known to the author; not re-read against the official text in this session."
)

// usStatesB: US jurisdictions added in rules version 2 (see us_b_test.go).
var usStatesB = []Rule{
	// ---- US: Louisiana ----
	{ID: "la-51-3074-residents", Regime: "US-LA", Scope: "US-LA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_LA2005, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usB_LA + "(C)", To: "2018-08-01", Uncertain: true, Since: 2, Source: usB_LASrc, Checked: usB_Checked,
		Note: "Most expedient time, without unreasonable delay; no notice if after reasonable investigation there is no reasonable likelihood of harm. " + usB_NotReread},
	{ID: "la-51-3074-residents", Regime: "US-LA", Scope: "US-LA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Period: 60, Unit: CalendarDays, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_LA, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usB_LA + "(E) as amended by Act 382 of 2018 (SB 361)", From: "2018-08-01", Since: 2, Source: usB_LASrc, Checked: usB_Checked,
		Note: "No notice if after reasonable investigation there is no reasonable likelihood of harm (determination kept 5 years). A delay to determine scope must be explained to the AG in writing within the 60 days. Duty in (C) read in the official text; the 60-day paragraph letter and the Act 382 date are from secondary sources."},
	{ID: "la-51-3074-ag", Regime: "US-LA", Scope: "US-LA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: ConsumerNotice, Period: 10, Unit: CalendarDays, Clock: "distribution of notice to Louisiana citizens",
		Recipient: "Louisiana Attorney General, Consumer Protection Section",
		Threshold: Threshold{Categories: usPI_LA, EncryptionSafeHarbor: true, MinResidents: 1, Text: "notice to Louisiana residents is required"},
		Basis:     "LAC 16:III.701", Since: 2, Source: "https://ag.state.la.us/Page/DataBreach", Checked: usB_Checked,
		Note: "A regulation, not the statute: timely if received within 10 days of distribution of the resident notice; must list the names of all affected Louisiana residents."},
	{ID: "la-51-3074-controller", Regime: "US-LA", Scope: "US-LA", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_LA, EncryptionSafeHarbor: true, Text: "personal information maintained for the owner was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usB_LA + "(D)", Since: 2, Source: usB_LASrc, Checked: usB_Checked,
		Note: "Maintainer to owner or licensee following discovery; the official text sets no day count."},

	// ---- US: Maryland ----
	{ID: "md-14-3504-residents", Regime: "US-MD", Scope: "US-MD", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Assessment, Unit: None, Clock: "the business conducts the investigation",
		Threshold: Threshold{Categories: []string{"ssn", "tax_id", "drivers_license", "financial"}, EncryptionSafeHarbor: true, Text: "after the investigation, misuse of unencrypted personal information of a resident has occurred or is reasonably likely"},
		Basis:     usB_MD + "(b)(3)", To: "2018-01-01", Uncertain: true, Since: 2, Source: usB_MDSrc, Checked: usB_Checked,
		Note: "As soon as reasonably practicable after the investigation (pre-2018 text, read in an unofficial copy); the 2018 start of the 45-day rule and the pre-2018 PI list are from secondary sources."},
	{ID: "md-14-3504-residents", Regime: "US-MD", Scope: "US-MD", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Assessment, Period: 45, Unit: CalendarDays, Clock: "the business concludes the investigation",
		Threshold: Threshold{Categories: usPI_MD, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was acquired by an unauthorized person and misuse is likely"},
		Basis:     usB_MD + "(b)(3) as amended by HB 974 (2017)", From: "2018-01-01", To: "2022-10-01", Uncertain: true, Since: 2, Source: usB_MDSrc, Checked: usB_Checked,
		Note: "From 2018 to HB 962 (2022) the 45 days ran from the conclusion of the investigation (`assessed_at`); both dates are from secondary sources."},
	{ID: "md-14-3504-residents", Regime: "US-MD", Scope: "US-MD", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Period: 45, Unit: CalendarDays, Clock: "the business discovers or is notified of the breach of the security of a system",
		Threshold: Threshold{Categories: usPI_MD, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was acquired by an unauthorized person"},
		Basis:     usB_MD + "(b)(3)", From: "2022-10-01", Since: 2, Source: usB_MDSrc, Checked: usB_Checked,
		Note: "No notice if a prompt good-faith investigation reasonably determines misuse is not likely (records kept 3 years). Current text read in an unofficial copy; the 2022-10-01 start is from secondary sources."},
	{ID: "md-14-3504-ag", Regime: "US-MD", Scope: "US-MD", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: ConsumerNotice, Period: 0, Unit: CalendarDays, Clock: "prior to giving the notification to individuals",
		Recipient: "Maryland Attorney General",
		Threshold: Threshold{Categories: usPI_MD, EncryptionSafeHarbor: true, MinResidents: 1, Text: "notice to Maryland residents is required"},
		Basis:     usB_MD + "(h)", Since: 2, Source: usB_MDSrc, Checked: usB_Checked,
		Note: "Must reach the AG before the resident notice is given."},
	{ID: "md-14-3506-cra", Regime: "US-MD", Scope: "US-MD", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Recipient: usB_CRA,
		Threshold: Threshold{Categories: usPI_MD, EncryptionSafeHarbor: true, MinResidents: 1000, Text: "1,000 or more Maryland residents are notified"},
		Basis:     "Md. Code, Com. Law §14-3506", Uncertain: true, Since: 2, Source: "https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gcl&section=14-3506", Checked: usB_Checked,
		Note: "Without unreasonable delay: timing, distribution and content of the notices. " + usB_NotReread},
	{ID: "md-14-3504-controller", Regime: "US-MD", Scope: "US-MD", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Clock:     "the business discovers or is notified of the breach",
		Threshold: Threshold{Categories: usPI_MD, EncryptionSafeHarbor: true, Text: "personal information maintained for the owner or licensee was acquired by an unauthorized person"},
		Basis:     usB_MD + "(c)", Uncertain: true, Since: 2, Source: usB_MDSrc, Checked: usB_Checked,
		Note: "The statute sets a day limit for the maintainer's notice (45 days, shortened by the 2022 amendment); the number in force was not confirmed, so it is treated as as soon as practicable."},

	// ---- US: Massachusetts ----
	{ID: "ma-93h-3-residents", Regime: "US-MA", Scope: "US-MA", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Awareness, Unit: None, Clock: "knows or has reason to know of a breach of security or that personal information was acquired or used by an unauthorized person",
		Threshold: Threshold{Categories: usPI_MA, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was acquired or used by an unauthorized person, or a breach of security occurred"},
		Basis:     usB_MA + "(b)", Since: 2, Source: usB_MASrc, Checked: usB_Checked,
		Note: "As soon as practicable and without unreasonable delay (§3(b), read in an unofficial copy); a breach of security (§1) means a substantial risk of identity theft or fraud. Financial account or card numbers count with or without a code."},
	{ID: "ma-93h-3-ag", Regime: "US-MA", Scope: "US-MA", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Awareness, Unit: None, Clock: "knows or has reason to know of a breach of security",
		Recipient: "Massachusetts Attorney General and Director of the Office of Consumer Affairs and Business Regulation",
		Threshold: Threshold{Categories: usPI_MA, EncryptionSafeHarbor: true, MinResidents: 1, Text: "any number of Massachusetts residents"},
		Basis:     usB_MA + "(b)", Since: 2, Source: usB_MASrc, Checked: usB_Checked,
		Note: "Same time standard as the resident notice (§3(b), read in an unofficial copy); OCABR may then name consumer reporting agencies to notify (not encoded)."},
	{ID: "ma-93h-3-controller", Regime: "US-MA", Scope: "US-MA", Audience: "controller", Notifier: "processor", Trigger: Awareness, Unit: None,
		Clock:     "knows or has reason to know of a breach of security",
		Threshold: Threshold{Categories: usPI_MA, EncryptionSafeHarbor: true, Text: "personal information maintained for the owner was acquired or used by an unauthorized person"},
		Basis:     usB_MA + "(a)", Since: 2, Source: usB_MASrc, Checked: usB_Checked,
		Note: "As soon as practicable and without unreasonable delay; the maintainer cooperates with the owner (§3(a), read in an unofficial copy)."},

	// ---- US: Michigan ----
	{ID: "mi-445-72-residents", Regime: "US-MI", Scope: "US-MI", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovers a security breach, or receives notice of a security breach",
		Threshold: Threshold{Categories: usPI_MI, EncryptionSafeHarbor: true, Text: "unencrypted and unredacted personal information of a resident was accessed and acquired by an unauthorized person"},
		Basis:     usB_MI + "(1)", Uncertain: true, Since: 2, Source: usB_MISrc, Checked: usB_Checked,
		Note: "Without unreasonable delay; no notice if it is determined the breach has not caused and is not likely to cause substantial loss or injury or identity theft. " + usB_NotReread},
	{ID: "mi-445-72-cra", Regime: "US-MI", Scope: "US-MI", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Recipient: usB_CRA,
		Threshold: Threshold{Categories: usPI_MI, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 Michigan residents are notified"},
		Basis:     usB_MI + "(8)", Uncertain: true, Since: 2, Source: usB_MISrc, Checked: usB_Checked,
		Note: "Without unreasonable delay; not for persons subject to GLBA Title V. " + usB_NotReread},
	{ID: "mi-445-72-controller", Regime: "US-MI", Scope: "US-MI", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_MI, EncryptionSafeHarbor: true, Text: "personal information maintained for the owner was accessed and acquired by an unauthorized person"},
		Basis:     usB_MI + "(2)", Uncertain: true, Since: 2, Source: usB_MISrc, Checked: usB_Checked,
		Note: "Maintainer to owner or licensor, same risk-of-harm exception. " + usB_NotReread},

	// ---- US: Minnesota ----
	{ID: "mn-325e-61-residents", Regime: "US-MN", Scope: "US-MN", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_MN, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usB_MN + " subd. 1(a)", Uncertain: true, Since: 2, Source: usB_MNSrc, Checked: usB_Checked,
		Note: "Most expedient time possible and without unreasonable delay; no risk-of-harm exception. A secondary source reports a 2025 amendment adding AG notice (more than 500 residents): not confirmed, no row. " + usB_NotReread},
	{ID: "mn-325e-61-cra", Regime: "US-MN", Scope: "US-MN", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Period: 48, Unit: Hours, Recipient: usB_CRA,
		Threshold: Threshold{Categories: usPI_MN, EncryptionSafeHarbor: true, MinResidents: 500, Strict: true, Text: "more than 500 persons are notified at one time"},
		Basis:     usB_MN + " subd. 2", Uncertain: true, Since: 2, Source: usB_MNSrc, Checked: usB_Checked,
		Note: "Within 48 hours: the statute does not say of what; counted here from discovery, which is the conservative reading. " + usB_NotReread},
	{ID: "mn-325e-61-controller", Regime: "US-MN", Scope: "US-MN", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_MN, EncryptionSafeHarbor: true, Text: "personal information maintained for the owner was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usB_MN + " subd. 1(b)", Uncertain: true, Since: 2, Source: usB_MNSrc, Checked: usB_Checked,
		Note: "Immediately following discovery. " + usB_NotReread},

	// ---- US: Mississippi ----
	{ID: "ms-75-24-29-residents", Regime: "US-MS", Scope: "US-MS", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery of the breach",
		Threshold: Threshold{Categories: usPI_MS, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was acquired by an unauthorized person"},
		Basis:     usB_MS + "(3)", Uncertain: true, Since: 2, Source: usB_MSSrc, Checked: usB_Checked,
		Note: "Without unreasonable delay; no notice if after investigation the breach will not likely result in harm. Source is an unofficial copy (the Mississippi Code has no free official site). " + usB_NotReread},
	{ID: "ms-75-24-29-controller", Regime: "US-MS", Scope: "US-MS", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_MS, EncryptionSafeHarbor: true, Text: "personal information maintained for the owner was acquired by an unauthorized person"},
		Basis:     usB_MS + "(4)", Uncertain: true, Since: 2, Source: usB_MSSrc, Checked: usB_Checked,
		Note: "As soon as practicable following discovery, if PI was or is reasonably believed acquired for fraudulent purposes (law-firm summaries; text not read)."},

	// ---- US: Missouri ----
	{ID: "mo-407-1500-residents", Regime: "US-MO", Scope: "US-MO", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_MO, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was accessed and acquired by an unauthorized person"},
		Basis:     usB_MO + ".2(1)", Uncertain: true, Since: 2, Source: usB_MOSrc, Checked: usB_Checked,
		Note: "Without unreasonable delay; no notice if after investigation or consultation with law enforcement identity theft or fraud is not reasonably likely (determination kept 5 years). PI (subsection 1, read in a copy of the statute) includes any unique identification number created or collected by a government body; subsection 2 only from summaries."},
	{ID: "mo-407-1500-ag", Regime: "US-MO", Scope: "US-MO", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Recipient: "Missouri Attorney General",
		Threshold: Threshold{Categories: usPI_MO, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 Missouri consumers are notified at one time"},
		Basis:     usB_MO + ".2(8)", Uncertain: true, Since: 2, Source: usB_MOSrc, Checked: usB_Checked,
		Note: "Without unreasonable delay: timing, distribution and content of the notice. " + usB_NotReread},
	{ID: "mo-407-1500-cra", Regime: "US-MO", Scope: "US-MO", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Recipient: usB_CRA,
		Threshold: Threshold{Categories: usPI_MO, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 Missouri consumers are notified at one time"},
		Basis:     usB_MO + ".2(8)", Uncertain: true, Since: 2, Source: usB_MOSrc, Checked: usB_Checked,
		Note: "Without unreasonable delay. " + usB_NotReread},
	{ID: "mo-407-1500-controller", Regime: "US-MO", Scope: "US-MO", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_MO, EncryptionSafeHarbor: true, Text: "personal information maintained for the owner was accessed and acquired by an unauthorized person"},
		Basis:     usB_MO + ".2(2)", Uncertain: true, Since: 2, Source: usB_MOSrc, Checked: usB_Checked,
		Note: "Immediately following discovery. " + usB_NotReread},

	// ---- US: Montana ----
	{ID: "mt-30-14-1704-residents", Regime: "US-MT", Scope: "US-MT", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_MT, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usB_MT + "(1)", Uncertain: true, Since: 2, Source: usB_MTSrc, Checked: usB_Checked,
		Note: "Without unreasonable delay; PI includes tribal ID and IRS identity protection PIN (tax_id). " + usB_NotReread},
	{ID: "mt-30-14-1704-ag", Regime: "US-MT", Scope: "US-MT", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: ConsumerNotice, Period: 0, Unit: CalendarDays, Clock: "simultaneously with the notice to residents",
		Recipient: "Montana Department of Justice, Office of Consumer Protection",
		Threshold: Threshold{Categories: usPI_MT, EncryptionSafeHarbor: true, MinResidents: 1, Text: "notice to Montana residents is required"},
		Basis:     usB_MT + "(8) as added by HB 74 (2015)", From: "2015-10-01", Uncertain: true, Since: 2, Source: "https://dojmt.gov/office-of-consumer-protection/reporting-requirements-for-data-breaches", Checked: usB_Checked,
		Note: "Simultaneous electronic copy of the resident notice, with the number notified, date and method (Montana DOJ guidance); the subsection number and the 2015-10-01 start were not confirmed in the statute."},
	{ID: "mt-30-14-1704-controller", Regime: "US-MT", Scope: "US-MT", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_MT, EncryptionSafeHarbor: true, Text: "personal information maintained for the owner was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usB_MT + "(2)", Uncertain: true, Since: 2, Source: usB_MTSrc, Checked: usB_Checked,
		Note: "Immediately following discovery. " + usB_NotReread},

	// ---- US: Nebraska ----
	{ID: "ne-87-803-residents", Regime: "US-NE", Scope: "US-NE", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Awareness, Unit: None, Clock: "becomes aware of a breach of security of the system",
		Threshold: Threshold{Categories: usPI_NE2006, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was acquired by an unauthorized person"},
		Basis:     usB_NE + "(1)", To: "2016-07-21", Uncertain: true, Since: 2, Source: usB_NESrc, Checked: usB_Checked,
		Note: "As soon as possible and without unreasonable delay, only if the investigation finds misuse occurred or is reasonably likely. " + usB_NotReread},
	{ID: "ne-87-803-residents", Regime: "US-NE", Scope: "US-NE", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Awareness, Unit: None, Clock: "becomes aware of a breach of security of the system",
		Threshold: Threshold{Categories: usPI_NE, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was acquired by an unauthorized person"},
		Basis:     usB_NE + "(1) as amended by LB 835 (2016)", From: "2016-07-21", Uncertain: true, Since: 2, Source: usB_NESrc, Checked: usB_Checked,
		Note: "As soon as possible and without unreasonable delay, only if the investigation finds misuse occurred or is reasonably likely; LB 835 added user name/e-mail with password. Current text read in an unofficial copy; LB 835's operative date is taken as 2016-07-21 (one law-firm note says 2016-07-20)."},
	{ID: "ne-87-803-ag", Regime: "US-NE", Scope: "US-NE", Audience: "authority", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: ConsumerNotice, Period: 0, Unit: CalendarDays, Clock: "not later than the time when notice is provided to the Nebraska residents",
		Recipient: "Nebraska Attorney General",
		Threshold: Threshold{Categories: usPI_NE, EncryptionSafeHarbor: true, MinResidents: 1, Text: "notice to Nebraska residents is required"},
		Basis:     usB_NE + "(2) as added by LB 835 (2016)", From: "2016-07-21", Uncertain: true, Since: 2, Source: usB_NESrc, Checked: usB_Checked,
		Note: "Text read in an unofficial copy; LB 835's operative date is taken as 2016-07-21 (one law-firm note says 2016-07-20)."},
	{ID: "ne-87-803-controller", Regime: "US-NE", Scope: "US-NE", Audience: "controller", Notifier: "processor", Trigger: Awareness, Unit: None,
		Threshold: Threshold{Categories: usPI_NE, EncryptionSafeHarbor: true, Text: "personal information maintained for the owner was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usB_NE + "(3)", Since: 2, Source: usB_NESrc, Checked: usB_Checked,
		Note: "Notice to and cooperation with the owner or licensee; no day count (text read in an unofficial copy)."},

	// ---- US: Nevada ----
	{ID: "nv-603a-220-residents", Regime: "US-NV", Scope: "US-NV", Audience: "subjects", NoticeKind: "subjects", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Clock: "discovery or notification of the breach",
		Threshold: Threshold{Categories: usPI_NV, EncryptionSafeHarbor: true, Text: "unencrypted personal information of a resident was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usB_NV + "(1)", Uncertain: true, Since: 2, Source: usB_NVSrc, Checked: usB_Checked,
		Note: "Most expedient time possible and without unreasonable delay; no risk-of-harm exception. Subsection (1) read in an unofficial copy of the current text; the PI definition (NRS 603A.040: medical and health-insurance ID numbers, credentials) was not re-read."},
	{ID: "nv-603a-220-cra", Regime: "US-NV", Scope: "US-NV", Audience: "cra", NoticeKind: "authority", Language: "en", Notifier: "controller",
		Trigger: Discovery, Unit: None, Recipient: usB_CRA,
		Threshold: Threshold{Categories: usPI_NV, EncryptionSafeHarbor: true, MinResidents: 1000, Strict: true, Text: "more than 1,000 persons are notified at any one time"},
		Basis:     usB_NV + "(6)", Uncertain: true, Since: 2, Source: usB_NVSrc, Checked: usB_Checked,
		Note: "Without unreasonable delay. " + usB_NotReread},
	{ID: "nv-603a-220-controller", Regime: "US-NV", Scope: "US-NV", Audience: "controller", Notifier: "processor", Trigger: Discovery, Unit: None,
		Threshold: Threshold{Categories: usPI_NV, EncryptionSafeHarbor: true, Text: "personal information maintained for the owner was, or is reasonably believed to have been, acquired by an unauthorized person"},
		Basis:     usB_NV + "(2)", Since: 2, Source: usB_NVSrc, Checked: usB_Checked,
		Note: "Immediately following discovery (read in an unofficial copy of the current text)."},
}
