package notice

// vocabPT is the (European) Portuguese vocabulary of the notices, in the
// terms of the Portuguese text of the GDPR (RGPD): "violação de dados
// pessoais", "autoridade de controlo", "titular dos dados". Translation by
// the project, not yet reviewed by counsel.
var vocabPT = vocabulary{
	dateLayout:   "02/01/2006 15:04",
	dayLayout:    "02/01/2006",
	onDay:        "em %s ou por volta dessa data",
	betweenDays:  "entre %s e %s",
	unknownTime:  "ainda não determinado",
	unknownCount: "ainda não determinado",
	asap:         "sem demora injustificada",
	due:          "até %s",
	asapDue:      "sem demora injustificada e, o mais tardar, até %s",
	thousands:    "\u00a0", // a non-breaking space: 1 534
	category: map[string]string{
		"contact":            "Dados de contacto (como nome, endereço de correio eletrónico, número de telefone ou morada)",
		"credentials":        "Credenciais de acesso à conta (nomes de utilizador, palavras-passe ou códigos de autenticação)",
		"financial":          "Dados financeiros (como dados de conta bancária ou de cartão de pagamento)",
		"government_id":      "Números de identificação atribuídos pelo Estado (como o número do Cartão de Cidadão ou do passaporte)",
		"health":             "Dados relativos à saúde",
		"biometric":          "Dados biométricos",
		"genetic":            "Dados genéticos",
		"special_category":   "Outras categorias especiais de dados pessoais",
		"children":           "Dados pessoais de crianças",
		"location":           "Dados de localização",
		"online_identifiers": "Identificadores por via eletrónica (como endereços IP ou identificadores de dispositivos ou de cookies)",
		"other":              "Outros dados pessoais",
	},
	nature: map[string]string{
		"confidentiality": "Violação da confidencialidade: divulgação não autorizada ou acidental de dados pessoais, ou acesso não autorizado ou acidental aos mesmos",
		"integrity":       "Violação da integridade: alteração não autorizada ou acidental de dados pessoais",
		"availability":    "Violação da disponibilidade: perda acidental ou não autorizada do acesso a dados pessoais, ou destruição dos mesmos",
	},
	risk: map[string]string{
		"":         "A avaliação do risco para os direitos e liberdades das pessoas singulares está em curso e será apresentada numa notificação posterior.",
		"unlikely": "Com base nas informações atualmente disponíveis, consideramos que a violação não é suscetível de resultar num risco para os direitos e liberdades das pessoas singulares.",
		"risk":     "Com base nas informações atualmente disponíveis, consideramos que a violação é suscetível de resultar num risco, mas não num elevado risco, para os direitos e liberdades das pessoas singulares.",
		"high":     "Com base nas informações atualmente disponíveis, consideramos que a violação é suscetível de implicar um elevado risco para os direitos e liberdades das pessoas singulares.",
	},
	audience: map[string]string{
		"authority":  "Autoridade de controlo",
		"subjects":   "Titulares dos dados",
		"controller": "Responsável pelo tratamento",
	},
	countries: map[string]string{
		"AT": "Áustria", "BE": "Bélgica", "BG": "Bulgária", "HR": "Croácia", "CY": "Chipre",
		"CZ": "Chéquia", "DK": "Dinamarca", "EE": "Estónia", "FI": "Finlândia", "FR": "França",
		"DE": "Alemanha", "GR": "Grécia", "HU": "Hungria", "IE": "Irlanda", "IT": "Itália",
		"LV": "Letónia", "LT": "Lituânia", "LU": "Luxemburgo", "MT": "Malta", "NL": "Países Baixos",
		"PL": "Polónia", "PT": "Portugal", "RO": "Roménia", "SK": "Eslováquia", "SI": "Eslovénia",
		"ES": "Espanha", "SE": "Suécia", "IS": "Islândia", "LI": "Listenstaine", "NO": "Noruega",
		"TR": "Turquia", "GB": "Reino Unido", "CH": "Suíça", "US": "Estados Unidos",
	},
	usState: "Estados Unidos, %s",
	encrypted: [3]string{
		"Os dados pessoais afetados não estavam protegidos por cifragem que os tornasse incompreensíveis para pessoas não autorizadas, ou essa proteção não foi confirmada.",
		"Os dados pessoais afetados estavam cifrados e não há indícios de que as chaves de decifragem tenham sido comprometidas.",
		"Os dados pessoais afetados estavam cifrados, mas as chaves de decifragem podem também ter sido comprometidas, pelo que não se pode contar com a cifragem para proteger os dados.",
	},
	plainEncr: [3]string{
		"",
		"As informações estavam cifradas (codificadas de forma a não poderem ser lidas sem uma chave) e não temos indícios de que a chave tenha sido obtida por terceiros.",
		"As informações estavam cifradas, mas a chave necessária para as ler pode também ter sido obtida por terceiros, pelo que deve partir do princípio de que as informações podem ser lidas.",
	},
	// "GDPR Art. 34(1)" reads "artigo 34.º, n.º 1, do RGPD"; other
	// citations keep their numbering after "RGPD, artigo".
	basis: [][2]string{
		{"GDPR Art. 33(1)", "artigo 33.º, n.º 1, do RGPD"},
		{"GDPR Art. 33(2)", "artigo 33.º, n.º 2, do RGPD"},
		{"GDPR Art. 33(3)", "artigo 33.º, n.º 3, do RGPD"},
		{"GDPR Art. 33(4)", "artigo 33.º, n.º 4, do RGPD"},
		{"GDPR Art. 33(5)", "artigo 33.º, n.º 5, do RGPD"},
		{"GDPR Art. 34(1)", "artigo 34.º, n.º 1, do RGPD"},
		{"GDPR Art. 34(2)", "artigo 34.º, n.º 2, do RGPD"},
		{"GDPR Art. 34(3)", "artigo 34.º, n.º 3, do RGPD"},
		{"GDPR Art. 34(4)", "artigo 34.º, n.º 4, do RGPD"},
		{"GDPR Art. ", "RGPD, artigo "},
		{"GDPR", "RGPD"},
	},
}
