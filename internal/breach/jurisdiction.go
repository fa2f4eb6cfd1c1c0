package breach

import "strings"

// iso3166 lists the ISO 3166-1 alpha-2 codes.
const iso3166 = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
	"CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
	"GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
	"KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
	"NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
	"SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
	"UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"

// usStates lists ISO 3166-2:US subdivision codes (states, DC, territories).
const usStates = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR UM VI"

// euEEA lists the EU member states and the EEA EFTA states, where the GDPR applies.
const euEEA = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO"

var (
	caProvinces = fields("AB BC MB NB NL NS NT NU ON PE QC SK YT")
	countrySet  = fields(iso3166)
	stateSet    = fields(usStates)
	eeaSet      = fields(euEEA)
)

func fields(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

// ValidJurisdiction reports whether code is an ISO 3166-1 alpha-2 country,
// an ISO 3166-2 US subdivision such as US-CA, or a Canadian province such as CA-QC.
func ValidJurisdiction(code string) bool {
	if st, ok := strings.CutPrefix(code, "US-"); ok {
		return stateSet[st]
	}
	if prov, ok := strings.CutPrefix(code, "CA-"); ok {
		return caProvinces[prov] // Québec has its own breach law
	}
	return countrySet[code]
}

// InEEA reports whether the GDPR applies in the jurisdiction (EU or EEA).
func InEEA(code string) bool { return eeaSet[code] }

// Country returns the country part of a jurisdiction code ("US" for "US-CA").
func Country(code string) string {
	c, _, _ := strings.Cut(code, "-")
	return c
}

// usNames names the US states, DC and the territories by their ISO 3166-2
// subdivision code.
var usNames = map[string]string{
	"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
	"CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
	"HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
	"KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
	"MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
	"NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
	"NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
	"OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
	"TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
	"WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "AS": "American Samoa", "GU": "Guam",
	"MP": "Northern Mariana Islands", "PR": "Puerto Rico", "VI": "U.S. Virgin Islands",
}

// USStateName returns the name of a US state, DC or territory for its
// code ("TX" or "US-TX"), or "".
func USStateName(code string) string { return usNames[strings.TrimPrefix(code, "US-")] }

// USCodesByUpperName maps each name of usNames in upper case ("NEW YORK")
// to its code, for readers of addresses; a map, so that a reader can look
// up a byte slice without allocating.
var USCodesByUpperName = func() map[string]string {
	m := make(map[string]string, len(usNames))
	for code, name := range usNames {
		m[strings.ToUpper(name)] = code
	}
	return m
}()
