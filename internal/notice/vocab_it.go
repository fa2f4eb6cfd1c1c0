package notice

// vocabIT is the Italian vocabulary of the notices, in the terms of the
// Italian text of the GDPR (regolamento generale sulla protezione dei
// dati): "violazione dei dati personali", "autorità di controllo",
// "interessato". Translation by the project, not yet reviewed by counsel.
var vocabIT = vocabulary{
	dateLayout:   "02/01/2006 15:04",
	dayLayout:    "02/01/2006",
	onDay:        "il %s o in una data vicina",
	betweenDays:  "tra il %s e il %s",
	unknownTime:  "non ancora accertato",
	unknownCount: "non ancora accertato",
	asap:         "senza ingiustificato ritardo",
	due:          "entro il %s",
	asapDue:      "senza ingiustificato ritardo, entro il %s",
	thousands:    ".",
	category: map[string]string{
		"contact":            "Dati di contatto (ad esempio nome, indirizzo e-mail, numero di telefono o indirizzo postale)",
		"credentials":        "Credenziali di accesso (nomi utente, password o token di autenticazione)",
		"financial":          "Dati finanziari (ad esempio coordinate bancarie o dati della carta di pagamento)",
		"government_id":      "Numeri di identificazione ufficiali (ad esempio codice fiscale, numero della carta d'identità o del passaporto)",
		"health":             "Dati relativi alla salute",
		"biometric":          "Dati biometrici",
		"genetic":            "Dati genetici",
		"special_category":   "Altre categorie particolari di dati personali",
		"children":           "Dati personali di minori",
		"location":           "Dati relativi all'ubicazione",
		"online_identifiers": "Identificativi online (ad esempio indirizzi IP, identificativi di dispositivi o cookie)",
		"other":              "Altri dati personali",
	},
	nature: map[string]string{
		"confidentiality": "Violazione della riservatezza: divulgazione non autorizzata o accidentale di dati personali, o accesso non autorizzato agli stessi",
		"integrity":       "Violazione dell'integrità: modifica non autorizzata o accidentale di dati personali",
		"availability":    "Violazione della disponibilità: perdita accidentale o non autorizzata dell'accesso ai dati personali, o loro distruzione",
	},
	risk: map[string]string{
		"":         "La valutazione del rischio per i diritti e le libertà delle persone fisiche è in corso e sarà comunicata con una notifica successiva.",
		"unlikely": "Sulla base delle informazioni disponibili, è improbabile che la violazione presenti un rischio per i diritti e le libertà delle persone fisiche.",
		"risk":     "Sulla base delle informazioni disponibili, la violazione è suscettibile di presentare un rischio, ma non un rischio elevato, per i diritti e le libertà delle persone fisiche.",
		"high":     "Sulla base delle informazioni disponibili, la violazione è suscettibile di presentare un rischio elevato per i diritti e le libertà delle persone fisiche.",
	},
	audience: map[string]string{
		"authority":  "Autorità di controllo",
		"subjects":   "Interessati",
		"controller": "Titolare del trattamento",
	},
	countries: map[string]string{
		"AT": "Austria", "BE": "Belgio", "BG": "Bulgaria", "HR": "Croazia", "CY": "Cipro",
		"CZ": "Cechia", "DK": "Danimarca", "EE": "Estonia", "FI": "Finlandia", "FR": "Francia",
		"DE": "Germania", "GR": "Grecia", "HU": "Ungheria", "IE": "Irlanda", "IT": "Italia",
		"LV": "Lettonia", "LT": "Lituania", "LU": "Lussemburgo", "MT": "Malta", "NL": "Paesi Bassi",
		"PL": "Polonia", "PT": "Portogallo", "RO": "Romania", "SK": "Slovacchia", "SI": "Slovenia",
		"ES": "Spagna", "SE": "Svezia", "IS": "Islanda", "LI": "Liechtenstein", "NO": "Norvegia",
		"TR": "Turchia", "GB": "Regno Unito", "CH": "Svizzera", "US": "Stati Uniti",
	},
	usState: "Stati Uniti, %s",
	encrypted: [3]string{
		"I dati personali coinvolti non erano protetti da una cifratura che li renda incomprensibili a chi non è autorizzato ad accedervi, oppure tale protezione non è confermata.",
		"I dati personali coinvolti erano cifrati e nulla indica che le chiavi di decifratura siano state compromesse.",
		"I dati personali coinvolti erano cifrati, ma anche le chiavi di decifratura potrebbero essere state compromesse: la cifratura non può quindi considerarsi una protezione dei dati.",
	},
	plainEncr: [3]string{
		"",
		"I dati erano cifrati (resi illeggibili senza una chiave) e non abbiamo indizi che la chiave sia stata sottratta.",
		"I dati erano cifrati, ma anche la chiave necessaria per leggerli potrebbe essere stata sottratta: consideri quindi che i dati possano essere letti.",
	},
	// "GDPR Art. 34(1)" reads "articolo 34, paragrafo 1, del RGPD".
	basis: [][2]string{
		{"GDPR Art. 33(1)", "articolo 33, paragrafo 1, del RGPD"},
		{"GDPR Art. 33(2)", "articolo 33, paragrafo 2, del RGPD"},
		{"GDPR Art. 33(3)", "articolo 33, paragrafo 3, del RGPD"},
		{"GDPR Art. 33(4)", "articolo 33, paragrafo 4, del RGPD"},
		{"GDPR Art. 33(5)", "articolo 33, paragrafo 5, del RGPD"},
		{"GDPR Art. 34(1)", "articolo 34, paragrafo 1, del RGPD"},
		{"GDPR Art. 34(2)", "articolo 34, paragrafo 2, del RGPD"},
		{"GDPR Art. 34(3)", "articolo 34, paragrafo 3, del RGPD"},
		{"GDPR Art. 34(4)", "articolo 34, paragrafo 4, del RGPD"},
		{"GDPR Art. ", "RGPD, articolo "},
		{"GDPR", "RGPD"},
	},
}
