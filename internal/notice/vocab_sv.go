package notice

// vocabSV is the Swedish vocabulary of the notices, in the terms of the
// Swedish text of the GDPR (dataskyddsförordningen):
// "personuppgiftsincident", "tillsynsmyndighet", "den registrerade".
// Translation by the project, not yet reviewed by counsel.
var vocabSV = vocabulary{
	dateLayout:   "2006-01-02 15:04",
	dayLayout:    "2006-01-02",
	onDay:        "omkring den %s",
	betweenDays:  "mellan den %s och den %s",
	unknownTime:  "ännu inte fastställt",
	unknownCount: "ännu inte fastställt",
	asap:         "utan onödigt dröjsmål",
	due:          "senast %s",
	asapDue:      "utan onödigt dröjsmål och senast %s",
	thousands:    "\u00a0", // a non-breaking space: 1 534
	category: map[string]string{
		"contact":            "Kontaktuppgifter (till exempel namn, e-postadress, telefonnummer eller postadress)",
		"credentials":        "Inloggningsuppgifter (användarnamn, lösenord eller autentiseringstoken)",
		"financial":          "Finansiella uppgifter (till exempel bankkonto- eller betalkortsuppgifter)",
		"government_id":      "Identitetsnummer som utfärdats av myndigheter (till exempel personnummer eller nummer på id-kort eller pass)",
		"health":             "Uppgifter om hälsa",
		"biometric":          "Biometriska uppgifter",
		"genetic":            "Genetiska uppgifter",
		"special_category":   "Andra särskilda kategorier av personuppgifter",
		"children":           "Personuppgifter om barn",
		"location":           "Lokaliseringsuppgifter",
		"online_identifiers": "Onlineidentifikatorer (till exempel IP-adresser eller identifierare för enheter eller kakor)",
		"other":              "Andra personuppgifter",
	},
	nature: map[string]string{
		"confidentiality": "Brott mot konfidentialiteten: obehörigt eller oavsiktligt röjande av eller åtkomst till personuppgifter",
		"integrity":       "Brott mot riktigheten: obehörig eller oavsiktlig ändring av personuppgifter",
		"availability":    "Brott mot tillgängligheten: oavsiktlig eller obehörig förlust av åtkomst till personuppgifter eller förstöring av dem",
	},
	risk: map[string]string{
		"":         "Bedömningen av risken för fysiska personers rättigheter och friheter pågår och kommer att lämnas i en kompletterande anmälan.",
		"unlikely": "Utifrån den information som nu finns bedömer vi att det är osannolikt att incidenten medför en risk för fysiska personers rättigheter och friheter.",
		"risk":     "Utifrån den information som nu finns bedömer vi att incidenten sannolikt medför en risk, men inte en hög risk, för fysiska personers rättigheter och friheter.",
		"high":     "Utifrån den information som nu finns bedömer vi att incidenten sannolikt leder till en hög risk för fysiska personers rättigheter och friheter.",
	},
	audience: map[string]string{
		"authority":  "Tillsynsmyndighet",
		"subjects":   "Registrerade",
		"controller": "Personuppgiftsansvarig",
	},
	countries: map[string]string{
		"AT": "Österrike", "BE": "Belgien", "BG": "Bulgarien", "HR": "Kroatien", "CY": "Cypern",
		"CZ": "Tjeckien", "DK": "Danmark", "EE": "Estland", "FI": "Finland", "FR": "Frankrike",
		"DE": "Tyskland", "GR": "Grekland", "HU": "Ungern", "IE": "Irland", "IT": "Italien",
		"LV": "Lettland", "LT": "Litauen", "LU": "Luxemburg", "MT": "Malta", "NL": "Nederländerna",
		"PL": "Polen", "PT": "Portugal", "RO": "Rumänien", "SK": "Slovakien", "SI": "Slovenien",
		"ES": "Spanien", "SE": "Sverige", "IS": "Island", "LI": "Liechtenstein", "NO": "Norge",
		"TR": "Turkiet", "GB": "Storbritannien", "CH": "Schweiz", "US": "USA",
	},
	usState: "USA, %s",
	encrypted: [3]string{
		"De berörda personuppgifterna var inte skyddade med kryptering som gör dem oläsbara för obehöriga, eller så har ett sådant skydd inte kunnat bekräftas.",
		"De berörda personuppgifterna var krypterade, och inget tyder på att dekrypteringsnycklarna har röjts.",
		"De berörda personuppgifterna var krypterade, men även dekrypteringsnycklarna kan ha röjts, så krypteringen kan inte anses skydda uppgifterna.",
	},
	plainEncr: [3]string{
		"",
		"Uppgifterna var krypterade (omvandlade så att de inte kan läsas utan en nyckel), och vi har inga tecken på att nyckeln har kommit i orätta händer.",
		"Uppgifterna var krypterade, men nyckeln som behövs för att läsa dem kan också ha kommit i orätta händer. Du bör därför utgå från att uppgifterna kan läsas.",
	},
	// "GDPR Art. 34(1)" reads "artikel 34.1 i dataskyddsförordningen";
	// other citations keep their numbering after "dataskyddsförordningen,
	// artikel".
	basis: [][2]string{
		{"GDPR Art. 33(1)", "artikel 33.1 i dataskyddsförordningen"},
		{"GDPR Art. 33(2)", "artikel 33.2 i dataskyddsförordningen"},
		{"GDPR Art. 33(3)", "artikel 33.3 i dataskyddsförordningen"},
		{"GDPR Art. 33(4)", "artikel 33.4 i dataskyddsförordningen"},
		{"GDPR Art. 33(5)", "artikel 33.5 i dataskyddsförordningen"},
		{"GDPR Art. 34(1)", "artikel 34.1 i dataskyddsförordningen"},
		{"GDPR Art. 34(2)", "artikel 34.2 i dataskyddsförordningen"},
		{"GDPR Art. 34(3)", "artikel 34.3 i dataskyddsförordningen"},
		{"GDPR Art. 34(4)", "artikel 34.4 i dataskyddsförordningen"},
		{"GDPR Art. ", "dataskyddsförordningen, artikel "},
		{"GDPR", "dataskyddsförordningen"},
	},
}
