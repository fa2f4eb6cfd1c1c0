// Package templates holds the breach-notice templates rendered by
// internal/notice, embedded so that the binaries need no files at run time.
//
// Each template has one file per output format, named
// <kind>[.<key>].<lang>.txt.tmpl (text/template) and
// <kind>[.<key>].<lang>.html.tmpl (html/template). kind is the audience or a
// regime's own form (authority, subjects, controller, kvkk-board,
// kvkk-subjects); key, when present, is a jurisdiction code ("US-CA",
// "GB"), a country ("US": every US state without its own template) or a
// regime slug (lower case, non-alphanumerics as "-": "gdpr", "uk-gdpr");
// without a key the template is the kind's regime-neutral fallback.
// notice.Resolve picks the most specific one for a duty's jurisdiction,
// regime and language, falling back to English.
//
// Every file defines a "subject" template (the one-line subject) and a
// "body" template (the notice itself). The text file also defines
// "sections": the headings its law requires, separated by "|", each of
// which both the text and the HTML body must show as a heading; the tests
// fail when one is missing. Legal reviews these files: the wording is the
// notice.
package templates

import "embed"

// FS is the embedded set of notice templates.
//
//go:embed *.tmpl
var FS embed.FS
