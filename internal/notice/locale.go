package notice

import (
	htmltemplate "html/template"
	"strings"
	"unicode"
)

// SubjectLanguages are the languages a notice to the people affected can
// be written in, besides the regime's own (Turkish for KVKK). A recipient
// whose list row names another language, or none, gets the official
// language of the jurisdiction they live in (OfficialLanguage), or English.
var SubjectLanguages = []string{"en", "de", "fr", "it", "es", "nl", "pl", "pt", "da", "sv", "tr"}

// officialLanguage is the language a jurisdiction's residents are written
// to when the list does not say: the first official language of the
// country. Countries with several (BE, CH, LU, FI) get the one most of
// their residents read; a list row's language overrides it.
var officialLanguage = map[string]string{
	"AT": "de", "DE": "de", "LI": "de", "CH": "de", "LU": "fr",
	"FR": "fr", "BE": "nl", "MC": "fr",
	"IT": "it", "SM": "it", "VA": "it",
	"ES": "es", "NL": "nl", "PL": "pl", "PT": "pt", "BR": "pt",
	"DK": "da", "SE": "sv", "FI": "fi", "NO": "nb", "IS": "is",
	"TR": "tr", "GB": "en", "IE": "en", "MT": "en", "CY": "el", "GR": "el",
	"CZ": "cs", "SK": "sk", "SI": "sl", "HR": "hr", "HU": "hu", "RO": "ro",
	"BG": "bg", "EE": "et", "LV": "lv", "LT": "lt",
	"US": "en", "CA": "en", "AU": "en", "SG": "en", "IN": "en",
}

// OfficialLanguage is the language a jurisdiction's residents are written
// to when their list row names none: "de" for "DE", "en" for "US-CA", ""
// when not known (English is used).
func OfficialLanguage(jurisdiction string) string {
	if jurisdiction == "CA-QC" {
		return "fr"
	}
	if jurisdiction == "US-PR" {
		return "es"
	}
	c, _, _ := strings.Cut(jurisdiction, "-")
	return officialLanguage[c]
}

// zones are the time zones in which a jurisdiction's residents read the
// times in a notice: the zone of the capital, or of most residents for a
// US state spanning two.
var zones = map[string]string{
	"AT": "Europe/Vienna", "BE": "Europe/Brussels", "BG": "Europe/Sofia", "HR": "Europe/Zagreb",
	"CY": "Asia/Nicosia", "CZ": "Europe/Prague", "DK": "Europe/Copenhagen", "EE": "Europe/Tallinn",
	"FI": "Europe/Helsinki", "FR": "Europe/Paris", "DE": "Europe/Berlin", "GR": "Europe/Athens",
	"HU": "Europe/Budapest", "IE": "Europe/Dublin", "IT": "Europe/Rome", "LV": "Europe/Riga",
	"LT": "Europe/Vilnius", "LU": "Europe/Luxembourg", "MT": "Europe/Malta", "NL": "Europe/Amsterdam",
	"PL": "Europe/Warsaw", "PT": "Europe/Lisbon", "RO": "Europe/Bucharest", "SK": "Europe/Bratislava",
	"SI": "Europe/Ljubljana", "ES": "Europe/Madrid", "SE": "Europe/Stockholm", "IS": "Atlantic/Reykjavik",
	"LI": "Europe/Vaduz", "NO": "Europe/Oslo", "CH": "Europe/Zurich", "GB": "Europe/London",
	"TR": "Europe/Istanbul", "BR": "America/Sao_Paulo", "SG": "Asia/Singapore", "IN": "Asia/Kolkata",
	"AU": "Australia/Sydney", "CA": "America/Toronto", "CA-QC": "America/Toronto",

	"US-AL": "America/Chicago", "US-AK": "America/Anchorage", "US-AZ": "America/Phoenix", "US-AR": "America/Chicago",
	"US-CA": "America/Los_Angeles", "US-CO": "America/Denver", "US-CT": "America/New_York", "US-DE": "America/New_York",
	"US-DC": "America/New_York", "US-FL": "America/New_York", "US-GA": "America/New_York", "US-HI": "Pacific/Honolulu",
	"US-ID": "America/Boise", "US-IL": "America/Chicago", "US-IN": "America/Indiana/Indianapolis", "US-IA": "America/Chicago",
	"US-KS": "America/Chicago", "US-KY": "America/New_York", "US-LA": "America/Chicago", "US-ME": "America/New_York",
	"US-MD": "America/New_York", "US-MA": "America/New_York", "US-MI": "America/Detroit", "US-MN": "America/Chicago",
	"US-MS": "America/Chicago", "US-MO": "America/Chicago", "US-MT": "America/Denver", "US-NE": "America/Chicago",
	"US-NV": "America/Los_Angeles", "US-NH": "America/New_York", "US-NJ": "America/New_York", "US-NM": "America/Denver",
	"US-NY": "America/New_York", "US-NC": "America/New_York", "US-ND": "America/Chicago", "US-OH": "America/New_York",
	"US-OK": "America/Chicago", "US-OR": "America/Los_Angeles", "US-PA": "America/New_York", "US-RI": "America/New_York",
	"US-SC": "America/New_York", "US-SD": "America/Chicago", "US-TN": "America/Chicago", "US-TX": "America/Chicago",
	"US-UT": "America/Denver", "US-VT": "America/New_York", "US-VA": "America/New_York", "US-WA": "America/Los_Angeles",
	"US-WV": "America/New_York", "US-WI": "America/Chicago", "US-WY": "America/Denver",
	"US-AS": "Pacific/Pago_Pago", "US-GU": "Pacific/Guam", "US-MP": "Pacific/Saipan", "US-PR": "America/Puerto_Rico",
	"US-VI": "America/St_Thomas", "US-UM": "Pacific/Wake",
}

// ZoneOf is the IANA time zone in which a jurisdiction's residents read
// the times in their notice ("Europe/Berlin" for "DE"); "" when there is
// no single one (the organisation's zone is used).
func ZoneOf(jurisdiction string) string {
	return zones[jurisdiction]
}

// greetings are the salutation of a letter to one person: generic, and
// with the person's name ("%s"). Gender-neutral forms, since the list does
// not say how a person wishes to be addressed.
var greetings = map[string][2]string{
	"en": {"Dear Sir or Madam,", "Dear %s,"},
	"tr": {"Sayın İlgili,", "Sayın %s,"},
	"de": {"Sehr geehrte Damen und Herren,", "Guten Tag %s,"},
	"fr": {"Madame, Monsieur,", "Bonjour %s,"},
	"it": {"Gentile Signora, Gentile Signore,", "Gentile %s,"},
	"es": {"Estimado/a señor/a:", "Estimado/a %s:"},
	"nl": {"Geachte heer, mevrouw,", "Beste %s,"},
	"pl": {"Szanowni Państwo,", "Dzień dobry %s,"},
	"pt": {"Exmo.(a) Senhor(a),", "Caro(a) %s,"},
	"da": {"Kære modtager,", "Kære %s,"},
	"sv": {"Hej,", "Hej %s,"},
}

// Greeting is the salutation of a letter in lang: by name when name is
// given, the generic one otherwise. The name is cleaned of control
// characters and surplus spaces.
func Greeting(lang, name string) string {
	g, ok := greetings[lang]
	if !ok {
		g = greetings["en"]
	}
	name = cleanName(name)
	if name == "" {
		return g[0]
	}
	return strings.Replace(g[1], "%s", name, 1)
}

// maxName bounds a recipient name in a salutation.
const maxName = 120

func cleanName(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > maxName {
		s = string(r[:maxName])
	}
	return s
}

// salutationMark follows the salutation a template writes (an invisible
// word joiner), so that Personalize finds the salutation and nothing else
// with the same words: a headline legal wrote, say.
const salutationMark = "\u2060"

// salutation is what the templates' greeting writes: the generic
// salutation of lang, marked.
func salutation(lang string) string { return Greeting(lang, "") + salutationMark }

// Personalize greets one recipient by name in a notice rendered for many:
// the template's salutation in the text and HTML bodies becomes the named
// one (HTML-escaped in the HTML), or stays generic without a name. The
// mark that finds it is removed either way.
func Personalize(text, htmlBody, lang, name string) (string, string) {
	generic, named := salutation(lang), Greeting(lang, name)
	text = strings.Replace(text, generic, named, 1)
	e := htmltemplate.HTMLEscapeString
	htmlBody = strings.Replace(htmlBody, e(Greeting(lang, ""))+salutationMark, e(named), 1)
	return strings.ReplaceAll(text, salutationMark, ""), strings.ReplaceAll(htmlBody, salutationMark, "")
}
