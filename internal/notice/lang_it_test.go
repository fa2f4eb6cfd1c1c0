package notice

// The Italian notice is checked by TestGDPRSubjectsTranslations like the
// other translations.
func init() {
	gdprSubjectsLangs = append(gdprSubjectsLangs, gdprSubjectsLang{
		lang: "it", jurisdiction: "IT", zone: "Europe/Rome",
		sections: []string{"Che cosa è successo", "Quali dati sono coinvolti", "Che cosa può significare per Lei", "Che cosa stiamo facendo", "Che cosa può fare Lei", "Come contattarci"},
		delay:    "Motivi del ritardo",
		subject:  "[BR-20260302-7K2Q] Informazioni importanti sui Suoi dati personali da parte di Paloma AI, Inc.",
		occurred: "01/03/2026 23:10 Europe/Rome (UTC+01:00)", discovered: "02/03/2026 10:30 Europe/Rome (UTC+01:00)",
		occurredUTC:  "01/03/2026 22:10 UTC",
		unknownText:  "Quando è avvenuto:          non ancora accertato\n",
		unknownHTML:  "Quando è avvenuto: non ancora accertato<br>",
		basisLine:    "Base giuridica:                articolo 34, paragrafo 1, del RGPD\n",
		deadlineLine: "Termine:                       senza ingiustificato ritardo, entro il 05/03/2026 15:00 UTC (05/03/2026 16:00 Europe/Rome, UTC+01:00)\n",
		complaint:    "Ha inoltre il diritto di proporre reclamo a un'autorità di controllo",
		followUp:     "Questa lettera integra e aggiorna le informazioni",
		ongoing:      "Le nostre verifiche sono ancora in corso.",
		noSummary:    "Stiamo ancora accertando che cosa sia successo",
		noCategories: "Stiamo ancora verificando quali dati siano coinvolti",
		credentials:  "cambiare la password del Suo account presso di noi",
		financial:    "controllare gli estratti del conto e della carta",
		governmentID: "un uso della Sua identità da parte di altri",
		special:      "che riguardano la Sua salute o altri dati sensibili",
		headline:     "Accesso non autorizzato a un'esportazione del nostro ERP",
		summary:      "Un aggressore ha usato una chiave di accesso sottratta per scaricare un'esportazione del nostro ERP conservata nel cloud.\n\nLa chiave è stata revocata il 2 marzo 2026.",
		consequences: "Sono possibili tentativi di phishing e di furto degli account.",
		measures:     "Abbiamo revocato la chiave, rinnovato tutte le credenziali e attivato la registrazione degli accessi.",
		advice:       "Se usa la nostra app, la aggiorni all'ultima versione.",
		additional:   "Abbiamo notificato l'incidente anche al Garante per la protezione dei dati personali.",
		contactNote:  "Il nostro responsabile della protezione dei dati è raggiungibile nei giorni feriali dalle 9 alle 17.",
		name:         "Giulia Bianchi",
	})
}
