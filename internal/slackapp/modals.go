package slackapp

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/workflows"
)

// Callback IDs of the modals.
const (
	CallbackDeclare = "breach_declare"
	CallbackTriage  = "breach_triage"
	CallbackChanges = "breach_changes"
	CallbackWaive   = "breach_waive"
	// CallbackApproveLate asks for the reasons for the delay of a notice
	// approved after its deadline (GDPR Art. 33(1), KVKK 2019/10).
	CallbackApproveLate = "breach_approve_late"
	// CallbackEdit is legal editing a notice's sections.
	CallbackEdit = "breach_edit"
)

// Block IDs of the modals' inputs; each input's action ID is its block ID.
const (
	blockTitle         = "title"
	blockSummary       = "summary"
	blockDetectedAt    = "detected_at"
	blockSystems       = "systems"
	blockCategories    = "categories"
	blockJurisdictions = "jurisdictions"
	blockPrivate       = "private"

	blockPersonalData = "personal_data"
	blockRationale    = "rationale"
	blockRisk         = "risk"
	blockNature       = "nature"
	blockEncrypted    = "encrypted"
	blockKey          = "key_compromised"
	blockCustomers    = "customers"
	blockSubjects     = "subjects"
	blockConsequences = "consequences"
	blockMeasures     = "measures"

	blockComment = "comment"
	blockReason  = "reason"
	blockDelay   = "delay_reason"
	blockNote    = "edit_note"
)

// editBlock is the block ID of a section's input in the Edit form.
func editBlock(section string) string { return "edit_" + section }

// sectionLabels name the editable sections in the Edit form.
var sectionLabels = map[string]string{
	breach.SectionHeadline:     "Public headline",
	breach.SectionWhatHappened: "What happened",
	breach.SectionConsequences: "Likely consequences",
	breach.SectionMeasures:     "Measures taken or proposed",
	breach.SectionAdvice:       "What recipients can do (added to the template's advice)",
	breach.SectionContact:      "Addition to the contact section",
	breach.SectionAdditional:   "Additional paragraphs",
}

// modalMeta travels in a modal's private_metadata: which incident, notice
// and obligation it is about, and where to answer.
type modalMeta struct {
	Incident    string `json:"incident,omitempty"`
	Notice      string `json:"notice,omitempty"`
	Obligation  string `json:"obligation,omitempty"`
	Channel     string `json:"channel,omitempty"`
	ResponseURL string `json:"response_url,omitempty"`
}

func (m modalMeta) encode() string {
	b, _ := json.Marshal(m)
	return string(b)
}

func decodeMeta(s string) modalMeta {
	var m modalMeta
	_ = json.Unmarshal([]byte(s), &m)
	return m
}

func plain(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, s, false, false)
}

func mrkdwn(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, s, false, false)
}

func option(value, text string) *slack.OptionBlockObject {
	return slack.NewOptionBlockObject(value, plain(text), nil)
}

// textInput is a plain-text input whose max_length is its block's limit
// (textLimits), which the submission handlers check again.
func textInput(block, label, placeholder, hint string, multiline, optional bool) *slack.InputBlock {
	el := slack.NewPlainTextInputBlockElement(nil, block).WithMultiline(multiline).WithMaxLength(maxLength(block))
	if placeholder != "" {
		el.Placeholder = plain(placeholder)
	}
	var h *slack.TextBlockObject
	if hint != "" {
		h = plain(hint)
	}
	return slack.NewInputBlock(block, plain(label), h, el).WithOptional(optional)
}

func categoryOptions() []*slack.OptionBlockObject {
	opts := make([]*slack.OptionBlockObject, 0, len(breach.Categories))
	for _, c := range breach.Categories {
		opts = append(opts, option(c, strings.ReplaceAll(c, "_", " ")))
	}
	return opts
}

func categoriesInput(label string) *slack.InputBlock {
	el := slack.NewOptionsMultiSelectBlockElement(slack.MultiOptTypeStatic, plain("Choose categories"), blockCategories, categoryOptions()...)
	return slack.NewInputBlock(blockCategories, plain(label), nil, el).WithOptional(true)
}

func modal(callback, title, submit string, meta modalMeta, blocks ...slack.Block) slack.ModalViewRequest {
	return slack.ModalViewRequest{
		Type:            slack.VTModal,
		CallbackID:      callback,
		Title:           plain(title),
		Submit:          plain(submit),
		Close:           plain("Cancel"),
		PrivateMetadata: meta.encode(),
		Blocks:          slack.Blocks{BlockSet: blocks},
	}
}

// declareModal is the form /breach declare opens.
func declareModal(meta modalMeta, title string) slack.ModalViewRequest {
	titleIn := textInput(blockTitle, "Title", "ERP export bucket exposed", "Shown in the channel and the register: no personal data.", false, false)
	if title != "" {
		// Slack refuses a form whose initial value is longer than its
		// max_length: the title typed after /breach declare is cut to fit.
		titleIn.Element.(*slack.PlainTextInputBlockElement).InitialValue = truncateRunes(title, maxLength(blockTitle))
	}
	detected := slack.NewInputBlock(blockDetectedAt, plain("Detected at"), plain("When we became aware; empty for now."),
		slack.NewDateTimePickerBlockElement(blockDetectedAt)).WithOptional(true)
	private := slack.NewInputBlock(blockPrivate, plain("Private incident?"), nil,
		slack.NewCheckboxGroupsBlockElement(blockPrivate, option("private", "Private channel, invited people only"))).WithOptional(true)
	return modal(CallbackDeclare, "Declare a breach", "Declare", meta,
		slack.NewSectionBlock(mrkdwn("Declare a *suspected* personal-data breach. Legal clocks may already run: triage follows in the incident channel."), nil, nil),
		titleIn,
		textInput(blockSummary, "What happened", "What we know so far", "", true, true),
		detected,
		textInput(blockSystems, "Systems affected", "erp, s3-exports", "Comma separated.", false, true),
		categoriesInput("Suspected data categories"),
		textInput(blockJurisdictions, "Suspected jurisdictions", "DE, TR, US-CA", "Where the people live: ISO codes, comma separated (US states as US-CA).", false, true),
		private,
	)
}

// triageModal is the form /breach triage opens.
func triageModal(meta modalMeta) slack.ModalViewRequest {
	personal := slack.NewRadioButtonsBlockElement(blockPersonalData, option("yes", "Yes"), option("no", "No: not a personal-data breach"))
	personal.InitialOption = option("yes", "Yes")
	risk := slack.NewOptionsSelectBlockElement(slack.OptTypeStatic, plain("Assess the risk"), blockRisk,
		option(breach.RiskUnlikely, "Unlikely to result in a risk"),
		option(breach.RiskRisk, "Risk to rights and freedoms"),
		option(breach.RiskHigh, "High risk"),
		option(unknownOption, "Not known yet (treated as high)"))
	yesNo := func(block string) *slack.RadioButtonsBlockElement {
		el := slack.NewRadioButtonsBlockElement(block, option("yes", "Yes"), option("no", "No"), option(unknownOption, "Not known yet"))
		el.InitialOption = option(unknownOption, "Not known yet")
		return el
	}
	natures := make([]*slack.OptionBlockObject, 0, len(breach.Natures))
	for _, n := range breach.Natures {
		natures = append(natures, option(n, n))
	}
	return modal(CallbackTriage, "Triage "+meta.Incident, "Triage", meta,
		slack.NewInputBlock(blockPersonalData, plain("Personal data involved?"), nil, personal),
		textInput(blockRationale, "Rationale", "Why no personal data was involved", "Required when the answer is no (GDPR Art. 33(5)).", true, true),
		slack.NewInputBlock(blockRisk, plain("Risk"), plain("Required when personal data is involved; \"not known yet\" keeps every duty that turns on it."), risk).WithOptional(true),
		slack.NewInputBlock(blockNature, plain("Nature"), plain("None ticked: not known yet (treated as data possibly obtained by others)."),
			slack.NewCheckboxGroupsBlockElement(blockNature, natures...)).WithOptional(true),
		categoriesInput("Data categories"),
		slack.NewInputBlock(blockEncrypted, plain("Was the data encrypted?"), nil, yesNo(blockEncrypted)).WithOptional(true),
		slack.NewInputBlock(blockKey, plain("Was the key compromised?"), plain("Not known yet: the encryption exemptions are not applied."), yesNo(blockKey)).WithOptional(true),
		textInput(blockCustomers, "Customers affected (we are their processor)", "acme-tekstil: DE=200, TR=1800",
			"One customer per line: customer-id: CODE=COUNT, …", true, true),
		textInput(blockSubjects, "Our own data subjects", "DE=300, US-CA=600", "Counts per jurisdiction: CODE=COUNT, comma separated.", false, true),
		textInput(blockSummary, "Summary", "What happened, for the notices", "", true, true),
		textInput(blockConsequences, "Likely consequences", "", "", true, true),
		textInput(blockMeasures, "Measures taken or proposed", "", "", true, true),
	)
}

func changesModal(meta modalMeta) slack.ModalViewRequest {
	return modal(CallbackChanges, "Request changes", "Send back", meta,
		slack.NewSectionBlock(mrkdwn(fmt.Sprintf("Send notice `%s` of *%s* back for changes.", meta.Notice, meta.Incident)), nil, nil),
		textInput(blockComment, "What should change?", "", "", true, false),
	)
}

func waiveModal(meta modalMeta) slack.ModalViewRequest {
	return modal(CallbackWaive, "Waive obligation", "Waive", meta,
		slack.NewSectionBlock(mrkdwn(fmt.Sprintf("Decide not to notify for `%s` of *%s*. The reason goes into the breach register.", meta.Obligation, meta.Incident)), nil, nil),
		textInput(blockReason, "Reason", "", "", true, false),
	)
}

func approveLateModal(meta modalMeta) slack.ModalViewRequest {
	return modal(CallbackApproveLate, "Approve late notice", "Approve", meta,
		slack.NewSectionBlock(mrkdwn(fmt.Sprintf("`%s` of *%s* is past its deadline. A late notice must give the reasons for the delay (GDPR Art. 33(1), KVKK 2019/10); they are printed in it.", meta.Notice, meta.Incident)), nil, nil),
		textInput(blockDelay, "Reasons for the delay", "", "", true, true),
	)
}

// editModal is the Edit form: one input per editable section of the
// notice, filled with what it says now in its language. A section whose
// text is longer than Slack lets a form hold is left out, with a pointer
// to `starter edit`, so that nothing is cut.
func editModal(meta modalMeta, n breach.Notice, facts breach.Facts) slack.ModalViewRequest {
	lang := editLanguage(n)
	blocks := []slack.Block{slack.NewSectionBlock(mrkdwn(fmt.Sprintf(
		"Edit `%s` v%d of *%s* (%s). Each change is a new version by you. The statutory headings come from the template; what happened, consequences and measures cannot be left empty (empty goes back to the facts). Other languages: `starter edit %s %s --lang L`.",
		n.ID, n.Version, meta.Incident, lang, meta.Incident, n.ID)), nil, nil)}
	var long []string
	for _, sec := range breach.Sections {
		if sec == breach.SectionAdvice && n.Kind != "subjects" && n.Kind != "kvkk-subjects" {
			continue
		}
		text := shownText(n, facts, lang, sec)
		if utf8.RuneCountInString(text) > maxLength(editBlock(sec)) {
			long = append(long, sec)
			continue
		}
		in := textInput(editBlock(sec), sectionLabels[sec], "", "", sec != breach.SectionHeadline, true)
		in.Element.(*slack.PlainTextInputBlockElement).InitialValue = text
		blocks = append(blocks, in)
	}
	if len(long) > 0 {
		blocks = append(blocks, slack.NewContextBlock("", mrkdwn(fmt.Sprintf("Longer than a Slack form holds, edit with `starter edit %s %s`: %s", meta.Incident, n.ID, strings.Join(long, ", ")))))
	}
	blocks = append(blocks, textInput(blockNote, "Note for the timeline", "Why, in a few words", "", false, true))
	return modal(CallbackEdit, "Edit notice", "Save version", meta, blocks...)
}

// state reads a submitted view's inputs by block ID.
type state map[string]map[string]slack.BlockAction

func viewState(v slack.View) state {
	if v.State == nil {
		return state{}
	}
	return v.State.Values
}

func (s state) get(block string) slack.BlockAction { return s[block][block] }

func (s state) text(block string) string { return strings.TrimSpace(s.get(block).Value) }

func (s state) options(block string) []string {
	var out []string
	for _, o := range s.get(block).SelectedOptions {
		out = append(out, o.Value)
	}
	return out
}

// unknownOption is the value of a "not known yet" choice.
const unknownOption = "unknown"

// yesNo reads a yes / no / not known yet choice; nil is not known.
func (s state) yesNo(block string) *bool {
	switch s.get(block).SelectedOption.Value {
	case "yes":
		return breach.Bool(true)
	case "no":
		return breach.Bool(false)
	}
	return nil
}

func (s state) has(block, value string) bool {
	for _, v := range s.options(block) {
		if v == value {
			return true
		}
	}
	return false
}

// fieldErrors collects per-block messages for response_action errors.
type fieldErrors map[string]string

func (e fieldErrors) add(block, format string, a ...any) {
	msg := fmt.Sprintf(format, a...)
	if prev, ok := e[block]; ok {
		msg = prev + "; " + msg
	}
	e[block] = msg
}

// parseDeclare reads the declare modal.
func parseDeclare(s state, now time.Time) (DeclareRequest, fieldErrors) {
	errs := fieldErrors{}
	if !checkLengths(s, errs, blockTitle, blockSummary, blockSystems, blockJurisdictions) {
		return DeclareRequest{}, errs
	}
	r := DeclareRequest{Title: s.text(blockTitle), Summary: s.text(blockSummary)}
	if r.Title == "" {
		errs.add(blockTitle, "A title is required.")
	}
	if ts := s.get(blockDetectedAt).SelectedDateTime; ts != 0 {
		t := time.Unix(ts, 0).UTC()
		if t.After(now.Add(5 * time.Minute)) {
			errs.add(blockDetectedAt, "Detected at is in the future.")
		}
		r.DetectedAt = t.Format(time.RFC3339)
	}
	r.Systems = splitComma(s.text(blockSystems))
	checkItems(errs, blockSystems, textLimits[blockSystems].name, r.Systems)
	checkOptions(errs, blockCategories, "Data categories", len(s.options(blockCategories)))
	for _, c := range s.options(blockCategories) {
		if !contains(breach.Categories, c) {
			errs.add(blockCategories, "%q is not a data category.", c)
			continue
		}
		r.Categories = append(r.Categories, c)
	}
	var bad []string
	for _, j := range splitList(s.text(blockJurisdictions)) {
		code := strings.ToUpper(j)
		if !breach.ValidJurisdiction(code) {
			bad = append(bad, strconv.Quote(j))
			continue
		}
		if !contains(r.Jurisdictions, code) {
			r.Jurisdictions = append(r.Jurisdictions, code)
		}
	}
	if len(bad) > 0 {
		errs.add(blockJurisdictions, "%s: not an ISO 3166 code (like DE, TR, US-CA).", strings.Join(bad, ", "))
	}
	r.Private = s.has(blockPrivate, "private")
	return r, errs
}

// parseTriage reads the triage modal into the Triage update's input.
func parseTriage(s state, by string) (workflows.TriageInput, fieldErrors) {
	errs := fieldErrors{}
	in := workflows.TriageInput{By: by}
	if !checkLengths(s, errs, blockRationale, blockCustomers, blockSubjects, blockSummary, blockConsequences, blockMeasures) {
		return in, errs
	}
	checkOptions(errs, blockNature, "Nature", len(s.options(blockNature)))
	checkOptions(errs, blockCategories, "Data categories", len(s.options(blockCategories)))
	if len(errs) > 0 {
		return in, errs
	}
	if s.get(blockPersonalData).SelectedOption.Value == "no" {
		in.NotPersonalData = true
		in.Rationale = s.text(blockRationale)
		if in.Rationale == "" {
			errs.add(blockRationale, "Say why no personal data was involved: it goes into the register.")
		}
		return in, errs
	}
	f := &in.Facts
	f.Risk = s.get(blockRisk).SelectedOption.Value
	switch f.Risk {
	case "":
		errs.add(blockRisk, "Assess the risk: unlikely, risk or high, or say it is not known yet.")
	case unknownOption:
		f.Risk = ""
	}
	f.Nature = s.options(blockNature)
	f.DataCategories = s.options(blockCategories)
	f.Encrypted = s.yesNo(blockEncrypted)
	f.KeyCompromised = s.yesNo(blockKey)
	var err error
	if f.Controllers, err = parseCustomers(s.text(blockCustomers)); err != nil {
		errs.add(blockCustomers, "%s", err)
	}
	if f.Subjects, err = parseCounts(s.text(blockSubjects)); err != nil {
		errs.add(blockSubjects, "%s", err)
	}
	if len(errs) == 0 && len(f.Controllers) == 0 && len(f.Subjects) == 0 {
		errs.add(blockCustomers, "Whose data? Give the affected customers here, or our own data subjects' counts below.")
	}
	f.Summary = s.text(blockSummary)
	f.Consequences = s.text(blockConsequences)
	f.Measures = s.text(blockMeasures)
	if len(errs) == 0 {
		if err := f.Validate(); err != nil {
			errs.add(blockRisk, "%s", oneLine(err))
		}
	}
	return in, errs
}

// parseCustomers reads one affected customer per line,
// "customer-id: DE=200, TR=1800"; errors name the line.
func parseCustomers(text string) ([]breach.Controller, error) {
	var out []breach.Controller
	var errs []string
	seen := map[string]bool{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		id, counts, hasColon := strings.Cut(line, ":")
		id = strings.TrimSpace(id)
		switch {
		case !hasColon && strings.ContainsAny(line, "= ,"):
			errs = append(errs, fmt.Sprintf("line %d: %q: write customer-id: DE=200, TR=1800", i+1, line))
			continue
		case id == "":
			errs = append(errs, fmt.Sprintf("line %d: %q: the customer ID is missing before ':'", i+1, line))
			continue
		case utf8.RuneCountInString(id) > breach.MaxItem:
			errs = append(errs, fmt.Sprintf("line %d: the customer ID is longer than %d characters", i+1, breach.MaxItem))
			continue
		case !validID(id):
			errs = append(errs, fmt.Sprintf("line %d: customer ID %q may contain only letters, digits, '-', '_' and '.'", i+1, id))
			continue
		case len(out) == breach.MaxListItems:
			errs = append(errs, fmt.Sprintf("line %d: at most %d customers", i+1, breach.MaxListItems))
			continue
		case seen[id]:
			errs = append(errs, fmt.Sprintf("line %d: customer %q appears twice", i+1, id))
			continue
		}
		seen[id] = true
		m, err := parseCounts(counts)
		if err != nil {
			errs = append(errs, fmt.Sprintf("line %d: %s", i+1, err))
			continue
		}
		out = append(out, breach.Controller{ID: id, Subjects: m})
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return out, nil
}

// parseCounts reads "DE=300, US-CA=600".
func parseCounts(text string) (map[string]int, error) {
	var out map[string]int
	var errs []string
	for _, item := range splitComma(text) {
		code, n, ok := strings.Cut(item, "=")
		code = strings.ToUpper(strings.TrimSpace(code))
		n = strings.TrimSpace(n)
		if !ok || code == "" || n == "" {
			errs = append(errs, fmt.Sprintf("%q: write CODE=COUNT, like DE=300", item))
			continue
		}
		if !breach.ValidJurisdiction(code) {
			errs = append(errs, fmt.Sprintf("%q: %s is not an ISO 3166 code (US states as US-CA)", item, code))
			continue
		}
		v, err := strconv.Atoi(n)
		if err != nil || v < 0 {
			errs = append(errs, fmt.Sprintf("%q: the count must be a whole number, 0 or more", item))
			continue
		}
		if _, dup := out[code]; dup {
			errs = append(errs, fmt.Sprintf("%q: %s is given twice", item, code))
			continue
		}
		if out == nil {
			out = map[string]int{}
		}
		out[code] = v
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return out, nil
}

// splitComma splits on commas and semicolons, trimming and dropping empties.
func splitComma(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// splitList splits on commas, semicolons and whitespace, dropping empties.
func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ';' || r == ' ' || r == '\t' || r == '\n' || r == '\r'
	})
}

// truncateRunes cuts s to at most n runes.
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

func validID(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
