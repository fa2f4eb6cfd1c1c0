package e2e

import (
	historypb "go.temporal.io/api/history/v1"
	"go.temporal.io/sdk/client"
)

func workerHistory(iter client.HistoryEventIterator) (*historypb.History, error) {
	h := &historypb.History{}
	for iter.HasNext() {
		e, err := iter.Next()
		if err != nil {
			return nil, err
		}
		h.Events = append(h.Events, e)
	}
	return h, nil
}
