package notice

// vocabDA is the Danish vocabulary of the notices, in the terms of the
// Danish text of the GDPR (databeskyttelsesforordningen): "brud på
// persondatasikkerheden", "tilsynsmyndighed", "den registrerede".
// Translation by the project, not yet reviewed by counsel.
var vocabDA = vocabulary{
	dateLayout:   "02.01.2006 15:04",
	dayLayout:    "02.01.2006",
	onDay:        "omkring den %s",
	betweenDays:  "mellem den %s og den %s",
	unknownTime:  "endnu ikke fastlagt",
	unknownCount: "endnu ikke fastlagt",
	asap:         "uden unødig forsinkelse",
	due:          "senest %s",
	asapDue:      "uden unødig forsinkelse og senest %s",
	thousands:    ".", // 1.534
	category: map[string]string{
		"contact":            "Kontaktoplysninger (f.eks. navn, e-mailadresse, telefonnummer eller postadresse)",
		"credentials":        "Loginoplysninger (brugernavne, adgangskoder eller godkendelsestokens)",
		"financial":          "Økonomiske oplysninger (f.eks. kontonummer eller betalingskortoplysninger)",
		"government_id":      "Identifikationsnumre udstedt af myndigheder (f.eks. cpr-nummer eller nummer på pas eller kørekort)",
		"health":             "Helbredsoplysninger",
		"biometric":          "Biometriske data",
		"genetic":            "Genetiske data",
		"special_category":   "Andre særlige kategorier af personoplysninger",
		"children":           "Personoplysninger om børn",
		"location":           "Lokaliseringsdata",
		"online_identifiers": "Onlineidentifikatorer (f.eks. IP-adresser eller id'er for enheder eller cookies)",
		"other":              "Andre personoplysninger",
	},
	nature: map[string]string{
		"confidentiality": "Brud på fortroligheden: uautoriseret eller hændelig videregivelse af eller adgang til personoplysninger",
		"integrity":       "Brud på integriteten: uautoriseret eller hændelig ændring af personoplysninger",
		"availability":    "Brud på tilgængeligheden: hændeligt eller uautoriseret tab af adgang til personoplysninger eller tilintetgørelse af dem",
	},
	risk: map[string]string{
		"":         "Vurderingen af risikoen for fysiske personers rettigheder og frihedsrettigheder er i gang, og resultatet vil blive givet i en supplerende anmeldelse.",
		"unlikely": "På grundlag af de oplysninger, der foreligger nu, vurderer vi, at det er usandsynligt, at bruddet indebærer en risiko for fysiske personers rettigheder og frihedsrettigheder.",
		"risk":     "På grundlag af de oplysninger, der foreligger nu, vurderer vi, at bruddet sandsynligvis indebærer en risiko, men ikke en høj risiko, for fysiske personers rettigheder og frihedsrettigheder.",
		"high":     "På grundlag af de oplysninger, der foreligger nu, vurderer vi, at bruddet sandsynligvis indebærer en høj risiko for fysiske personers rettigheder og frihedsrettigheder.",
	},
	audience: map[string]string{
		"authority":  "Tilsynsmyndighed",
		"subjects":   "Registrerede",
		"controller": "Dataansvarlig",
	},
	countries: map[string]string{
		"AT": "Østrig", "BE": "Belgien", "BG": "Bulgarien", "HR": "Kroatien", "CY": "Cypern",
		"CZ": "Tjekkiet", "DK": "Danmark", "EE": "Estland", "FI": "Finland", "FR": "Frankrig",
		"DE": "Tyskland", "GR": "Grækenland", "HU": "Ungarn", "IE": "Irland", "IT": "Italien",
		"LV": "Letland", "LT": "Litauen", "LU": "Luxembourg", "MT": "Malta", "NL": "Nederlandene",
		"PL": "Polen", "PT": "Portugal", "RO": "Rumænien", "SK": "Slovakiet", "SI": "Slovenien",
		"ES": "Spanien", "SE": "Sverige", "IS": "Island", "LI": "Liechtenstein", "NO": "Norge",
		"TR": "Tyrkiet", "GB": "Storbritannien", "CH": "Schweiz", "US": "USA",
	},
	usState: "USA, %s",
	encrypted: [3]string{
		"De berørte personoplysninger var ikke beskyttet med kryptering, der gør dem uforståelige for uvedkommende, eller en sådan beskyttelse er ikke blevet bekræftet.",
		"De berørte personoplysninger var krypteret, og intet tyder på, at dekrypteringsnøglerne er blevet kompromitteret.",
		"De berørte personoplysninger var krypteret, men også dekrypteringsnøglerne kan være blevet kompromitteret, så det kan ikke lægges til grund, at krypteringen beskytter oplysningerne.",
	},
	plainEncr: [3]string{
		"",
		"Oplysningerne var krypteret (beskyttet, så de ikke kan læses uden en nøgle), og intet tyder på, at nøglen er kommet i de forkerte hænder.",
		"Oplysningerne var krypteret, men den nøgle, der skal bruges til at læse dem, kan også være kommet i de forkerte hænder. Du bør derfor gå ud fra, at andre kan læse oplysningerne.",
	},
	// "GDPR Art. 34(1)" reads "artikel 34, stk. 1, i
	// databeskyttelsesforordningen"; other citations keep their numbering
	// after "databeskyttelsesforordningen, artikel".
	basis: [][2]string{
		{"GDPR Art. 33(1)", "artikel 33, stk. 1, i databeskyttelsesforordningen"},
		{"GDPR Art. 33(2)", "artikel 33, stk. 2, i databeskyttelsesforordningen"},
		{"GDPR Art. 33(3)", "artikel 33, stk. 3, i databeskyttelsesforordningen"},
		{"GDPR Art. 33(4)", "artikel 33, stk. 4, i databeskyttelsesforordningen"},
		{"GDPR Art. 33(5)", "artikel 33, stk. 5, i databeskyttelsesforordningen"},
		{"GDPR Art. 34(1)", "artikel 34, stk. 1, i databeskyttelsesforordningen"},
		{"GDPR Art. 34(2)", "artikel 34, stk. 2, i databeskyttelsesforordningen"},
		{"GDPR Art. 34(3)", "artikel 34, stk. 3, i databeskyttelsesforordningen"},
		{"GDPR Art. 34(4)", "artikel 34, stk. 4, i databeskyttelsesforordningen"},
		{"GDPR Art. ", "databeskyttelsesforordningen, artikel "},
		{"GDPR", "databeskyttelsesforordningen"},
	},
}
