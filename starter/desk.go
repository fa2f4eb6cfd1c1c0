package main

// Legal's desk on the command line: edit a notice's sections, see what
// changed between versions, and read who a notice goes to before it is
// approved.

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/pmezard/go-difflib/difflib"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/workflows"
)

// multi is a flag that may be given several times.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

const editUsage = "edit ID NOTICE_ID [--lang L] [--set SECTION=TEXT]... [--file F] [--keep SECTION]... [--reset SECTION]... [--note N] [--by NAME]"

// edit changes a notice's free-text sections: with --set/--file/--keep/
// --reset for scripts, otherwise in $VISUAL or $EDITOR on a file holding
// every section.
func (a *app) edit(ctx context.Context, args []string) error {
	f := newFlags("edit")
	lang := f.String("lang", "", "language of the texts (default: the notice's language)")
	var set, keep, reset multi
	f.Var(&set, "set", "SECTION=TEXT: set one section (repeatable); sections: "+strings.Join(breach.Sections, ", "))
	file := f.String("file", "", "read the sections from a file in the editor's format (## section lines); - reads standard input")
	f.Var(&keep, "keep", "SECTION: keep legal's text against changed facts (resolves a conflict; repeatable)")
	f.Var(&reset, "reset", "SECTION: drop legal's text, the section reads from the facts again (repeatable)")
	note := f.String("note", "", "why, for the timeline")
	byFlag(f)
	if err := f.parse(args, 2, 2, editUsage); err != nil {
		return err
	}
	id, noticeID := f.pos[0], f.pos[1]
	c, who, err := a.decider(ctx, f)
	if err != nil {
		return err
	}
	n, err := c.Notice(ctx, id, noticeID)
	if err != nil {
		return err
	}
	st, err := c.Status(ctx, id)
	if err != nil {
		return err
	}
	facts := st.Facts
	l := cmp.Or(strings.ToLower(*lang), n.Language, "en")
	in := workflows.EditInput{NoticeID: n.ID, Language: *lang, Keep: keep, Reset: reset, Note: *note, By: who}
	for _, s := range set {
		sec, text, ok := strings.Cut(s, "=")
		if !ok {
			return fmt.Errorf("edit: --set %q: give SECTION=TEXT (sections: %s)", s, strings.Join(breach.Sections, ", "))
		}
		in.Set = append(in.Set, workflows.SectionEdit{Section: strings.TrimSpace(sec), Text: text})
	}
	if *file != "" || len(set)+len(keep)+len(reset) == 0 {
		var src []byte
		switch {
		case *file == "-":
			src, err = io.ReadAll(io.LimitReader(os.Stdin, 1<<20))
		case *file != "":
			src, err = os.ReadFile(*file)
		default:
			src, err = editInEditor(n, facts, l)
		}
		if err != nil {
			return fmt.Errorf("edit: %v", err)
		}
		sections, err := parseSections(src)
		if err != nil {
			return fmt.Errorf("edit: %s: %v", cmp.Or(*file, "editor"), err)
		}
		for _, sec := range breach.Sections {
			text, given := sections[sec]
			if !given || text == strings.Trim(shown(n, facts, l, sec), "\n") {
				continue // left as it was
			}
			_, legal := breach.TextOf(n.Texts, l, sec)
			switch {
			case strings.TrimSpace(text) == "" && !legal:
				continue
			case strings.TrimSpace(text) == "" && breach.Statutory(sec):
				in.Reset = append(in.Reset, sec)
			default:
				in.Set = append(in.Set, workflows.SectionEdit{Section: sec, Text: text})
			}
		}
		if len(in.Set)+len(in.Keep)+len(in.Reset) == 0 {
			fmt.Fprintf(a.out, "%s: nothing changed; %s stays v%d\n", id, n.ID, n.Version)
			return nil
		}
	}
	res, err := c.Edit(ctx, id, in)
	if err != nil {
		return err
	}
	if res.Changed {
		fmt.Fprintf(a.out, "%s: %s is now v%d (edited by %s); see what changed: starter diff %s %s\n", id, res.NoticeID, res.Version, who, id, res.NoticeID)
	} else {
		fmt.Fprintf(a.out, "%s: the edit changed nothing in the notice; %s stays v%d\n", id, res.NoticeID, res.Version)
	}
	for _, c := range res.Conflicts {
		fmt.Fprintf(a.out, "CONFLICT %s (%s): the facts changed since legal's text; --keep %s or --reset %s\n", c.Section, c.Language, c.Section, c.Section)
	}
	return nil
}

// shown is what a section of the notice says in lang now: legal's text in
// that language, else in English, else the facts' (as the draft reads).
func shown(n breach.Notice, facts breach.Facts, lang, sec string) string {
	if t, ok := breach.TextOf(n.Texts, lang, sec); ok {
		return t.Text
	}
	if t, ok := breach.TextOf(n.Texts, "en", sec); ok {
		return t.Text
	}
	return facts.FactsText(sec)
}

// sectionFile is the editor's view of a notice's sections.
func sectionFile(n breach.Notice, facts breach.Facts, lang string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Notice %s v%d for %s, language %s.\n", n.ID, n.Version, n.ObligationID, lang)
	b.WriteString("# Write each section's text under its heading; lines starting with # are ignored.\n")
	b.WriteString("# A section left as it is stays as it is. An empty section drops legal's text:\n")
	b.WriteString("# what_happened, consequences and measures then read from the facts again\n")
	b.WriteString("# (the law requires them, so they are never left out of the notice).\n")
	b.WriteString("# The statutory headings and the rest of the notice come from its template.\n")
	for _, sec := range breach.Sections {
		fmt.Fprintf(&b, "\n## %s\n", sec)
		if t := shown(n, facts, lang, sec); t != "" {
			b.WriteString(t)
			if !strings.HasSuffix(t, "\n") {
				b.WriteString("\n")
			}
		}
	}
	return b.String()
}

// parseSections reads the "## section" format; unknown headings are an
// error naming the line.
func parseSections(src []byte) (map[string]string, error) {
	out := map[string]string{}
	var cur string
	var body []string
	flush := func() {
		if cur != "" {
			out[cur] = strings.Trim(strings.Join(body, "\n"), "\n")
		}
	}
	sc := bufio.NewScanner(strings.NewReader(strings.ReplaceAll(string(src), "\r\n", "\n")))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if h, ok := strings.CutPrefix(l, "## "); ok {
			sec := strings.TrimSpace(h)
			if !slices.Contains(breach.Sections, sec) {
				return nil, fmt.Errorf("line %d: no section %q (sections: %s)", line, sec, strings.Join(breach.Sections, ", "))
			}
			if _, dup := out[sec]; dup || sec == cur {
				return nil, fmt.Errorf("line %d: section %s appears twice", line, sec)
			}
			flush()
			cur, body = sec, nil
			continue
		}
		if strings.HasPrefix(l, "#") {
			continue
		}
		if cur == "" {
			if strings.TrimSpace(l) != "" {
				return nil, fmt.Errorf("line %d: text before the first ## section heading", line)
			}
			continue
		}
		body = append(body, l)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return out, nil
}

// editInEditor opens $VISUAL or $EDITOR on the sections and returns what
// was saved.
func editInEditor(n breach.Notice, facts breach.Facts, lang string) ([]byte, error) {
	ed := cmp.Or(os.Getenv("VISUAL"), os.Getenv("EDITOR"))
	if ed == "" {
		return nil, errors.New("no editor: set $EDITOR, or give --set SECTION=TEXT or --file F")
	}
	dir, err := os.MkdirTemp("", "breach-edit-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, n.ID+"."+lang+".txt")
	if err := os.WriteFile(path, []byte(sectionFile(n, facts, lang)), 0o600); err != nil {
		return nil, err
	}
	parts := strings.Fields(ed)
	cmd := exec.Command(parts[0], append(parts[1:], path)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s: %v (nothing was changed)", ed, err)
	}
	return os.ReadFile(path)
}

const diffUsage = "diff ID NOTICE_ID [V1 V2]"

// diff shows what changed between two versions of a notice (by default the
// previous and the current one), with who changed it and why.
func (a *app) diff(ctx context.Context, args []string) error {
	f := newFlags("diff")
	if err := f.parse(args, 2, 4, diffUsage); err != nil {
		return err
	}
	if len(f.pos) == 3 {
		return fmt.Errorf("diff: give two versions, or none (usage: starter %s)", diffUsage)
	}
	c, err := a.incidents(ctx)
	if err != nil {
		return err
	}
	n, err := c.Notice(ctx, f.pos[0], f.pos[1])
	if err != nil {
		return err
	}
	if len(n.Revisions) == 0 {
		return fmt.Errorf("%s keeps no versions (drafted before versions were kept)", n.ID)
	}
	v2 := n.Revisions[len(n.Revisions)-1].Version
	v1 := v2 - 1
	if len(f.pos) == 4 {
		if v1, err = version(f.pos[2]); err != nil {
			return err
		}
		if v2, err = version(f.pos[3]); err != nil {
			return err
		}
	}
	r1, ok1 := revision(n, v1)
	r2, ok2 := revision(n, v2)
	if !ok1 || !ok2 {
		var have []string
		for _, r := range n.Revisions {
			have = append(have, fmt.Sprintf("v%d", r.Version))
		}
		return fmt.Errorf("%s has versions %s", n.ID, strings.Join(have, ", "))
	}
	text, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
		A: difflib.SplitLines(r1.Text), B: difflib.SplitLines(r2.Text),
		FromFile: fmt.Sprintf("%s v%d (%s by %s, %s)", n.ID, r1.Version, r1.Cause, cmp.Or(r1.By, "the workflow"), r1.At.UTC().Format("2006-01-02 15:04 UTC")),
		ToFile:   fmt.Sprintf("%s v%d (%s by %s, %s)", n.ID, r2.Version, r2.Cause, cmp.Or(r2.By, "the workflow"), r2.At.UTC().Format("2006-01-02 15:04 UTC")),
		Context:  2,
	})
	if err != nil {
		return err
	}
	if text == "" {
		fmt.Fprintf(a.out, "%s v%d and v%d read the same\n", n.ID, r1.Version, r2.Version)
		return nil
	}
	_, err = io.WriteString(a.out, text)
	return err
}

func version(s string) (int, error) {
	v, err := strconv.Atoi(strings.TrimPrefix(strings.ToLower(s), "v"))
	if err != nil || v < 1 {
		return 0, fmt.Errorf("diff: %q is not a version (v1, 2, …)", s)
	}
	return v, nil
}

func revision(n breach.Notice, v int) (breach.Revision, bool) {
	for _, r := range n.Revisions {
		if r.Version == v {
			return r, true
		}
	}
	return breach.Revision{}, false
}

// deskHeader is what legal reads above a notice, never sent: who it goes
// to, in which languages, what is missing and what conflicts.
func deskHeader(w io.Writer, n breach.Notice) {
	switch n.Channel {
	case "list":
		fmt.Fprintf(w, "Goes to %s on the recipient list", people(n.Recipients))
		if n.Sent+n.Failed > 0 {
			fmt.Fprintf(w, " (sent %d, failed %d)", n.Sent, n.Failed)
		}
		fmt.Fprintln(w)
	case "email":
		fmt.Fprintf(w, "Goes by e-mail to %d configured recipient(s)\n", n.Recipients)
	case "portal":
		fmt.Fprintln(w, "Filed by hand on the authority's portal (a form file is written when approved)")
	}
	if len(n.Variants) > 1 || (len(n.Variants) == 1 && n.Variants[0].Language != "en") {
		var parts []string
		for _, v := range n.Variants {
			p := fmt.Sprintf("%s (%s", v.Language, v.Template)
			if n.Channel == "list" {
				p += ", " + people(v.Recipients)
			}
			if !v.Reviewed {
				p += ", TRANSLATION NOT REVIEWED BY COUNSEL"
			}
			parts = append(parts, p+")")
		}
		fmt.Fprintf(w, "Languages: %s\n", strings.Join(parts, "; "))
	}
	if n.Supplements != "" {
		fmt.Fprintf(w, "Supplementary notice to %s: %d new or changed fact(s)\n", n.Supplements, n.NewFacts)
	}
	for _, c := range n.Conflicts {
		fmt.Fprintf(w, "CONFLICT in %s (%s): legal wrote %q; the facts now say %q. Keep one: --keep %s or --reset %s\n",
			c.Section, c.Language, clip(c.Edited, 60), clip(c.Facts, 60), c.Section, c.Section)
	}
	for _, warn := range n.Warnings {
		fmt.Fprintf(w, "WARNING: %s\n", warn)
	}
	if k := len(n.Revisions); k > 0 {
		r := n.Revisions[k-1]
		fmt.Fprintf(w, "v%d: %s by %s\n", r.Version, r.Cause, cmp.Or(r.By, "the workflow"))
	}
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// variant picks the notice's text in a language for reading.
func variant(n breach.Notice, lang string) (breach.Notice, error) {
	if lang == "" {
		return n, nil
	}
	for _, v := range n.Variants {
		if v.Language == lang {
			n.Subject, n.Text, n.HTML, n.Language = v.Subject, v.Text, v.HTML, v.Language
			return n, nil
		}
	}
	have := []string{n.Language}
	if len(n.Variants) > 0 {
		have = nil
		for _, v := range n.Variants {
			have = append(have, v.Language)
		}
	}
	return n, fmt.Errorf("%s is not drafted in %q (languages: %s)", n.ID, lang, strings.Join(have, ", "))
}

func people(n int) string {
	if n == 1 {
		return "1 person"
	}
	return fmt.Sprintf("%d people", n)
}
