package rules

// authorityNames are the bodies that receive notices, by jurisdiction. The
// contact channel of each lives in the configuration's authorities
// directory; the name is part of the legal answer, so it lives here.
var authorityNames = map[string]string{
	"AT":    "Österreichische Datenschutzbehörde",
	"BE":    "Autorité de protection des données / Gegevensbeschermingsautoriteit",
	"BG":    "Commission for Personal Data Protection",
	"HR":    "Agencija za zaštitu osobnih podataka",
	"CY":    "Commissioner for Personal Data Protection",
	"CZ":    "Úřad pro ochranu osobních údajů",
	"DK":    "Datatilsynet (Denmark)",
	"EE":    "Andmekaitse Inspektsioon",
	"FI":    "Tietosuojavaltuutetun toimisto",
	"FR":    "Commission Nationale de l'Informatique et des Libertés (CNIL)",
	"DE":    "German supervisory authority (competent Land authority to be confirmed)",
	"GR":    "Hellenic Data Protection Authority",
	"HU":    "Nemzeti Adatvédelmi és Információszabadság Hatóság",
	"IE":    "Data Protection Commission",
	"IT":    "Garante per la protezione dei dati personali",
	"LV":    "Datu valsts inspekcija",
	"LT":    "Valstybinė duomenų apsaugos inspekcija",
	"LU":    "Commission Nationale pour la Protection des Données",
	"MT":    "Information and Data Protection Commissioner",
	"NL":    "Autoriteit Persoonsgegevens",
	"PL":    "Urząd Ochrony Danych Osobowych",
	"PT":    "Comissão Nacional de Proteção de Dados",
	"RO":    "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal",
	"SK":    "Úrad na ochranu osobných údajov",
	"SI":    "Informacijski pooblaščenec",
	"ES":    "Agencia Española de Protección de Datos",
	"SE":    "Integritetsskyddsmyndigheten (IMY)",
	"IS":    "Persónuvernd",
	"LI":    "Datenschutzstelle Liechtenstein",
	"NO":    "Datatilsynet (Norway)",
	"GB":    "Information Commissioner's Office",
	"TR":    "Kişisel Verileri Koruma Kurulu",
	"US-CA": "California Attorney General",
}

// AuthorityName returns the name of the authority for a jurisdiction, or
// "" when the engine knows none.
func AuthorityName(code string) string { return authorityNames[code] }
