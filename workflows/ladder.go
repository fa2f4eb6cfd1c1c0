package workflows

import (
	"fmt"
	"time"

	"go.temporal.io/sdk/workflow"

	"github.com/breachwf/breach/activities"
	"github.com/breachwf/breach/internal/breach"
)

// step is one rung of the escalation ladder.
type step struct {
	at    time.Time
	label string
	due   bool // the deadline itself: an open obligation becomes late
	// level grows with each rung: 1 channel, 2 legal group mentioned,
	// 3 commander and legal lead DMed, 4 executives.
	level int
}

func level(n int) int { return min(max(n, 1), 4) }

// nextStep returns the first reminder strictly after now for an
// obligation: the configured fractions of its window, then every
// OverdueEvery past the deadline; for "without undue delay" duties, every
// ASAPEvery from the clock start.
func nextStep(o breach.Obligation, s activities.Settings, now time.Time) step {
	if o.Due == nil {
		every := s.ASAPEvery
		if every <= 0 {
			every = 12 * time.Hour
		}
		n := now.Sub(o.ClockStart)/every + 1
		if n < 1 {
			n = 1
		}
		return step{at: o.ClockStart.Add(n * every), label: fmt.Sprintf("no fixed deadline: still open after %s", (n * every).Round(time.Minute)), level: level(int(n))}
	}
	window := o.Due.Sub(o.ClockStart)
	for i, p := range s.Points {
		at := o.ClockStart.Add(time.Duration(p * float64(window)))
		if at.After(now) {
			if p >= 1 {
				return step{at: at, label: "deadline reached", due: true, level: level(i + 1)}
			}
			return step{at: at, label: fmt.Sprintf("%.0f%% of the window elapsed", p*100), level: level(i + 1)}
		}
	}
	if o.Due.After(now) {
		return step{at: *o.Due, label: "deadline reached", due: true, level: 4}
	}
	every := s.OverdueEvery
	if every <= 0 {
		every = 12 * time.Hour
	}
	n := now.Sub(*o.Due)/every + 1
	return step{at: o.Due.Add(n * every), label: fmt.Sprintf("overdue by %s", (n * every).Round(time.Minute)), level: 4}
}

// ladder reminds about one open obligation until it is done, waived, no
// longer required, or the incident closes. Each reminder is an activity
// and a timeline entry; the timers are durable.
func (w *incident) ladder(ctx workflow.Context, id string) {
	isOpen := func() bool {
		ob := w.obligation(id)
		return w.st.Closed == nil && w.closeReq == nil && ob != nil && ob.Status == breach.ObligationOpen
	}
	for isOpen() {
		now := workflow.Now(ctx)
		ob := w.obligation(id)
		if ob.Due != nil && !now.Before(*ob.Due) {
			ob.Late = true // already past its deadline when assessed
		}
		s := nextStep(ob.Obligation, w.settings, now)
		stopped, err := workflow.AwaitWithTimeout(ctx, s.at.Sub(now), func() bool { return !isOpen() })
		if err != nil || stopped || !isOpen() {
			return
		}
		ob = w.obligation(id)
		if s.due {
			ob.Late = true
		}
		left := "no fixed deadline"
		if ob.Due != nil {
			left = humanLeft(ob.Due.Sub(workflow.Now(ctx)))
		}
		r := activities.Reminder{IncidentID: w.st.ID, ObligationID: id, Basis: ob.Basis, Step: s.label, Due: ob.Due, Left: left,
			Level: s.level, Channel: w.st.SlackChannel, Commander: w.commander}
		if err := workflow.ExecuteActivity(shortCtx(ctx), (*activities.Activities).Remind, r).Get(ctx, nil); err != nil {
			workflow.GetLogger(ctx).Warn("reminder not delivered", "obligation", id, "error", err)
		}
		ob = w.obligation(id)
		ob.Reminders++
		w.event(ctx, "reminder", fmt.Sprintf("%s: %s (%s)", id, s.label, left), "")
	}
}

// triageNudges reminds while the incident waits for triage.
func (w *incident) triageNudges(ctx workflow.Context) {
	every := w.settings.TriageEvery
	if every <= 0 {
		return
	}
	for n := 1; ; n++ {
		done, err := workflow.AwaitWithTimeout(ctx, every, func() bool { return w.st.Triaged || w.closeReq != nil })
		if err != nil || done {
			return
		}
		r := activities.Reminder{IncidentID: w.st.ID, ObligationID: "triage", Basis: "GDPR Art. 33(1) clock may be running",
			Step: fmt.Sprintf("awaiting triage for %s", time.Duration(n)*every), Left: "unknown",
			Level: level(n), Channel: w.st.SlackChannel, Commander: w.commander}
		_ = workflow.ExecuteActivity(shortCtx(ctx), (*activities.Activities).Remind, r).Get(ctx, nil)
		w.event(ctx, "reminder", "Still awaiting triage: "+r.Step, "")
	}
}

func humanLeft(d time.Duration) string {
	if d < 0 {
		return "overdue by " + (-d).Round(time.Minute).String()
	}
	return d.Round(time.Minute).String() + " left"
}
