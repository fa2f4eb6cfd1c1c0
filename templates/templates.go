// Package templates holds the breach-notice templates rendered by
// internal/notice, embedded so that the binaries need no files at run time.
//
// Each notice kind has one file per output format and language, named
// <kind>.<lang>.txt.tmpl (text/template) and <kind>.<lang>.html.tmpl
// (html/template). Every file defines a "subject" template (the one-line
// subject) and a "body" template (the notice itself). Legal reviews these
// files: the wording is the notice.
package templates

import "embed"

// FS is the embedded set of notice templates.
//
//go:embed *.tmpl
var FS embed.FS
