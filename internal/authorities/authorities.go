// Package authorities is the one directory of the bodies notices go to:
// supervisory authorities, regulators and attorneys general, by code. The
// rules engine names the authority of a duty from it, and the notice, the
// portal form and the e-mail are addressed from the same entry, so they
// cannot disagree. A deployment's configuration overrides entries by code
// (config authorities:), for contacts; the names stay the law's.
package authorities

import (
	_ "embed"
	"fmt"
	"sync"

	"gopkg.in/yaml.v3"
)

// Entry is one authority.
type Entry struct {
	Code     string `yaml:"code"`
	Name     string `yaml:"name"`
	Regime   string `yaml:"regime"`
	Channel  string `yaml:"channel"`
	Email    string `yaml:"email"`
	Portal   string `yaml:"portal"`
	Website  string `yaml:"website"`
	Language string `yaml:"language"`
	Verified bool   `yaml:"verified"`
	// Uncertain: which body is competent is itself open (Germany without a
	// Land): every duty naming this entry is uncertain.
	Uncertain bool   `yaml:"uncertain"`
	Note      string `yaml:"note"`
}

//go:embed directory.yaml
var directoryYAML []byte

var (
	once    sync.Once
	entries []Entry
	byCode  map[string]Entry
	loadErr error
)

func load() {
	var doc struct {
		Authorities []Entry `yaml:"authorities"`
	}
	if loadErr = yaml.Unmarshal(directoryYAML, &doc); loadErr != nil {
		return
	}
	entries, byCode = doc.Authorities, map[string]Entry{}
	for _, e := range entries {
		if _, dup := byCode[e.Code]; dup {
			loadErr = fmt.Errorf("authorities: %q appears twice in directory.yaml", e.Code)
			return
		}
		byCode[e.Code] = e
	}
}

// All returns the built-in directory in file order.
func All() []Entry {
	once.Do(load)
	if loadErr != nil {
		panic(loadErr) // directory.yaml is compiled in; a test parses it
	}
	return entries
}

// Lookup returns the built-in entry for a code.
func Lookup(code string) (Entry, bool) {
	All()
	e, ok := byCode[code]
	return e, ok
}

// Name returns the authority's name for a code, or "".
func Name(code string) string {
	e, _ := Lookup(code)
	return e.Name
}
