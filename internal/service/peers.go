package service

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/client"

	"github.com/breachwf/breach/workflows"
)

// Workers of one deployment must share one store: a batch of a delivery
// runs on whichever worker polls first, and reads its recipients from
// that worker's store. A second worker with a store of its own (SQLite on
// another machine, another database) would find nobody to notify and mark
// the batch done. So each worker names its store in its Temporal
// identity, and a worker whose store differs from one that polls the task
// queue refuses to start.

// identityStore is what precedes the store's ID in a worker's identity.
const identityStore = " store="

// workerIdentity is this worker's identity: Temporal's default
// (pid@host) and the store's ID.
func workerIdentity(storeID string) string {
	host, _ := os.Hostname()
	return fmt.Sprintf("%d@%s%s%s", os.Getpid(), host, identityStore, storeID)
}

// pollerWindow is how long a poller counts as present after its last
// poll: Temporal lists a stopped worker for a few minutes, and a live one
// polls at least every minute or so (long polls of up to 70 s).
const pollerWindow = 90 * time.Second

// checkPeers refuses to start beside a worker that polls the task queue
// with another store. Pollers without a store in their identity (other
// tools, older versions) are not judged.
func checkPeers(ctx context.Context, c client.Client, storeID string, now time.Time) error {
	for _, kind := range []enumspb.TaskQueueType{enumspb.TASK_QUEUE_TYPE_WORKFLOW, enumspb.TASK_QUEUE_TYPE_ACTIVITY} {
		d, err := c.DescribeTaskQueue(ctx, workflows.TaskQueue, kind)
		if err != nil {
			return fmt.Errorf("task queue %s: %w", workflows.TaskQueue, err)
		}
		for _, p := range d.GetPollers() {
			_, other, ok := strings.Cut(p.GetIdentity(), identityStore)
			if !ok || other == storeID {
				continue
			}
			ago := now.Sub(p.GetLastAccessTime().AsTime())
			if ago > pollerWindow {
				continue
			}
			return fmt.Errorf("another worker (%s, last seen %s ago) polls %s with another store (%s, this one is %s): "+
				"the workers of one deployment must share one store, with store.driver postgres and the same BREACH_STORE_DSN "+
				"(a worker stopped less than %s ago is still listed: wait and start again)",
				p.GetIdentity(), ago.Round(time.Second), workflows.TaskQueue, other, storeID, pollerWindow)
		}
	}
	return nil
}
