package notice

// vocabNL is the Dutch vocabulary of the notices, in the terms of the
// Dutch text of the GDPR (Algemene verordening gegevensbescherming, AVG):
// "inbreuk in verband met persoonsgegevens", "toezichthoudende autoriteit",
// "betrokkene". Translation by the project, not yet reviewed by counsel.
var vocabNL = vocabulary{
	dateLayout:   "02-01-2006 15:04",
	dayLayout:    "02-01-2006",
	onDay:        "omstreeks %s",
	betweenDays:  "tussen %s en %s",
	unknownTime:  "nog niet vastgesteld",
	unknownCount: "nog niet vastgesteld",
	asap:         "zonder onredelijke vertraging",
	due:          "uiterlijk %s",
	asapDue:      "zonder onredelijke vertraging en uiterlijk %s",
	thousands:    ".", // 1.534
	category: map[string]string{
		"contact":            "Contactgegevens (zoals naam, e-mailadres, telefoonnummer of postadres)",
		"credentials":        "Inloggegevens (gebruikersnamen, wachtwoorden of authenticatietokens)",
		"financial":          "Financiële gegevens (zoals bankrekeningnummer of betaalkaartgegevens)",
		"government_id":      "Door de overheid uitgegeven identificatienummers (zoals het burgerservicenummer of het nummer van een identiteitskaart of paspoort)",
		"health":             "Gegevens over gezondheid",
		"biometric":          "Biometrische gegevens",
		"genetic":            "Genetische gegevens",
		"special_category":   "Andere bijzondere categorieën van persoonsgegevens",
		"children":           "Persoonsgegevens van kinderen",
		"location":           "Locatiegegevens",
		"online_identifiers": "Online-identificatoren (zoals IP-adressen of apparaat- of cookie-ID's)",
		"other":              "Andere persoonsgegevens",
	},
	nature: map[string]string{
		"confidentiality": "Inbreuk op de vertrouwelijkheid: ongeoorloofde of onbedoelde verstrekking van of toegang tot persoonsgegevens",
		"integrity":       "Inbreuk op de integriteit: ongeoorloofde of onbedoelde wijziging van persoonsgegevens",
		"availability":    "Inbreuk op de beschikbaarheid: onbedoeld of ongeoorloofd verlies van toegang tot persoonsgegevens of vernietiging ervan",
	},
	risk: map[string]string{
		"":         "De beoordeling van het risico voor de rechten en vrijheden van natuurlijke personen loopt nog; de uitkomst volgt in een aanvullende melding.",
		"unlikely": "Op basis van de informatie die nu beschikbaar is, achten wij het onwaarschijnlijk dat de inbreuk een risico inhoudt voor de rechten en vrijheden van natuurlijke personen.",
		"risk":     "Op basis van de informatie die nu beschikbaar is, achten wij het waarschijnlijk dat de inbreuk een risico, maar geen hoog risico, inhoudt voor de rechten en vrijheden van natuurlijke personen.",
		"high":     "Op basis van de informatie die nu beschikbaar is, achten wij het waarschijnlijk dat de inbreuk een hoog risico inhoudt voor de rechten en vrijheden van natuurlijke personen.",
	},
	audience: map[string]string{
		"authority":  "Toezichthoudende autoriteit",
		"subjects":   "Betrokkenen",
		"controller": "Verwerkingsverantwoordelijke",
	},
	countries: map[string]string{
		"AT": "Oostenrijk", "BE": "België", "BG": "Bulgarije", "HR": "Kroatië", "CY": "Cyprus",
		"CZ": "Tsjechië", "DK": "Denemarken", "EE": "Estland", "FI": "Finland", "FR": "Frankrijk",
		"DE": "Duitsland", "GR": "Griekenland", "HU": "Hongarije", "IE": "Ierland", "IT": "Italië",
		"LV": "Letland", "LT": "Litouwen", "LU": "Luxemburg", "MT": "Malta", "NL": "Nederland",
		"PL": "Polen", "PT": "Portugal", "RO": "Roemenië", "SK": "Slowakije", "SI": "Slovenië",
		"ES": "Spanje", "SE": "Zweden", "IS": "IJsland", "LI": "Liechtenstein", "NO": "Noorwegen",
		"TR": "Turkije", "GB": "Verenigd Koninkrijk", "CH": "Zwitserland", "US": "Verenigde Staten",
	},
	usState: "Verenigde Staten, %s",
	encrypted: [3]string{
		"De getroffen persoonsgegevens waren niet beveiligd met versleuteling die ze onbegrijpelijk maakt voor onbevoegden, of een dergelijke beveiliging is niet bevestigd.",
		"De getroffen persoonsgegevens waren versleuteld en er zijn geen aanwijzingen dat de ontsleutelingssleutels zijn gecompromitteerd.",
		"De getroffen persoonsgegevens waren versleuteld, maar ook de ontsleutelingssleutels kunnen zijn gecompromitteerd; er kan daarom niet van worden uitgegaan dat de versleuteling de gegevens beschermt.",
	},
	plainEncr: [3]string{
		"",
		"De gegevens waren versleuteld (zo beveiligd dat ze zonder sleutel niet te lezen zijn) en er zijn geen aanwijzingen dat de sleutel in verkeerde handen is gekomen.",
		"De gegevens waren versleuteld, maar de sleutel die nodig is om ze te lezen, kan ook in verkeerde handen zijn gekomen. Ga er daarom van uit dat anderen de gegevens kunnen lezen.",
	},
	// "GDPR Art. 34(1)" reads "artikel 34, lid 1, AVG"; other citations
	// keep their numbering after "AVG, artikel".
	basis: [][2]string{
		{"GDPR Art. 33(1)", "artikel 33, lid 1, AVG"},
		{"GDPR Art. 33(2)", "artikel 33, lid 2, AVG"},
		{"GDPR Art. 33(3)", "artikel 33, lid 3, AVG"},
		{"GDPR Art. 33(4)", "artikel 33, lid 4, AVG"},
		{"GDPR Art. 33(5)", "artikel 33, lid 5, AVG"},
		{"GDPR Art. 34(1)", "artikel 34, lid 1, AVG"},
		{"GDPR Art. 34(2)", "artikel 34, lid 2, AVG"},
		{"GDPR Art. 34(3)", "artikel 34, lid 3, AVG"},
		{"GDPR Art. 34(4)", "artikel 34, lid 4, AVG"},
		{"GDPR Art. ", "AVG, artikel "},
		{"GDPR", "AVG"},
	},
}
