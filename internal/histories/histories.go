// Package histories keeps golden workflow histories: incidents run on the
// embedded Temporal server by the recorder (./record) and exported to
// testdata/histories, one JSON file per workflow run, children and their
// continued-as-new runs included. The tests here replay every file against
// the current workflow code, as a worker does when it picks up a running
// incident after a deploy, so a change that would break running incidents
// fails in CI instead of in production.
//
// To record them again (a few minutes; fresh temporary data each time):
//
//	go run ./internal/histories/record -out testdata/histories
package histories

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	commonpb "go.temporal.io/api/common/v1"
	enumspb "go.temporal.io/api/enums/v1"
	historypb "go.temporal.io/api/history/v1"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/worker"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/breachwf/breach/workflows"
)

// Fetch returns the whole history of one workflow run ("" = the latest).
func Fetch(ctx context.Context, c client.Client, workflowID, runID string) (*historypb.History, error) {
	iter := c.GetWorkflowHistory(ctx, workflowID, runID, false, enumspb.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT)
	h := &historypb.History{}
	for iter.HasNext() {
		e, err := iter.Next()
		if err != nil {
			return nil, fmt.Errorf("history of %s: %w", workflowID, err)
		}
		h.Events = append(h.Events, e)
	}
	return h, nil
}

// Runs returns every run of a workflow from the given one on, following
// continue-as-new to the last run.
func Runs(ctx context.Context, c client.Client, workflowID, firstRunID string) ([]*historypb.History, error) {
	var runs []*historypb.History
	for runID := firstRunID; runID != ""; {
		h, err := Fetch(ctx, c, workflowID, runID)
		if err != nil {
			return nil, err
		}
		runs = append(runs, h)
		runID = ""
		if n := len(h.Events); n > 0 {
			if can := h.Events[n-1].GetWorkflowExecutionContinuedAsNewEventAttributes(); can != nil {
				runID = can.GetNewExecutionRunId()
			}
		}
	}
	return runs, nil
}

// Children lists the child workflow runs a history started, in order.
func Children(h *historypb.History) []*commonpb.WorkflowExecution {
	var out []*commonpb.WorkflowExecution
	for _, e := range h.Events {
		if a := e.GetChildWorkflowExecutionStartedEventAttributes(); a != nil {
			out = append(out, a.GetWorkflowExecution())
		}
	}
	return out
}

// Write stores a history as the JSON that
// worker.WorkflowReplayer.ReplayWorkflowHistoryFromJSONFile reads, indented
// so that a re-recording reads as a diff.
func Write(path string, h *historypb.History) error {
	raw, err := protojson.Marshal(h)
	if err != nil {
		return err
	}
	// protojson varies its spacing on purpose; json.Indent's is stable.
	var out bytes.Buffer
	if err := json.Indent(&out, raw, "", "  "); err != nil {
		return err
	}
	out.WriteByte('\n')
	return os.WriteFile(path, out.Bytes(), 0o644)
}

// NewReplayer returns a replayer with the workflows registered under the
// names the worker registers them with.
func NewReplayer() worker.WorkflowReplayer {
	r := worker.NewWorkflowReplayer()
	workflows.Register(r)
	return r
}

// Files lists the JSON histories under dir (recursively), sorted.
func Files(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".json") {
			out = append(out, path)
		}
		return nil
	})
	slices.Sort(out)
	return out, err
}
