package rules

// Version is the version of the rule table that new incidents assess with.
//
// The incident workflow runs the rules inside workflow code, so the table is
// part of the workflow's logic: an obligation the table adds on replay means
// a notice drafted, a timer started and activities scheduled that the
// recorded history does not have, and the running incident fails to replay.
// So each incident pins the table version it first assessed with (the
// workflow's "rules-table" workflow.GetVersion marker) and keeps assessing
// with that version, through re-assessments and until it closes: the rows
// in force at version v are those with Since <= v and (Until == 0 or
// v < Until). Incidents started before the table was versioned assess at
// version 0: the rows with Since 0, which is the table they started with.
//
// To add a row: increment Version and give the new row Since set to the
// new Version. Running incidents keep their duties; incidents triaged
// after the deploy see the row.
//
// To change a row (a new period, a threshold, another basis): never edit
// it in place. Increment Version, set Until on the old row to the new
// Version, and add the changed row (the same ID) with Since set to it.
// Running incidents keep the old row, new ones get the new.
//
// To remove a row: increment Version and set the row's Until to it. Keep
// the row in the table while an incident that pinned an older version may
// still be running (or be replayed from its history).
//
// Whatever changes whether a duty arises, its scope, audience, trigger,
// period, threshold or notice is a change in this sense. Rewording a Note
// alone is not: it replays, and running incidents show the new words in
// their reasons from their next re-assessment.
//
// A law's own effective dates are From and To, not Since and Until: they
// pick among rows by the breach's trigger instant, which is the same on
// every replay. A row for a law that takes effect next year is still a row
// added to the table, and needs a new Version like any other.
//
// Never lower it or reuse a number: an incident pinned at a version the
// code no longer offers fails on replay (the marker's version is above the
// workflow's maximum), and one pinned at a reused number would see rows it
// did not start with.
//
// It is a variable, not a constant, only so that a test can bump it.
var Version = 2

// inVersion reports whether a row is in the table at rules version v.
func inVersion(r Rule, v int) bool {
	return r.Since <= v && (r.Until == 0 || v < r.Until)
}

// TableAt returns the rows of the table at rules version v, in table
// order.
func TableAt(v int) []Rule {
	var out []Rule
	for _, r := range Table {
		if inVersion(r, v) {
			out = append(out, r)
		}
	}
	return out
}
