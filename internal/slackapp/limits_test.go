package slackapp

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
)

// plainInputs returns each plain-text input of a modal: block ID → max_length.
func plainInputs(t *testing.T, v slack.ModalViewRequest) map[string]int {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var doc struct {
		Blocks []struct {
			BlockID string `json:"block_id"`
			Element struct {
				Type      string `json:"type"`
				MaxLength int    `json:"max_length"`
			} `json:"element"`
		} `json:"blocks"`
	}
	require.NoError(t, json.Unmarshal(b, &doc))
	out := map[string]int{}
	for _, bl := range doc.Blocks {
		if bl.Element.Type == "plain_text_input" {
			out[bl.BlockID] = bl.Element.MaxLength
		}
	}
	return out
}

func TestEveryTextInputHasItsLimit(t *testing.T) {
	meta := modalMeta{Incident: incidentID, Notice: "N1", Obligation: "o"}
	seen := map[string]bool{}
	for _, v := range []slack.ModalViewRequest{declareModal(meta, ""), triageModal(meta), changesModal(meta), waiveModal(meta), approveLateModal(meta),
		editModal(meta, breach.Notice{ID: "N1", Kind: "subjects", Version: 1}, breach.Facts{})} {
		inputs := plainInputs(t, v)
		require.NotEmpty(t, inputs, v.CallbackID)
		for block, got := range inputs {
			seen[block] = true
			assert.Equal(t, maxLength(block), got, "%s in %s", block, v.CallbackID)
			assert.True(t, got >= 1 && got <= slackMaxLength, "%s: Slack takes max_length 1..3000, not %d", block, got)
		}
	}
	for block := range textLimits {
		assert.True(t, seen[block], "limit for %s, which no form has", block)
	}
	assert.Equal(t, breach.MaxTitle, maxLength(blockTitle))
	assert.Equal(t, slackMaxLength, maxLength(blockSummary), "MaxText is capped at what Slack accepts")
	assert.Equal(t, slackMaxLength, maxLength(blockReason))
}

func TestLongTitleAfterDeclareIsCutToFit(t *testing.T) {
	hs := newHarness(t)
	long := strings.Repeat("ü", breach.MaxTitle+50)
	require.Equal(t, http.StatusOK, hs.postNow("/slack/commands", hs.command("declare "+long, "UDECL01", "security")).Code)
	views := hs.openedViews()
	require.Len(t, views, 1)
	var got struct {
		Blocks []struct {
			BlockID string `json:"block_id"`
			Element struct {
				InitialValue string `json:"initial_value"`
			} `json:"element"`
		} `json:"blocks"`
	}
	require.NoError(t, json.Unmarshal([]byte(mustJSON(t, views[0].View)), &got))
	for _, b := range got.Blocks {
		if b.BlockID == blockTitle {
			assert.Equal(t, breach.MaxTitle, utf8.RuneCountInString(b.Element.InitialValue))
		}
	}
}

// formErrors posts a submission and returns its form errors.
func formErrors(t *testing.T, hs *harness, callback string, meta modalMeta, vals map[string]map[string]any) map[string]any {
	t.Helper()
	rec := hs.postNow("/slack/interactivity", hs.submission(callback, meta, values(vals), legalUser))
	require.Equal(t, http.StatusOK, rec.Code)
	body := jsonBody(t, rec)
	require.Equal(t, "errors", body["response_action"], "body %v", body)
	return body["errors"].(map[string]any)
}

func TestOversizedForgedSubmissionsAreRefused(t *testing.T) {
	hs := newHarness(t)
	over := strings.Repeat("x", slackMaxLength+1)
	notice := modalMeta{Incident: incidentID, Notice: "N1", Obligation: "gdpr-33-authority-DE", Channel: "C0001"}

	// A title one character (a two-byte one) over the limit.
	errs := formErrors(t, hs, CallbackDeclare, modalMeta{Channel: "C0001"}, map[string]map[string]any{
		"title":   text(strings.Repeat("ü", breach.MaxTitle+1)),
		"summary": text(over),
	})
	assert.Equal(t, "Title: at most 200 characters (this has 201).", errs[blockTitle])
	assert.Equal(t, "Summary: at most 3000 characters (this has 3001).", errs[blockSummary])

	errs = formErrors(t, hs, CallbackTriage, modalMeta{Incident: incidentID, Channel: "C0001"}, map[string]map[string]any{
		"personal_data": radio("yes"), "risk": selected("high"),
		"customers": text(strings.Repeat("acme: DE=1\n", 1000)),
		"measures":  text(over),
	})
	assert.Contains(t, errs[blockCustomers], "Customers affected: at most 3000 characters (this has ")
	assert.Equal(t, "Measures: at most 3000 characters (this has 3001).", errs[blockMeasures])

	errs = formErrors(t, hs, CallbackChanges, notice, map[string]map[string]any{"comment": text(over)})
	assert.Equal(t, "What should change: at most 3000 characters (this has 3001).", errs[blockComment])
	errs = formErrors(t, hs, CallbackWaive, notice, map[string]map[string]any{"reason": text(over)})
	assert.Equal(t, "Reason: at most 3000 characters (this has 3001).", errs[blockReason])
	errs = formErrors(t, hs, CallbackApproveLate, notice, map[string]map[string]any{"delay_reason": text(over)})
	assert.Equal(t, "Reasons for the delay: at most 3000 characters (this has 3001).", errs[blockDelay])

	// Within the text limit, but too many items, or an item too long.
	errs = formErrors(t, hs, CallbackDeclare, modalMeta{Channel: "C0001"}, map[string]map[string]any{
		"title": text("Laptop stolen"), "systems": text(strings.Repeat("a,", 1200)),
	})
	assert.Equal(t, "Systems affected: at most 500 items (this has 1200).", errs[blockSystems])
	errs = formErrors(t, hs, CallbackDeclare, modalMeta{Channel: "C0001"}, map[string]map[string]any{
		"title": text("Laptop stolen"), "systems": text("erp, " + strings.Repeat("s", breach.MaxItem+1)),
	})
	assert.Equal(t, "Systems affected: item 2 is longer than 200 characters.", errs[blockSystems])
	errs = formErrors(t, hs, CallbackTriage, modalMeta{Incident: incidentID, Channel: "C0001"}, map[string]map[string]any{
		"personal_data": radio("yes"), "risk": selected("high"),
		"customers": text(strings.Repeat("c", breach.MaxItem+1) + ": DE=1"),
	})
	assert.Equal(t, "line 1: the customer ID is longer than 200 characters", errs[blockCustomers])

	hs.app.Wait()
	got := hs.inc.snapshot()
	assert.Empty(t, got.declares)
	assert.Empty(t, got.triages)
	assert.Empty(t, got.changes)
	assert.Empty(t, got.waives)
	assert.Empty(t, got.approves)

	// At the limit exactly, the title is taken.
	rec := hs.postNow("/slack/interactivity", hs.submission(CallbackDeclare, modalMeta{Channel: "C0001"}, values(map[string]map[string]any{
		"title": text(strings.Repeat("ü", breach.MaxTitle)),
	}), "UDECL01"))
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Empty(t, rec.Body.String())
	hs.app.Wait()
	assert.Len(t, hs.inc.snapshot().declares, 1)
}

func TestOversizedButtonValueIsMalformed(t *testing.T) {
	hs := newHarness(t)
	hs.postNow("/slack/interactivity", hs.button(ActionApprove, ActionValue(incidentID, strings.Repeat("N", breach.MaxItem+1), "o"), legalUser))
	hs.app.Wait()
	require.Len(t, hs.responseTexts(), 1)
	assert.Contains(t, hs.responseTexts()[0], "malformed")
	assert.Empty(t, hs.inc.snapshot().approves)
}
