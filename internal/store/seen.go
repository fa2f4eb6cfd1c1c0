package store

import (
	"context"
	"fmt"
	"time"
)

// seenSchema remembers the keys of handled requests (the Slack gateway's
// replay and retry guard); Open runs it with schema. at is Unix nanoseconds,
// so that pruning compares integers, and indexed, so that it stays cheap.
const seenSchema = `
CREATE TABLE IF NOT EXISTS seen (
	key TEXT PRIMARY KEY,
	at  BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS seen_at ON seen (at);
`

// FirstSeen records key as seen at at and reports whether it was not seen
// within ttl before: true the first time, false for a repeat inside the
// window. Keys older than ttl are pruned in the same transaction, so the
// table holds only the current window and a key seen longer ago than ttl
// counts as new again. Because it is one SQLite transaction, two callers
// racing with the same key (two goroutines, or two processes on the same
// file) cannot both get true.
func (s *Store) FirstSeen(ctx context.Context, key string, at time.Time, ttl time.Duration) (bool, error) {
	if key == "" {
		return false, fmt.Errorf("seen: empty key")
	}
	if ttl <= 0 {
		return false, fmt.Errorf("seen: ttl %s is not positive", ttl)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("seen: %w", err)
	}
	defer tx.Rollback()
	now := at.UnixNano()
	if _, err := tx.ExecContext(ctx, `DELETE FROM seen WHERE at <= ?`, now-int64(ttl)); err != nil {
		return false, fmt.Errorf("seen: prune: %w", err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO seen (key, at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`, key, now)
	if err != nil {
		return false, fmt.Errorf("seen: record: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("seen: record: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("seen: commit: %w", err)
	}
	return n == 1, nil
}
