package slackapp

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/workflows"
)

// initialValues are the prefilled texts of a view's inputs, by block ID.
func (v openedView) initialValues() map[string]string {
	out := map[string]string{}
	blocks, _ := v.View["blocks"].([]any)
	for _, b := range blocks {
		m, _ := b.(map[string]any)
		el, _ := m["element"].(map[string]any)
		id, _ := m["block_id"].(string)
		if s, ok := el["initial_value"].(string); ok {
			out[id] = s
		}
	}
	return out
}

func TestEditButtonOpensTheSectionsAndSendsOnlyChanges(t *testing.T) {
	hs := newHarness(t)
	hs.inc.notice = breach.Notice{ID: "N4", ObligationID: "gdpr-33-authority-DK", Kind: "authority", Language: "en", Version: 2, Status: breach.NoticeChangesRequested,
		Texts: []breach.SectionText{{Language: "en", Section: breach.SectionWhatHappened, Text: "Legal's account.", By: "Dana Whitfield"}}}
	hs.inc.status.Facts = breach.Facts{Summary: "Security's account.", Measures: "Bucket closed."}
	value := ActionValue(incidentID, "N4", "gdpr-33-authority-DK")

	// Not legal: refused and recorded, no form.
	hs.postNow("/slack/interactivity", hs.button(ActionEdit, value, otherUser))
	require.Eventually(t, func() bool { return len(hs.responseTexts()) == 1 }, waitFor, tick)
	assert.Equal(t, "Only legal can edit notices.", hs.responseTexts()[0])
	assert.Empty(t, hs.openedViews())
	require.Eventually(t, func() bool { return len(hs.inc.snapshot().refusals) == 1 }, waitFor, tick)
	assert.Equal(t, workflows.UpdateEdit, hs.inc.snapshot().refusals[0].In.Action)

	hs.postNow("/slack/interactivity", hs.button(ActionEdit, value, legalUser))
	views := hs.openedViews()
	require.Len(t, views, 1)
	assert.Equal(t, CallbackEdit, views[0].callback())
	init := views[0].initialValues()
	assert.Equal(t, "Legal's account.", init[editBlock(breach.SectionWhatHappened)], "legal's text, not the facts'")
	assert.Equal(t, "Bucket closed.", init[editBlock(breach.SectionMeasures)], "the facts' text where legal wrote none")
	assert.NotContains(t, views[0].blockIDs(), editBlock(breach.SectionAdvice), "advice is for notices to people")

	// Measures changed, what happened emptied (back to the facts), the rest as shown.
	hs.postNow("/slack/interactivity", hs.submission(CallbackEdit, views[0].metadata(), values(map[string]map[string]any{
		editBlock(breach.SectionWhatHappened): text(""),
		editBlock(breach.SectionMeasures):     text("Bucket closed; passwords reset."),
		editBlock(breach.SectionConsequences): text(""),
		blockNote:                             text("as asked"),
	}), legalUser))
	require.Eventually(t, func() bool { return len(hs.inc.snapshot().edits) == 1 }, waitFor, tick)
	assert.Equal(t, workflows.EditInput{NoticeID: "N4", Language: "en", By: legalUser, Note: "as asked",
		Set:   []workflows.SectionEdit{{Section: breach.SectionMeasures, Text: "Bucket closed; passwords reset."}},
		Reset: []string{breach.SectionWhatHappened}}, hs.inc.snapshot().edits[0])
	require.Eventually(t, func() bool { return len(hs.responseTexts()) == 2 }, waitFor, tick)
	assert.Contains(t, hs.responseTexts()[1], "N4 of "+incidentID+" is now v3")
}

func TestEditFormRefusesOverlongSections(t *testing.T) {
	hs := newHarness(t)
	long := make([]byte, maxLength(editBlock(breach.SectionMeasures))+1)
	for i := range long {
		long[i] = 'x'
	}
	meta := modalMeta{Incident: incidentID, Notice: "N4", Obligation: "gdpr-33-authority-DK", ResponseURL: hs.hook.URL}
	rec := hs.postNow("/slack/interactivity", hs.submission(CallbackEdit, meta, values(map[string]map[string]any{
		editBlock(breach.SectionMeasures): text(string(long)),
	}), legalUser))
	assert.Contains(t, rec.Body.String(), "Measures: at most 3000 characters")
	assert.Empty(t, hs.inc.snapshot().edits)
}
