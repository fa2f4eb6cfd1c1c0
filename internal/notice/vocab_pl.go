package notice

// vocabPL is the Polish vocabulary of the notices, in the terms of the
// Polish text of the GDPR (RODO): "naruszenie ochrony danych osobowych",
// "organ nadzorczy", "osoba, której dane dotyczą". Translation by the
// project, not yet reviewed by counsel.
var vocabPL = vocabulary{
	dateLayout:   "02.01.2006 15:04",
	dayLayout:    "02.01.2006",
	onDay:        "około %s",
	betweenDays:  "między %s a %s",
	unknownTime:  "jeszcze nie ustalono",
	unknownCount: "jeszcze nie ustalono",
	asap:         "bez zbędnej zwłoki",
	due:          "do %s",
	asapDue:      "bez zbędnej zwłoki, najpóźniej do %s",
	thousands:    "\u00a0", // a non-breaking space: 1 534
	category: map[string]string{
		"contact":            "Dane kontaktowe (np. imię i nazwisko, adres e-mail, numer telefonu lub adres pocztowy)",
		"credentials":        "Dane logowania do konta (nazwy użytkownika, hasła lub tokeny uwierzytelniające)",
		"financial":          "Dane finansowe (np. numer rachunku bankowego lub dane karty płatniczej)",
		"government_id":      "Numery identyfikacyjne nadane przez państwo (np. numer PESEL, numer dowodu osobistego lub paszportu)",
		"health":             "Dane dotyczące zdrowia",
		"biometric":          "Dane biometryczne",
		"genetic":            "Dane genetyczne",
		"special_category":   "Inne szczególne kategorie danych osobowych",
		"children":           "Dane osobowe dzieci",
		"location":           "Dane o lokalizacji",
		"online_identifiers": "Identyfikatory internetowe (np. adresy IP, identyfikatory urządzeń lub plików cookie)",
		"other":              "Inne dane osobowe",
	},
	nature: map[string]string{
		"confidentiality": "Naruszenie poufności: nieuprawnione lub przypadkowe ujawnienie danych osobowych lub uzyskanie do nich dostępu",
		"integrity":       "Naruszenie integralności: nieuprawniona lub przypadkowa zmiana danych osobowych",
		"availability":    "Naruszenie dostępności: przypadkowa lub nieuprawniona utrata dostępu do danych osobowych lub ich zniszczenie",
	},
	risk: map[string]string{
		"":         "Ocena ryzyka naruszenia praw lub wolności osób fizycznych trwa; jej wynik zostanie przekazany w zgłoszeniu uzupełniającym.",
		"unlikely": "Na podstawie obecnie dostępnych informacji uważamy, że jest mało prawdopodobne, by naruszenie skutkowało ryzykiem naruszenia praw lub wolności osób fizycznych.",
		"risk":     "Na podstawie obecnie dostępnych informacji uważamy, że naruszenie może skutkować ryzykiem naruszenia praw lub wolności osób fizycznych, lecz nie wysokim ryzykiem.",
		"high":     "Na podstawie obecnie dostępnych informacji uważamy, że naruszenie może powodować wysokie ryzyko naruszenia praw lub wolności osób fizycznych.",
	},
	audience: map[string]string{
		"authority":  "Organ nadzorczy",
		"subjects":   "Osoby, których dane dotyczą",
		"controller": "Administrator",
	},
	countries: map[string]string{
		"AT": "Austria", "BE": "Belgia", "BG": "Bułgaria", "HR": "Chorwacja", "CY": "Cypr",
		"CZ": "Czechy", "DK": "Dania", "EE": "Estonia", "FI": "Finlandia", "FR": "Francja",
		"DE": "Niemcy", "GR": "Grecja", "HU": "Węgry", "IE": "Irlandia", "IT": "Włochy",
		"LV": "Łotwa", "LT": "Litwa", "LU": "Luksemburg", "MT": "Malta", "NL": "Niderlandy",
		"PL": "Polska", "PT": "Portugalia", "RO": "Rumunia", "SK": "Słowacja", "SI": "Słowenia",
		"ES": "Hiszpania", "SE": "Szwecja", "IS": "Islandia", "LI": "Liechtenstein", "NO": "Norwegia",
		"TR": "Turcja", "GB": "Zjednoczone Królestwo", "CH": "Szwajcaria", "US": "Stany Zjednoczone",
	},
	usState: "Stany Zjednoczone, %s",
	encrypted: [3]string{
		"Dane osobowe, których dotyczy naruszenie, nie były zabezpieczone szyfrowaniem uniemożliwiającym ich odczyt osobom nieuprawnionym albo takie zabezpieczenie nie zostało potwierdzone.",
		"Dane osobowe, których dotyczy naruszenie, były zaszyfrowane i nic nie wskazuje na to, że klucze deszyfrujące zostały ujawnione lub przejęte.",
		"Dane osobowe, których dotyczy naruszenie, były zaszyfrowane, ale klucze deszyfrujące również mogły zostać przejęte, dlatego nie można zakładać, że szyfrowanie chroni te dane.",
	},
	plainEncr: [3]string{
		"",
		"Dane były zaszyfrowane (zabezpieczone tak, że bez klucza nie da się ich odczytać) i nic nie wskazuje na to, że klucz został przejęty.",
		"Dane były zaszyfrowane, ale klucz potrzebny do ich odczytania również mógł zostać przejęty, dlatego należy założyć, że osoby niepowołane mogą je odczytać.",
	},
	// "GDPR Art. 34(1)" reads "art. 34 ust. 1 RODO"; other citations keep
	// their numbering after "RODO, art.".
	basis: [][2]string{
		{"GDPR Art. 33(1)", "art. 33 ust. 1 RODO"},
		{"GDPR Art. 33(2)", "art. 33 ust. 2 RODO"},
		{"GDPR Art. 33(3)", "art. 33 ust. 3 RODO"},
		{"GDPR Art. 33(4)", "art. 33 ust. 4 RODO"},
		{"GDPR Art. 33(5)", "art. 33 ust. 5 RODO"},
		{"GDPR Art. 34(1)", "art. 34 ust. 1 RODO"},
		{"GDPR Art. 34(2)", "art. 34 ust. 2 RODO"},
		{"GDPR Art. 34(3)", "art. 34 ust. 3 RODO"},
		{"GDPR Art. 34(4)", "art. 34 ust. 4 RODO"},
		{"GDPR Art. ", "RODO, art. "},
		{"GDPR", "RODO"},
	},
}
