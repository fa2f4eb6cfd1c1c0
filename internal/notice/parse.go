package notice

import (
	"bytes"
	"fmt"
	htmltemplate "html/template"
	"io/fs"
	"slices"
	"strings"
	"sync"
	texttemplate "text/template"
	"time"
	"unicode"

	"github.com/breachwf/breach/templates"
)

// tmplSet is one template: its parsed text and HTML files and what its
// name and "sections" block declare.
type tmplSet struct {
	name     string // "<kind>[.<key>].<lang>", e.g. "subjects.US-CA.en"
	kind     string
	key      string // jurisdiction code, country or regime slug; "" for the kind's fallback
	lang     string
	sections []string
	text     *texttemplate.Template
	html     *htmltemplate.Template
}

// library is every template in the embedded templates directory.
type library struct {
	byName map[string]*tmplSet // by lower-cased name, so regime slugs match jurisdiction codes
	kinds  map[string]bool
	names  []string // canonical names, sorted
}

var (
	parseOnce sync.Once
	parsed    *library
	parseErr  error
)

// load returns the parsed templates. All templates are parsed once, on
// first use; Render clones them to bind the time zone, so the parsed
// originals are never executed and are safe for concurrent use.
func load() (*library, error) {
	parseOnce.Do(func() { parsed, parseErr = parseAll(templates.FS) })
	return parsed, parseErr
}

// defaultLang is the language of a kind when Data.Language is empty; kinds
// not listed default to English.
var defaultLang = map[string]string{
	KindKVKKBoard:    "tr",
	KindKVKKSubjects: "tr",
}

func kindLang(kind string) string {
	if l, ok := defaultLang[kind]; ok {
		return l
	}
	return "en"
}

// federalScopes are jurisdiction codes that stand for a federal level
// (rules.ScopeUS) rather than for the country as a whole: templates keyed
// by such a code hold the law of its subdivisions (US state law) and are
// reached only from a subdivision ("US-NY"), never from a federal duty
// (SEC, HHS), which resolves by its regime and then the kind's fallback.
var federalScopes = map[string]bool{"US": true}

// Resolve names the template that renders a notice of kind for the given
// jurisdiction, regime and language, e.g. "subjects.US-CA.en". Language ""
// means the kind's default language. The first existing template wins, in
// this order:
//
//	for language in [language, "en", the kind's default language]:
//	    for key in [jurisdiction, its country (the part before "-"), slug(regime), ""]:
//	        <kind>.<key>.<language> (<kind>.<language> when key is "")
//
// Keys match case-insensitively, so the regime "US-CA" finds
// "subjects.US-CA.en". A federal jurisdiction ("US") is not itself a key;
// see federalScopes. ok is false when no template exists for the kind.
func Resolve(kind, jurisdiction, regime, language string) (name string, ok bool) {
	lib, err := load()
	if err != nil {
		return "", false
	}
	t := lib.resolve(kind, jurisdiction, regime, language)
	if t == nil {
		return "", false
	}
	return t.name, true
}

func (lib *library) resolve(kind, jurisdiction, regime, language string) *tmplSet {
	if !lib.kinds[kind] {
		return nil
	}
	var keys []string
	jurisdiction = strings.TrimSpace(jurisdiction)
	if jurisdiction != "" && !federalScopes[jurisdiction] {
		keys = append(keys, jurisdiction)
		if c, _, sub := strings.Cut(jurisdiction, "-"); sub && c != "" {
			keys = append(keys, c)
		}
	}
	if s := slug(regime); s != "" {
		keys = append(keys, s)
	}
	keys = append(keys, "")
	if language == "" {
		language = kindLang(kind)
	}
	tried := map[string]bool{}
	for _, lang := range []string{language, "en", kindLang(kind)} {
		for _, key := range keys {
			name := templateName(kind, key, lang)
			if tried[name] {
				continue
			}
			tried[name] = true
			if t, ok := lib.byName[strings.ToLower(name)]; ok {
				return t
			}
		}
	}
	return nil
}

// slug turns a regime into a template key: lower case, every run of
// characters other than letters and digits becomes one "-", e.g.
// "UK GDPR" -> "uk-gdpr", "Privacy Act (NDB)" -> "privacy-act-ndb".
func slug(regime string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(regime) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

func templateName(kind, key, lang string) string {
	if key == "" {
		return kind + "." + lang
	}
	return kind + "." + key + "." + lang
}

// splitName splits "<kind>[.<key>].<lang>" into its parts.
func splitName(name string) (kind, key, lang string, ok bool) {
	parts := strings.Split(name, ".")
	switch len(parts) {
	case 2:
		kind, lang = parts[0], parts[1]
	case 3:
		kind, key, lang = parts[0], parts[1], parts[2]
		if key == "" {
			return "", "", "", false
		}
	default:
		return "", "", "", false
	}
	return kind, key, lang, kind != "" && lang != ""
}

const (
	textExt = ".txt.tmpl"
	htmlExt = ".html.tmpl"
)

// parseAll parses every template in fsys. Each name must have both a text
// and an HTML file in a language the package has words for; each file must
// define "subject" and "body", and the text file a non-empty "sections"
// block listing its required headings separated by "|".
func parseAll(fsys fs.FS) (*library, error) {
	files, err := fs.Glob(fsys, "*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("notice: list templates: %w", err)
	}
	found := map[string]map[string]bool{} // name -> ext -> present
	for _, f := range files {
		var name, ext string
		switch {
		case strings.HasSuffix(f, textExt):
			name, ext = strings.TrimSuffix(f, textExt), textExt
		case strings.HasSuffix(f, htmlExt):
			name, ext = strings.TrimSuffix(f, htmlExt), htmlExt
		default:
			return nil, fmt.Errorf("notice: template %s: name must end in %s or %s", f, textExt, htmlExt)
		}
		if found[name] == nil {
			found[name] = map[string]bool{}
		}
		found[name][ext] = true
	}
	lib := &library{byName: map[string]*tmplSet{}, kinds: map[string]bool{}}
	for name, exts := range found {
		kind, key, lang, ok := splitName(name)
		if !ok {
			return nil, fmt.Errorf("notice: template %q: want <kind>[.<key>].<lang>", name)
		}
		if _, ok := words[lang]; !ok {
			return nil, fmt.Errorf("notice: template %q: no vocabulary for language %q", name, lang)
		}
		for _, ext := range []string{textExt, htmlExt} {
			if !exts[ext] {
				return nil, fmt.Errorf("notice: template %q has no %s file", name, name+ext)
			}
		}
		t, err := parseOne(fsys, name, lang)
		if err != nil {
			return nil, err
		}
		t.kind, t.key = kind, key
		if _, dup := lib.byName[strings.ToLower(name)]; dup {
			return nil, fmt.Errorf("notice: template %q is defined twice (names are case-insensitive)", name)
		}
		lib.byName[strings.ToLower(name)] = t
		lib.kinds[kind] = true
		lib.names = append(lib.names, name)
	}
	slices.Sort(lib.names)
	return lib, nil
}

func parseOne(fsys fs.FS, name, lang string) (*tmplSet, error) {
	fm := funcs(lang, time.UTC)
	txtName, htmlName := name+textExt, name+htmlExt
	tt, err := texttemplate.New(txtName).Funcs(texttemplate.FuncMap(fm)).ParseFS(fsys, txtName)
	if err != nil {
		return nil, fmt.Errorf("notice: parse %s: %w", txtName, err)
	}
	ht, err := htmltemplate.New(htmlName).Funcs(htmltemplate.FuncMap(fm)).Funcs(htmltemplate.FuncMap(htmlFuncs(lang, time.UTC))).ParseFS(fsys, htmlName)
	if err != nil {
		return nil, fmt.Errorf("notice: parse %s: %w", htmlName, err)
	}
	for _, n := range []string{"subject", "body"} {
		if tt.Lookup(n) == nil {
			return nil, fmt.Errorf("notice: %s does not define %q", txtName, n)
		}
		if ht.Lookup(n) == nil {
			return nil, fmt.Errorf("notice: %s does not define %q", htmlName, n)
		}
	}
	if tt.Lookup("sections") == nil {
		return nil, fmt.Errorf(`notice: %s does not define "sections" (the headings its law requires, separated by "|")`, txtName)
	}
	var b bytes.Buffer
	if err := tt.ExecuteTemplate(&b, "sections", nil); err != nil {
		return nil, fmt.Errorf("notice: %s: sections: %w", txtName, err)
	}
	var sections []string
	for _, s := range strings.Split(b.String(), "|") {
		if s = strings.Join(strings.Fields(s), " "); s != "" {
			sections = append(sections, s)
		}
	}
	if len(sections) == 0 {
		return nil, fmt.Errorf("notice: %s: the sections block is empty", txtName)
	}
	return &tmplSet{name: name, lang: lang, sections: sections, text: tt, html: ht}, nil
}

// RequiredSections returns the section headings that a template declares
// in its "sections" block, in order: the headings its law requires, each
// of which the rendered text (underlined) and HTML (as a heading) show.
// template is a name as in Rendered.Template ("subjects.US-CA.en"); a file
// name ("subjects.US-CA.en.txt.tmpl") is accepted too.
func RequiredSections(template string) ([]string, error) {
	lib, err := load()
	if err != nil {
		return nil, err
	}
	name := strings.TrimSuffix(strings.TrimSuffix(template, textExt), htmlExt)
	t, ok := lib.byName[strings.ToLower(name)]
	if !ok {
		return nil, fmt.Errorf("notice: unknown template %q (known: %s)", template, strings.Join(lib.names, ", "))
	}
	return slices.Clone(t.sections), nil
}

// Templates lists the names of all templates, sorted, e.g.
// "authority.US-CA.en".
func Templates() []string {
	lib, err := load()
	if err != nil {
		return nil
	}
	return slices.Clone(lib.names)
}

// CheckSections fails, naming them, when a rendered notice lacks a heading
// its template's law requires: in the text as a line of its own, in the
// HTML as a heading. Legal's texts fill the sections but can never
// remove one; this is the guard that they did not.
func CheckSections(r Rendered) error {
	want, err := RequiredSections(r.Template)
	if err != nil {
		return err
	}
	lines := strings.Split(r.Text, "\n")
	var missing []string
	for _, h := range want {
		if !slices.Contains(lines, h) || !strings.Contains(r.HTML, ">"+htmltemplate.HTMLEscapeString(h)+"</h") {
			missing = append(missing, h)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("notice %s lacks the required section(s) %q", r.Template, missing)
	}
	return nil
}
