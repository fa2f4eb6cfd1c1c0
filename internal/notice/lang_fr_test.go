package notice

// The French notice is checked by TestGDPRSubjectsTranslations like the
// other translations.
func init() {
	gdprSubjectsLangs = append(gdprSubjectsLangs, gdprSubjectsLang{
		lang: "fr", jurisdiction: "FR", zone: "Europe/Paris",
		sections: []string{"Que s'est-il passé ?", "Quelles données sont concernées ?", "Ce que cela peut signifier pour vous", "Ce que nous faisons", "Ce que vous pouvez faire", "Comment nous contacter"},
		delay:    "Motifs du retard",
		subject:  "[BR-20260302-7K2Q] Information importante sur vos données personnelles de la part de Paloma AI, Inc.",
		occurred: "01/03/2026 23:10 Europe/Paris (UTC+01:00)", discovered: "02/03/2026 10:30 Europe/Paris (UTC+01:00)",
		occurredUTC:  "01/03/2026 22:10 UTC",
		unknownText:  "Date des faits :           pas encore déterminé\n",
		unknownHTML:  "Date des faits : pas encore déterminé<br>",
		basisLine:    "Base juridique :               article 34, paragraphe 1, du RGPD\n",
		deadlineLine: "Délai :                        dans les meilleurs délais, au plus tard le 05/03/2026 15:00 UTC (05/03/2026 16:00 Europe/Paris, UTC+01:00)\n",
		complaint:    "Vous avez également le droit d'introduire une réclamation auprès d'une autorité de contrôle",
		followUp:     "Ce courrier complète et met à jour les informations",
		ongoing:      "Notre enquête se poursuit.",
		noSummary:    "Nous cherchons encore à établir précisément ce qui s'est passé",
		noCategories: "Nous cherchons encore à déterminer précisément quelles données sont concernées",
		credentials:  "changer le mot de passe de votre compte chez nous",
		financial:    "vérifier vos relevés bancaires et de carte",
		governmentID: "usurpation de votre identité",
		special:      "qui évoquent votre santé ou d'autres données sensibles",
		headline:     "Accès non autorisé à un export de notre ERP",
		summary:      "Un attaquant a utilisé une clé d'accès dérobée pour télécharger un export de notre ERP stocké dans le cloud.\n\nLa clé a été révoquée le 2 mars 2026.",
		consequences: "Des tentatives d'hameçonnage et de prise de contrôle de comptes sont possibles.",
		measures:     "Nous avons révoqué la clé, renouvelé tous les identifiants et activé la journalisation des accès.",
		advice:       "Si vous utilisez notre application mobile, mettez-la à jour.",
		additional:   "Nous avons également notifié l'incident à la CNIL.",
		contactNote:  "Notre délégué à la protection des données est joignable en semaine de 9 h à 17 h.",
		name:         "Hélène Lefèvre",
	})
}
