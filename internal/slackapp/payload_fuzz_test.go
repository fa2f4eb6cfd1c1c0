package slackapp

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/workflows"
)

// FuzzInteractionPayload feeds hostile interaction payloads (as Slack's
// "payload" form field carries them) through what the app parses: the
// callback JSON, a button's value, a modal's metadata and the forms'
// fields. Nothing panics; a button value that parses names a valid
// incident and bounded IDs; a parsed form passes the workflow's size
// checks, so that no user input can fail a workflow task.
func FuzzInteractionPayload(f *testing.F) {
	for _, s := range []string{
		`{"type":"block_actions","actions":[{"action_id":"notice_approve","value":"BR-20261127-1GJ2|N1|o"}]}`,
		`{"type":"block_actions","actions":[{"action_id":"notice_edit","value":"BR-20261127-1GJ2|N1|` + string(make([]byte, 300)) + `"}]}`,
		`{"type":"view_submission","view":{"callback_id":"breach_triage","private_metadata":"{\"incident\":\"BR-20261127-1GJ2\"}","state":{"values":{"risk":{"risk":{"type":"static_select","selected_option":{"value":"high"}}},"summary":{"summary":{"type":"plain_text_input","value":"<script>x</script>\r\nBcc: y"}}}}}}`,
		`{"type":"view_submission","view":{"callback_id":"breach_declare","state":{"values":{"title":{"title":{"type":"plain_text_input","value":"\u0000\u202e"}},"jurisdictions":{"jurisdictions":{"type":"plain_text_input","value":"DE, US-CA, ZZ, ,,"}}}}}}`,
		`{"type":"view_submission","view":{"callback_id":"breach_edit","private_metadata":"not json","state":{"values":{"edit_measures":{"edit_measures":{"type":"plain_text_input","value":"x"}}}}}}`,
		`{"type":`, `null`, `{"view":{"state":{"values":{"a":{"b":{"selected_options":[{"value":"x"}]}}}}}}`,
	} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, payload string) {
		var cb slack.InteractionCallback
		if err := json.Unmarshal([]byte(payload), &cb); err != nil {
			return
		}
		for _, act := range cb.ActionCallback.BlockActions {
			if meta, ok := parseActionValue(act.Value); ok {
				if !validIncidentID(meta.Incident) || len(meta.Notice) > breach.MaxItem || len(meta.Obligation) > breach.MaxItem {
					t.Fatalf("a button value that should have been refused: %q", act.Value)
				}
			}
		}
		_ = decodeMeta(cb.View.PrivateMetadata)
		st := viewState(cb.View)
		if req, errs := parseDeclare(st, now); len(errs) == 0 {
			in := workflows.IncidentInput{Title: req.Title, Facts: &breach.Facts{Summary: req.Summary, DataCategories: req.Categories}}
			if err := in.CheckSize(); err != nil {
				t.Fatalf("the declare form let through what the workflow refuses: %v", err)
			}
		}
		if in, errs := parseTriage(st, "U1"); len(errs) == 0 {
			if err := workflows.CheckSize(workflows.UpdateTriage, in); err != nil {
				t.Fatalf("the triage form let through what the workflow refuses: %v", err)
			}
		}
	})
}
