package notice

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/rules"
)

// The German, French, Italian and Spanish vocabularies are complete,
// translated, and cite the GDPR in the language's own usage.
func TestVocabulariesDEFRITES(t *testing.T) {
	basis := map[string]string{
		"de": "Art. 34 Abs. 1 DSGVO", "fr": "article 34, paragraphe 1, du RGPD",
		"it": "articolo 34, paragrafo 1, del RGPD", "es": "artículo 34, apartado 1, del RGPD",
	}
	for lang, want := range basis {
		t.Run(lang, func(t *testing.T) {
			w, en := words[lang], vocabEN
			require.NotEqual(t, en.dateLayout+en.unknownTime, w.dateLayout+w.unknownTime, "a vocabulary of its own")
			for field, pair := range map[string][2]map[string]string{
				"category": {w.category, en.category}, "nature": {w.nature, en.nature},
				"risk": {w.risk, en.risk}, "audience": {w.audience, en.audience}, "countries": {w.countries, en.countries},
			} {
				got, english := pair[0], pair[1]
				same := 0
				for code, e := range english {
					assert.NotEmpty(t, got[code], "%s %q", field, code)
					if got[code] == e {
						same++
					}
				}
				assert.Len(t, got, len(english), field)
				if field == "countries" {
					assert.Less(t, same, len(english)/4, "country names are translated")
				} else {
					assert.Zero(t, same, "%s: every label translated", field)
				}
			}
			for i := range 3 {
				assert.NotEqual(t, en.encrypted[i], w.encrypted[i])
			}
			assert.Empty(t, w.plainEncr[0])
			assert.Equal(t, 1, strings.Count(w.onDay, "%s"))
			assert.Equal(t, 2, strings.Count(w.betweenDays, "%s"))
			assert.Equal(t, 1, strings.Count(w.due, "%s"))
			assert.Equal(t, 1, strings.Count(w.asapDue, "%s"))
			assert.Equal(t, 1, strings.Count(w.usState, "%s"))
			assert.Equal(t, want, localBasis(lang, "GDPR Art. 34(1)"))
			for _, row := range rules.Table {
				if row.Regime == "GDPR" {
					assert.NotContains(t, localBasis(lang, row.Basis), "GDPR", row.Basis)
				}
			}
		})
	}
}
