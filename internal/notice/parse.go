package notice

import (
	"fmt"
	htmltemplate "html/template"
	"io/fs"
	"sync"
	texttemplate "text/template"
	"time"

	"github.com/breachwf/breach/templates"
)

// tmplSet is the parsed text and HTML templates of one kind.
type tmplSet struct {
	text *texttemplate.Template
	html *htmltemplate.Template
}

var (
	parseOnce sync.Once
	parsed    map[string]tmplSet
	parseErr  error
)

// templateSet returns the parsed templates of a kind. All templates are
// parsed once, on first use; Render clones them to bind the time zone, so
// the parsed originals are never executed and are safe for concurrent use.
func templateSet(kind string) (tmplSet, error) {
	parseOnce.Do(func() { parsed, parseErr = parseAll(templates.FS) })
	if parseErr != nil {
		return tmplSet{}, parseErr
	}
	return parsed[kind], nil
}

// parseAll parses the text and HTML template of every kind from fsys and
// checks that each defines "subject" and "body".
func parseAll(fsys fs.FS) (map[string]tmplSet, error) {
	out := make(map[string]tmplSet, len(kinds))
	for kind, spec := range kinds {
		fm := funcs(spec.lang, time.UTC)
		base := kind + "." + spec.lang

		txtName := base + ".txt.tmpl"
		tt, err := texttemplate.New(txtName).Funcs(texttemplate.FuncMap(fm)).ParseFS(fsys, txtName)
		if err != nil {
			return nil, fmt.Errorf("notice: parse %s: %w", txtName, err)
		}
		htmlName := base + ".html.tmpl"
		ht, err := htmltemplate.New(htmlName).Funcs(htmltemplate.FuncMap(fm)).Funcs(htmltemplate.FuncMap(htmlFuncs())).ParseFS(fsys, htmlName)
		if err != nil {
			return nil, fmt.Errorf("notice: parse %s: %w", htmlName, err)
		}
		for _, name := range []string{"subject", "body"} {
			if tt.Lookup(name) == nil {
				return nil, fmt.Errorf("notice: %s does not define %q", txtName, name)
			}
			if ht.Lookup(name) == nil {
				return nil, fmt.Errorf("notice: %s does not define %q", htmlName, name)
			}
		}
		out[kind] = tmplSet{text: tt, html: ht}
	}
	return out, nil
}
