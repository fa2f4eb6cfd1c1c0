package incidents

import (
	"context"

	"github.com/breachwf/breach/workflows"
)

// Edit changes a notice's sections (legal only); each edit that changes
// the notice is a new version by its editor.
func (c Client) Edit(ctx context.Context, id string, in workflows.EditInput) (workflows.EditResult, error) {
	var r workflows.EditResult
	return r, c.update(ctx, id, workflows.UpdateEdit, &in, &r)
}
