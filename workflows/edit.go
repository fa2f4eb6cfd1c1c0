package workflows

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"go.temporal.io/sdk/workflow"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/identity"
	"github.com/breachwf/breach/internal/notice"
)

// UpdateEdit is legal editing a notice's sections.
const UpdateEdit = "edit"

// versionPhased is the workflow.GetVersion change under which incidents
// send supplementary notices to authorities already notified (GDPR Art.
// 33(4), KVKK: information in phases). Incidents begun before it do not.
const versionPhased = "phased-notices"

// SectionEdit sets one section's text.
type SectionEdit struct {
	Section string `json:"section"`
	Text    string `json:"text"`
}

// EditInput is legal's edit of a notice: sections set, conflicts resolved
// by keeping legal's text, and sections reset to the facts' text, in one
// language. Each edit is a new version by its editor.
type EditInput struct {
	NoticeID string `json:"notice_id"`
	// Language of the texts; "" is the notice's own language.
	Language string        `json:"language,omitempty"`
	Set      []SectionEdit `json:"set,omitempty"`
	// Keep resolves a conflict by keeping legal's text against changed facts.
	Keep []string `json:"keep,omitempty"`
	// Reset drops legal's text: the section reads from the facts again.
	Reset []string `json:"reset,omitempty"`
	Note  string   `json:"note,omitempty"`
	By    string   `json:"by"`
	// Proof is the decision's signature (identity); the workflow checks it.
	Proof *identity.Proof `json:"proof,omitempty"`
}

// EditResult is the notice version an edit made.
type EditResult struct {
	NoticeID  string            `json:"notice_id"`
	Version   int               `json:"version"`
	Changed   bool              `json:"changed"`
	Conflicts []breach.Conflict `json:"conflicts,omitempty"`
	Warnings  []string          `json:"warnings,omitempty"`
}

func (in EditInput) checkSize() error {
	var c breach.SizeChecks
	c.Len("notice_id", in.NoticeID, breach.MaxName)
	c.Len("language", in.Language, breach.MaxItem)
	if len(in.Set) > len(breach.Sections) {
		c.Add(fmt.Errorf("set: %d sections, at most %d", len(in.Set), len(breach.Sections)))
	}
	for _, s := range in.Set {
		c.Len("set: section", s.Section, breach.MaxItem)
		c.Len("set: "+s.Section, s.Text, breach.MaxText)
	}
	c.List("keep", in.Keep, breach.MaxListItems, breach.MaxItem)
	c.List("reset", in.Reset, breach.MaxListItems, breach.MaxItem)
	c.Len("note", in.Note, breach.MaxReason)
	c.Len("by", in.By, breach.MaxName)
	return c.Err()
}

func (w *incident) editGate(in EditInput) gate {
	args := in
	args.Proof = nil
	return gate{update: UpdateEdit, target: in.NoticeID, by: in.By, args: args, proof: in.Proof, roles: legalACL}
}

func (w *incident) validateEdit(ctx workflow.Context, in EditInput) error {
	if err := CheckSize(UpdateEdit, in); err != nil {
		return err
	}
	if err := w.open(); err != nil {
		return err
	}
	if err := w.precheck(ctx, w.editGate(in)); err != nil {
		return err
	}
	return w.checkEdit(in)
}

// checkEdit refuses an edit that names a notice, section or language that
// is not there, would empty a statutory section, or changes a notice that
// is no longer a draft.
func (w *incident) checkEdit(in EditInput) error {
	n := w.notice(in.NoticeID)
	if n == nil {
		return fmt.Errorf("no notice %q in %s (notices: %s)", in.NoticeID, w.st.ID, strings.Join(w.noticeIDs(), ", "))
	}
	switch n.Status {
	case breach.NoticeDraft, breach.NoticeChangesRequested, breach.NoticeFailed:
	default:
		return fmt.Errorf("%s is %s: only a draft can be edited", n.ID, n.Status)
	}
	if n.Version == 0 {
		return fmt.Errorf("%s has not been drafted yet: %s", n.ID, n.Error)
	}
	if len(in.Set)+len(in.Keep)+len(in.Reset) == 0 {
		return fmt.Errorf("nothing to edit: give --set SECTION=TEXT, --file F, --keep SECTION or --reset SECTION (sections: %s)", strings.Join(breach.Sections, ", "))
	}
	lang := w.editLanguage(n, in.Language)
	if !slices.Contains(notice.SubjectLanguages, lang) {
		return fmt.Errorf("language %q: notices are written in %s", in.Language, strings.Join(notice.SubjectLanguages, ", "))
	}
	subjects := n.Kind == notice.KindSubjects || n.Kind == notice.KindKVKKSubjects
	seen := map[string]bool{}
	check := func(what, sec string) error {
		if !slices.Contains(breach.Sections, sec) {
			return fmt.Errorf("%s: no section %q (sections: %s)", what, sec, strings.Join(breach.Sections, ", "))
		}
		if sec == breach.SectionAdvice && !subjects {
			return fmt.Errorf("%s: %s is for notices to the people affected; %s is a %s notice", what, sec, n.ID, n.Kind)
		}
		if seen[sec] {
			return fmt.Errorf("%s: section %s is named twice", what, sec)
		}
		seen[sec] = true
		return nil
	}
	for _, s := range in.Set {
		if err := check("set", s.Section); err != nil {
			return err
		}
		if strings.TrimSpace(s.Text) == "" && breach.Statutory(s.Section) {
			return fmt.Errorf("set: %s cannot be empty: the law requires it in the notice (use --reset %s to go back to the facts' text)", s.Section, s.Section)
		}
		if i := strings.IndexFunc(s.Text, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' }); i >= 0 {
			return fmt.Errorf("set: %s holds a control character at byte %d", s.Section, i)
		}
	}
	for _, sec := range in.Keep {
		if err := check("keep", sec); err != nil {
			return err
		}
		if !slices.ContainsFunc(n.Conflicts, func(c breach.Conflict) bool { return c.Section == sec && c.Language == lang }) {
			return fmt.Errorf("keep: %s has no conflict in %s (%s)", n.ID, sec, lang)
		}
	}
	for _, sec := range in.Reset {
		if err := check("reset", sec); err != nil {
			return err
		}
		if _, ok := breach.TextOf(n.Texts, lang, sec); !ok {
			return fmt.Errorf("reset: %s has no text of legal's in %s (%s)", n.ID, sec, lang)
		}
	}
	return nil
}

// editLanguage is the language an edit writes in.
func (w *incident) editLanguage(n *breach.Notice, lang string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if lang != "" {
		return lang
	}
	if n.Language != "" {
		return n.Language
	}
	return "en"
}

func (w *incident) edit(ctx workflow.Context, in EditInput) (EditResult, error) {
	if err := w.decide(ctx, w.editGate(in)); err != nil {
		return EditResult{}, err
	}
	if err := w.checkEdit(in); err != nil {
		return EditResult{}, err // the notice changed since validation
	}
	n := w.notice(in.NoticeID)
	lang := w.editLanguage(n, in.Language)
	now := workflow.Now(ctx).UTC()
	var what []string
	for _, s := range in.Set {
		text := strings.ReplaceAll(s.Text, "\r\n", "\n")
		if old, ok := breach.TextOf(n.Texts, lang, s.Section); ok && old.Text == text {
			continue
		}
		if strings.TrimSpace(text) == "" {
			n.Texts = breach.DropText(n.Texts, lang, s.Section)
		} else {
			n.Texts = breach.SetText(n.Texts, breach.SectionText{Language: lang, Section: s.Section, Text: text,
				Base: w.st.Facts.FactsText(s.Section), By: in.By, At: now, Version: n.Version + 1})
		}
		what = append(what, s.Section)
	}
	for _, sec := range in.Keep {
		t, _ := breach.TextOf(n.Texts, lang, sec)
		t.Base, t.By, t.At = w.st.Facts.FactsText(sec), in.By, now
		n.Texts = breach.SetText(n.Texts, t)
		what = append(what, sec+" (kept against the facts)")
	}
	for _, sec := range in.Reset {
		n.Texts = breach.DropText(n.Texts, lang, sec)
		what = append(what, sec+" (back to the facts)")
	}
	before := n.Version
	if len(what) > 0 {
		w.redraft[n.ID] = true
		w.causes[n.ID] = revisionCause{by: in.By, cause: fmt.Sprintf("edited (%s): %s", lang, strings.Join(what, ", "))}
		target := w.renders[n.ID] + 1
		if err := workflow.Await(ctx, func() bool { return w.renders[n.ID] >= target || w.closeReq != nil }); err != nil {
			return EditResult{}, err
		}
	}
	n = w.notice(in.NoticeID)
	res := EditResult{NoticeID: n.ID, Version: n.Version, Changed: n.Version > before, Conflicts: n.Conflicts, Warnings: n.Warnings}
	text := fmt.Sprintf("%s v%d edited (%s): %s", n.ID, n.Version, lang, strings.Join(what, ", "))
	if !res.Changed {
		text = fmt.Sprintf("%s: edit changed nothing in the notice (still v%d)", n.ID, n.Version)
	}
	if in.Note != "" {
		text += " — " + in.Note
	}
	w.event(ctx, "edited", text, in.By)
	if n.Status == breach.NoticeChangesRequested && res.Changed {
		n.Status = breach.NoticeDraft
	}
	w.updatePhase(ctx)
	return res, nil
}

// revisionCause says who changed a notice and why, for its next version.
type revisionCause struct {
	by, cause string
}

// conflicts are legal's statutory texts whose facts changed since legal
// wrote them.
func conflicts(n *breach.Notice, f breach.Facts) []breach.Conflict {
	var out []breach.Conflict
	for _, t := range n.Texts {
		if breach.Statutory(t.Section) && f.FactsText(t.Section) != t.Base {
			out = append(out, breach.Conflict{Language: t.Language, Section: t.Section, Edited: t.Text, Facts: f.FactsText(t.Section)})
		}
	}
	return out
}
