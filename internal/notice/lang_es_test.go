package notice

// The Spanish notice is checked by TestGDPRSubjectsTranslations like the
// other translations.
func init() {
	gdprSubjectsLangs = append(gdprSubjectsLangs, gdprSubjectsLang{
		lang: "es", jurisdiction: "ES", zone: "Europe/Madrid",
		sections: []string{"Qué ha ocurrido", "Qué datos se han visto afectados", "Qué puede significar para usted", "Qué estamos haciendo", "Qué puede hacer usted", "Cómo contactar con nosotros"},
		delay:    "Motivos del retraso",
		subject:  "[BR-20260302-7K2Q] Información importante sobre sus datos personales de Paloma AI, Inc.",
		occurred: "01/03/2026 23:10 Europe/Madrid (UTC+01:00)", discovered: "02/03/2026 10:30 Europe/Madrid (UTC+01:00)",
		occurredUTC:  "01/03/2026 22:10 UTC",
		unknownText:  "Cuándo ocurrió:          aún no determinado\n",
		unknownHTML:  "Cuándo ocurrió: aún no determinado<br>",
		basisLine:    "Base jurídica:                 artículo 34, apartado 1, del RGPD\n",
		deadlineLine: "Plazo:                         sin dilación indebida y a más tardar el 05/03/2026 15:00 UTC (05/03/2026 16:00 Europe/Madrid, UTC+01:00)\n",
		complaint:    "Tiene además derecho a presentar una reclamación ante una autoridad de control",
		followUp:     "Esta carta completa y actualiza la información",
		ongoing:      "Nuestra investigación continúa.",
		noSummary:    "Seguimos investigando qué ha ocurrido exactamente",
		noCategories: "Seguimos determinando qué datos exactos se han visto afectados",
		credentials:  "Cambie la contraseña de su cuenta con nosotros",
		financial:    "Revise sus extractos bancarios y de tarjeta",
		governmentID: "alguien utiliza su identidad",
		special:      "que se refieran a su salud u otros datos sensibles",
		headline:     "Acceso no autorizado a una exportación de nuestro ERP",
		summary:      "Un atacante utilizó una clave de acceso sustraída para descargar una exportación de nuestro ERP almacenada en la nube.\n\nLa clave se revocó el 2 de marzo de 2026.",
		consequences: "Son posibles intentos de phishing y de apropiación de cuentas.",
		measures:     "Hemos revocado la clave, renovado todas las credenciales y activado el registro de accesos.",
		advice:       "Si utiliza nuestra aplicación, actualícela a la última versión.",
		additional:   "También hemos notificado el incidente a la Agencia Española de Protección de Datos.",
		contactNote:  "Nuestro delegado de protección de datos atiende los días laborables de 9:00 a 17:00.",
		name:         "Lucía Fernández",
	})
}
