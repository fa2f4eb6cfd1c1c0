package notice

// The German notice is checked by TestGDPRSubjectsTranslations like the
// other translations.
func init() {
	gdprSubjectsLangs = append(gdprSubjectsLangs, gdprSubjectsLang{
		lang: "de", jurisdiction: "DE", zone: "Europe/Berlin",
		sections: []string{"Was ist passiert?", "Welche Daten sind betroffen?", "Was das für Sie bedeuten kann", "Was wir unternehmen", "Was Sie tun können", "So erreichen Sie uns"},
		delay:    "Gründe für die Verzögerung",
		subject:  "[BR-20260302-7K2Q] Wichtige Informationen zu Ihren personenbezogenen Daten von Paloma AI, Inc.",
		occurred: "01.03.2026 23:10 Europe/Berlin (UTC+01:00)", discovered: "02.03.2026 10:30 Europe/Berlin (UTC+01:00)",
		occurredUTC:  "01.03.2026 22:10 UTC",
		unknownText:  "Wann es geschah:        noch nicht festgestellt\n",
		unknownHTML:  "Wann es geschah: noch nicht festgestellt<br>",
		basisLine:    "Rechtsgrundlage:                Art. 34 Abs. 1 DSGVO\n",
		deadlineLine: "Frist:                          unverzüglich, spätestens 05.03.2026 15:00 UTC (05.03.2026 16:00 Europe/Berlin, UTC+01:00)\n",
		complaint:    "Sie haben außerdem das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren",
		followUp:     "Dieses Schreiben ergänzt und aktualisiert die Informationen",
		ongoing:      "Unsere Untersuchung dauert an.",
		noSummary:    "Wir untersuchen noch, was genau passiert ist",
		noCategories: "Wir klären noch, welche Daten genau betroffen sind",
		credentials:  "Ändern Sie das Passwort Ihres Kontos bei uns",
		financial:    "Prüfen Sie Ihre Konto- und Kartenauszüge",
		governmentID: "dass jemand Ihre Identität missbraucht",
		special:      "die sich auf Ihre Gesundheit oder andere sensible Daten beziehen",
		headline:     "Unbefugter Zugriff auf einen ERP-Export",
		summary:      "Ein Angreifer hat mit einem entwendeten Zugangsschlüssel einen ERP-Export aus unserem Cloud-Speicher heruntergeladen.\n\nDer Schlüssel wurde am 2. März 2026 gesperrt.",
		consequences: "Es besteht die Gefahr von Phishing und der Übernahme von Konten.",
		measures:     "Wir haben den Schlüssel gesperrt, alle Zugangsdaten erneuert und die Protokollierung der Zugriffe eingeschaltet.",
		advice:       "Wenn Sie unsere App nutzen, aktualisieren Sie sie bitte auf die neueste Version.",
		additional:   "Wir haben den Vorfall auch der zuständigen Datenschutz-Aufsichtsbehörde gemeldet.",
		contactNote:  "Unser Datenschutzbeauftragter ist werktags von 9 bis 17 Uhr erreichbar.",
		name:         "Jürgen Weiß",
	})
}
