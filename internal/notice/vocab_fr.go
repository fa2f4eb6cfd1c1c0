package notice

// vocabFR is the French vocabulary of the notices, in the terms of the
// French text of the GDPR (règlement général sur la protection des
// données, RGPD): "violation de données à caractère personnel", "autorité
// de contrôle", "personne concernée". Translation by the project, not yet
// reviewed by counsel.
var vocabFR = vocabulary{
	dateLayout:   "02/01/2006 15:04",
	dayLayout:    "02/01/2006",
	onDay:        "le %s ou vers cette date",
	betweenDays:  "entre le %s et le %s",
	unknownTime:  "pas encore déterminé",
	unknownCount: "pas encore déterminé",
	asap:         "dans les meilleurs délais",
	due:          "au plus tard le %s",
	asapDue:      "dans les meilleurs délais, au plus tard le %s",
	thousands:    "\u00a0", // a non-breaking space: 1 534
	category: map[string]string{
		"contact":            "Coordonnées (nom, adresse électronique, numéro de téléphone ou adresse postale, par exemple)",
		"credentials":        "Identifiants de connexion (noms d'utilisateur, mots de passe ou jetons d'authentification)",
		"financial":          "Données financières (coordonnées bancaires ou de carte de paiement, par exemple)",
		"government_id":      "Numéros d'identification officiels (numéro de carte d'identité ou de passeport, par exemple)",
		"health":             "Données concernant la santé",
		"biometric":          "Données biométriques",
		"genetic":            "Données génétiques",
		"special_category":   "Autres catégories particulières de données à caractère personnel",
		"children":           "Données à caractère personnel d'enfants",
		"location":           "Données de localisation",
		"online_identifiers": "Identifiants en ligne (adresses IP, identifiants d'appareil ou de cookie, par exemple)",
		"other":              "Autres données à caractère personnel",
	},
	nature: map[string]string{
		"confidentiality": "Violation de la confidentialité : divulgation non autorisée ou accidentelle de données à caractère personnel, ou accès non autorisé à celles-ci",
		"integrity":       "Violation de l'intégrité : modification non autorisée ou accidentelle de données à caractère personnel",
		"availability":    "Violation de la disponibilité : perte accidentelle ou non autorisée de l'accès à des données à caractère personnel, ou destruction de celles-ci",
	},
	risk: map[string]string{
		"":         "L'évaluation du risque pour les droits et libertés des personnes physiques est en cours ; elle sera communiquée dans une notification complémentaire.",
		"unlikely": "Au vu des informations disponibles, la violation n'est pas susceptible d'engendrer un risque pour les droits et libertés des personnes physiques.",
		"risk":     "Au vu des informations disponibles, la violation est susceptible d'engendrer un risque, mais non un risque élevé, pour les droits et libertés des personnes physiques.",
		"high":     "Au vu des informations disponibles, la violation est susceptible d'engendrer un risque élevé pour les droits et libertés des personnes physiques.",
	},
	audience: map[string]string{
		"authority":  "Autorité de contrôle",
		"subjects":   "Personnes concernées",
		"controller": "Responsable du traitement",
	},
	countries: map[string]string{
		"AT": "Autriche", "BE": "Belgique", "BG": "Bulgarie", "HR": "Croatie", "CY": "Chypre",
		"CZ": "Tchéquie", "DK": "Danemark", "EE": "Estonie", "FI": "Finlande", "FR": "France",
		"DE": "Allemagne", "GR": "Grèce", "HU": "Hongrie", "IE": "Irlande", "IT": "Italie",
		"LV": "Lettonie", "LT": "Lituanie", "LU": "Luxembourg", "MT": "Malte", "NL": "Pays-Bas",
		"PL": "Pologne", "PT": "Portugal", "RO": "Roumanie", "SK": "Slovaquie", "SI": "Slovénie",
		"ES": "Espagne", "SE": "Suède", "IS": "Islande", "LI": "Liechtenstein", "NO": "Norvège",
		"TR": "Turquie", "GB": "Royaume-Uni", "CH": "Suisse", "US": "États-Unis",
	},
	usState: "États-Unis, %s",
	encrypted: [3]string{
		"Les données à caractère personnel concernées n'étaient pas protégées par un chiffrement les rendant incompréhensibles pour toute personne non autorisée, ou cette protection n'est pas confirmée.",
		"Les données à caractère personnel concernées étaient chiffrées, et rien n'indique que les clés de déchiffrement aient été compromises.",
		"Les données à caractère personnel concernées étaient chiffrées, mais les clés de déchiffrement ont pu être compromises elles aussi : le chiffrement ne peut donc pas être considéré comme protégeant les données.",
	},
	plainEncr: [3]string{
		"",
		"Les données étaient chiffrées (rendues illisibles sans une clé), et rien n'indique que la clé ait été dérobée.",
		"Les données étaient chiffrées, mais la clé permettant de les lire a pu être dérobée elle aussi : considérez donc que les données peuvent être lues.",
	},
	// "GDPR Art. 34(1)" reads "article 34, paragraphe 1, du RGPD".
	basis: [][2]string{
		{"GDPR Art. 33(1)", "article 33, paragraphe 1, du RGPD"},
		{"GDPR Art. 33(2)", "article 33, paragraphe 2, du RGPD"},
		{"GDPR Art. 33(3)", "article 33, paragraphe 3, du RGPD"},
		{"GDPR Art. 33(4)", "article 33, paragraphe 4, du RGPD"},
		{"GDPR Art. 33(5)", "article 33, paragraphe 5, du RGPD"},
		{"GDPR Art. 34(1)", "article 34, paragraphe 1, du RGPD"},
		{"GDPR Art. 34(2)", "article 34, paragraphe 2, du RGPD"},
		{"GDPR Art. 34(3)", "article 34, paragraphe 3, du RGPD"},
		{"GDPR Art. 34(4)", "article 34, paragraphe 4, du RGPD"},
		{"GDPR Art. ", "RGPD, article "},
		{"GDPR", "RGPD"},
	},
}
