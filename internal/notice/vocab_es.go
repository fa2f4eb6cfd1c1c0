package notice

// vocabES is the Spanish vocabulary of the notices, in the terms of the
// Spanish text of the GDPR (Reglamento general de protección de datos,
// RGPD): "violación de la seguridad de los datos personales", "autoridad de
// control", "interesado". Translation by the project, not yet reviewed by
// counsel.
var vocabES = vocabulary{
	dateLayout:   "02/01/2006 15:04",
	dayLayout:    "02/01/2006",
	onDay:        "el %s o en torno a esa fecha",
	betweenDays:  "entre el %s y el %s",
	unknownTime:  "aún no determinado",
	unknownCount: "aún no determinado",
	asap:         "sin dilación indebida",
	due:          "a más tardar el %s",
	asapDue:      "sin dilación indebida y a más tardar el %s",
	thousands:    ".",
	category: map[string]string{
		"contact":            "Datos de contacto (por ejemplo, nombre, dirección de correo electrónico, número de teléfono o dirección postal)",
		"credentials":        "Credenciales de acceso (nombres de usuario, contraseñas o tokens de autenticación)",
		"financial":          "Datos financieros (por ejemplo, datos de la cuenta bancaria o de la tarjeta de pago)",
		"government_id":      "Números de identificación oficiales (por ejemplo, DNI, NIE o número de pasaporte)",
		"health":             "Datos relativos a la salud",
		"biometric":          "Datos biométricos",
		"genetic":            "Datos genéticos",
		"special_category":   "Otras categorías especiales de datos personales",
		"children":           "Datos personales de menores",
		"location":           "Datos de localización",
		"online_identifiers": "Identificadores en línea (por ejemplo, direcciones IP o identificadores de dispositivo o de cookies)",
		"other":              "Otros datos personales",
	},
	nature: map[string]string{
		"confidentiality": "Violación de la confidencialidad: comunicación o acceso no autorizados o accidentales a datos personales",
		"integrity":       "Violación de la integridad: alteración no autorizada o accidental de datos personales",
		"availability":    "Violación de la disponibilidad: pérdida accidental o no autorizada del acceso a datos personales, o su destrucción",
	},
	risk: map[string]string{
		"":         "La evaluación del riesgo para los derechos y libertades de las personas físicas está en curso y se comunicará en una notificación posterior.",
		"unlikely": "Con la información disponible, es improbable que la violación constituya un riesgo para los derechos y libertades de las personas físicas.",
		"risk":     "Con la información disponible, es probable que la violación constituya un riesgo, aunque no un alto riesgo, para los derechos y libertades de las personas físicas.",
		"high":     "Con la información disponible, es probable que la violación entrañe un alto riesgo para los derechos y libertades de las personas físicas.",
	},
	audience: map[string]string{
		"authority":  "Autoridad de control",
		"subjects":   "Interesados",
		"controller": "Responsable del tratamiento",
	},
	countries: map[string]string{
		"AT": "Austria", "BE": "Bélgica", "BG": "Bulgaria", "HR": "Croacia", "CY": "Chipre",
		"CZ": "Chequia", "DK": "Dinamarca", "EE": "Estonia", "FI": "Finlandia", "FR": "Francia",
		"DE": "Alemania", "GR": "Grecia", "HU": "Hungría", "IE": "Irlanda", "IT": "Italia",
		"LV": "Letonia", "LT": "Lituania", "LU": "Luxemburgo", "MT": "Malta", "NL": "Países Bajos",
		"PL": "Polonia", "PT": "Portugal", "RO": "Rumanía", "SK": "Eslovaquia", "SI": "Eslovenia",
		"ES": "España", "SE": "Suecia", "IS": "Islandia", "LI": "Liechtenstein", "NO": "Noruega",
		"TR": "Turquía", "GB": "Reino Unido", "CH": "Suiza", "US": "Estados Unidos",
	},
	usState: "Estados Unidos, %s",
	encrypted: [3]string{
		"Los datos personales afectados no estaban protegidos mediante un cifrado que los haga ininteligibles para personas no autorizadas, o dicha protección no está confirmada.",
		"Los datos personales afectados estaban cifrados y nada indica que las claves de descifrado se hayan visto comprometidas.",
		"Los datos personales afectados estaban cifrados, pero las claves de descifrado también pueden haberse visto comprometidas, por lo que no puede considerarse que el cifrado proteja los datos.",
	},
	plainEncr: [3]string{
		"",
		"Los datos estaban cifrados (transformados para que no puedan leerse sin una clave) y no tenemos indicios de que la clave haya sido sustraída.",
		"Los datos estaban cifrados, pero la clave necesaria para leerlos también puede haber sido sustraída, por lo que debe suponer que los datos pueden leerse.",
	},
	// "GDPR Art. 34(1)" reads "artículo 34, apartado 1, del RGPD".
	basis: [][2]string{
		{"GDPR Art. 33(1)", "artículo 33, apartado 1, del RGPD"},
		{"GDPR Art. 33(2)", "artículo 33, apartado 2, del RGPD"},
		{"GDPR Art. 33(3)", "artículo 33, apartado 3, del RGPD"},
		{"GDPR Art. 33(4)", "artículo 33, apartado 4, del RGPD"},
		{"GDPR Art. 33(5)", "artículo 33, apartado 5, del RGPD"},
		{"GDPR Art. 34(1)", "artículo 34, apartado 1, del RGPD"},
		{"GDPR Art. 34(2)", "artículo 34, apartado 2, del RGPD"},
		{"GDPR Art. 34(3)", "artículo 34, apartado 3, del RGPD"},
		{"GDPR Art. 34(4)", "artículo 34, apartado 4, del RGPD"},
		{"GDPR Art. ", "RGPD, artículo "},
		{"GDPR", "RGPD"},
	},
}
