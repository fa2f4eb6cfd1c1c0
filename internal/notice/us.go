package notice

// Agency is an organisation that US resident notices refer people to.
type Agency struct {
	Name    string
	Phone   string // toll-free
	Address string
	Website string
}

// The nationwide consumer reporting agencies and the Federal Trade
// Commission, as US state laws require them in resident notices (toll-free
// numbers and addresses; California §1798.82(d)(2)(G), Colorado, Washington,
// and others). Legal should confirm these contacts before each mailing:
// they are published by the agencies and change from time to time.
var (
	creditBureaus = []Agency{
		{Name: "Equifax", Phone: "1-800-685-1111", Address: "P.O. Box 105069, Atlanta, GA 30348-5069", Website: "https://www.equifax.com/personal/credit-report-services/"},
		{Name: "Experian", Phone: "1-888-397-3742", Address: "P.O. Box 9554, Allen, TX 75013", Website: "https://www.experian.com/help/"},
		{Name: "TransUnion", Phone: "1-800-680-7289", Address: "P.O. Box 2000, Chester, PA 19016", Website: "https://www.transunion.com/credit-help"},
	}
	ftc = Agency{
		Name: "Federal Trade Commission", Phone: "1-877-438-4338",
		Address: "600 Pennsylvania Avenue NW, Washington, DC 20580", Website: "https://www.identitytheft.gov",
	}
	annualCreditReport = Agency{
		Name: "Annual Credit Report Request Service", Phone: "1-877-322-8228",
		Address: "P.O. Box 105281, Atlanta, GA 30348-5281", Website: "https://www.annualcreditreport.com",
	}
)

// usCategory words data categories as US breach laws name "personal
// information"; categories not listed keep their general label. US law has
// no "special categories", so US notices list all categories together.
var usCategory = map[string]string{
	"government_id": "Government-issued identification numbers (such as Social Security, driver's license, state identification card or passport numbers)",
	"financial":     "Financial account, credit card or debit card numbers (with or without a security code or password)",
	"credentials":   "Online account credentials (user name or e-mail address with a password or security question and answer)",
	"health":        "Medical or health insurance information",
	"biometric":     "Biometric data (such as fingerprint or face geometry data)",
	"genetic":       "Genetic data",
}

// usInfo labels the data categories for a US notice.
func usInfo(w vocabulary, codes []string) []string {
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		if s, ok := usCategory[c]; ok {
			out = append(out, s)
			continue
		}
		out = append(out, label(w.category, c))
	}
	return out
}

// usStates names the US states, DC and territories by their ISO 3166-2 code.
var usStates = map[string]string{
	"US-AL": "Alabama", "US-AK": "Alaska", "US-AZ": "Arizona", "US-AR": "Arkansas", "US-CA": "California",
	"US-CO": "Colorado", "US-CT": "Connecticut", "US-DE": "Delaware", "US-DC": "the District of Columbia",
	"US-FL": "Florida", "US-GA": "Georgia", "US-HI": "Hawaii", "US-ID": "Idaho", "US-IL": "Illinois",
	"US-IN": "Indiana", "US-IA": "Iowa", "US-KS": "Kansas", "US-KY": "Kentucky", "US-LA": "Louisiana",
	"US-ME": "Maine", "US-MD": "Maryland", "US-MA": "Massachusetts", "US-MI": "Michigan", "US-MN": "Minnesota",
	"US-MS": "Mississippi", "US-MO": "Missouri", "US-MT": "Montana", "US-NE": "Nebraska", "US-NV": "Nevada",
	"US-NH": "New Hampshire", "US-NJ": "New Jersey", "US-NM": "New Mexico", "US-NY": "New York",
	"US-NC": "North Carolina", "US-ND": "North Dakota", "US-OH": "Ohio", "US-OK": "Oklahoma", "US-OR": "Oregon",
	"US-PA": "Pennsylvania", "US-RI": "Rhode Island", "US-SC": "South Carolina", "US-SD": "South Dakota",
	"US-TN": "Tennessee", "US-TX": "Texas", "US-UT": "Utah", "US-VT": "Vermont", "US-VA": "Virginia",
	"US-WA": "Washington", "US-WV": "West Virginia", "US-WI": "Wisconsin", "US-WY": "Wyoming",
	"US-PR": "Puerto Rico", "US-GU": "Guam", "US-VI": "the U.S. Virgin Islands",
}

// state names a US state for a notice: "California"; an unknown code is
// kept as it is, and "" reads "the state".
func state(code string) string {
	if s, ok := usStates[code]; ok {
		return s
	}
	if code == "" {
		return "the state"
	}
	return code
}
