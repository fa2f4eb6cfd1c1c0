package workflows

// RefusalInput reports an attempt that the Slack gateway refused before it reached the workflow, so that it is on record in the incident's timeline and register.
type RefusalInput struct {
	Action    string `json:"action"`           // update name attempted: approve, waive, request-changes, triage...
	Target    string `json:"target,omitempty"` // notice or obligation ID
	SlackUser string `json:"slack_user"`       // who tried
	Reason    string `json:"reason"`           // why it was refused, one line
}
