package workflows

import "go.temporal.io/sdk/workflow"

func workflowOptions() workflow.RegisterOptions {
	return workflow.RegisterOptions{Name: WorkflowName}
}

// Register adds the incident workflow to a worker or test environment.
func Register(r interface {
	RegisterWorkflowWithOptions(any, workflow.RegisterOptions)
}) {
	r.RegisterWorkflowWithOptions(IncidentWorkflow, workflowOptions())
	r.RegisterWorkflowWithOptions(NotifySubjectsWorkflow, workflow.RegisterOptions{Name: NotifyWorkflowName})
}
