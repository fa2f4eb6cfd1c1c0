package notice

// vocabDE is the German vocabulary of the notices, in the terms of the
// German text of the GDPR (Datenschutz-Grundverordnung, DSGVO): "Verletzung
// des Schutzes personenbezogener Daten", "Aufsichtsbehörde", "betroffene
// Person". Translation by the project, not yet reviewed by counsel.
var vocabDE = vocabulary{
	dateLayout:   "02.01.2006 15:04",
	dayLayout:    "02.01.2006",
	onDay:        "am oder um den %s",
	betweenDays:  "zwischen dem %s und dem %s",
	unknownTime:  "noch nicht festgestellt",
	unknownCount: "noch nicht festgestellt",
	asap:         "unverzüglich",
	due:          "spätestens %s",
	asapDue:      "unverzüglich, spätestens %s",
	thousands:    ".",
	category: map[string]string{
		"contact":            "Kontaktdaten (etwa Name, E-Mail-Adresse, Telefonnummer oder Postanschrift)",
		"credentials":        "Zugangsdaten (Benutzernamen, Passwörter oder Authentifizierungs-Token)",
		"financial":          "Finanzdaten (etwa Bankverbindung oder Zahlungskartendaten)",
		"government_id":      "Amtliche Kennnummern (etwa Personalausweis- oder Reisepassnummer)",
		"health":             "Gesundheitsdaten",
		"biometric":          "Biometrische Daten",
		"genetic":            "Genetische Daten",
		"special_category":   "Andere besondere Kategorien personenbezogener Daten",
		"children":           "Personenbezogene Daten von Kindern",
		"location":           "Standortdaten",
		"online_identifiers": "Online-Kennungen (etwa IP-Adressen, Geräte- oder Cookie-Kennungen)",
		"other":              "Sonstige personenbezogene Daten",
	},
	nature: map[string]string{
		"confidentiality": "Verletzung der Vertraulichkeit: unbefugte oder unbeabsichtigte Offenlegung personenbezogener Daten oder unbefugter Zugang zu ihnen",
		"integrity":       "Verletzung der Integrität: unbefugte oder unbeabsichtigte Veränderung personenbezogener Daten",
		"availability":    "Verletzung der Verfügbarkeit: unbeabsichtigter oder unbefugter Verlust des Zugangs zu personenbezogenen Daten oder deren Vernichtung",
	},
	risk: map[string]string{
		"":         "Die Bewertung des Risikos für die Rechte und Freiheiten natürlicher Personen dauert an; ihr Ergebnis wird nachgereicht.",
		"unlikely": "Nach den derzeit vorliegenden Informationen führt die Verletzung voraussichtlich nicht zu einem Risiko für die Rechte und Freiheiten natürlicher Personen.",
		"risk":     "Nach den derzeit vorliegenden Informationen führt die Verletzung voraussichtlich zu einem Risiko, nicht jedoch zu einem hohen Risiko, für die Rechte und Freiheiten natürlicher Personen.",
		"high":     "Nach den derzeit vorliegenden Informationen führt die Verletzung voraussichtlich zu einem hohen Risiko für die Rechte und Freiheiten natürlicher Personen.",
	},
	audience: map[string]string{
		"authority":  "Aufsichtsbehörde",
		"subjects":   "Betroffene Personen",
		"controller": "Verantwortlicher",
	},
	countries: map[string]string{
		"AT": "Österreich", "BE": "Belgien", "BG": "Bulgarien", "HR": "Kroatien", "CY": "Zypern",
		"CZ": "Tschechien", "DK": "Dänemark", "EE": "Estland", "FI": "Finnland", "FR": "Frankreich",
		"DE": "Deutschland", "GR": "Griechenland", "HU": "Ungarn", "IE": "Irland", "IT": "Italien",
		"LV": "Lettland", "LT": "Litauen", "LU": "Luxemburg", "MT": "Malta", "NL": "Niederlande",
		"PL": "Polen", "PT": "Portugal", "RO": "Rumänien", "SK": "Slowakei", "SI": "Slowenien",
		"ES": "Spanien", "SE": "Schweden", "IS": "Island", "LI": "Liechtenstein", "NO": "Norwegen",
		"TR": "Türkei", "GB": "Vereinigtes Königreich", "CH": "Schweiz", "US": "Vereinigte Staaten",
	},
	usState: "Vereinigte Staaten, %s",
	encrypted: [3]string{
		"Die betroffenen personenbezogenen Daten waren nicht durch eine Verschlüsselung geschützt, die sie für Unbefugte unzugänglich macht, oder ein solcher Schutz ist nicht bestätigt.",
		"Die betroffenen personenbezogenen Daten waren verschlüsselt, und es gibt keinen Hinweis darauf, dass die Schlüssel kompromittiert wurden.",
		"Die betroffenen personenbezogenen Daten waren verschlüsselt, doch die Schlüssel könnten ebenfalls kompromittiert sein, sodass die Verschlüsselung die Daten nicht sicher schützt.",
	},
	plainEncr: [3]string{
		"",
		"Die Daten waren verschlüsselt (so verändert, dass sie ohne Schlüssel nicht lesbar sind), und wir haben keinen Hinweis darauf, dass der Schlüssel entwendet wurde.",
		"Die Daten waren verschlüsselt, doch der Schlüssel zum Lesen könnte ebenfalls entwendet worden sein. Gehen Sie deshalb davon aus, dass die Daten gelesen werden können.",
	},
	// "GDPR Art. 34(1)" reads "Art. 34 Abs. 1 DSGVO".
	basis: [][2]string{
		{"GDPR Art. 33(1)", "Art. 33 Abs. 1 DSGVO"},
		{"GDPR Art. 33(2)", "Art. 33 Abs. 2 DSGVO"},
		{"GDPR Art. 33(3)", "Art. 33 Abs. 3 DSGVO"},
		{"GDPR Art. 33(4)", "Art. 33 Abs. 4 DSGVO"},
		{"GDPR Art. 33(5)", "Art. 33 Abs. 5 DSGVO"},
		{"GDPR Art. 34(1)", "Art. 34 Abs. 1 DSGVO"},
		{"GDPR Art. 34(2)", "Art. 34 Abs. 2 DSGVO"},
		{"GDPR Art. 34(3)", "Art. 34 Abs. 3 DSGVO"},
		{"GDPR Art. 34(4)", "Art. 34 Abs. 4 DSGVO"},
		{"GDPR", "DSGVO"},
	},
}
