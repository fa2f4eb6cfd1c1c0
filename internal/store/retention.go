package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

const purgeSchema = `
CREATE TABLE IF NOT EXISTS purges (
	id          INTEGER PRIMARY KEY,
	at          TEXT NOT NULL,
	"by"        TEXT NOT NULL,
	incident_id TEXT NOT NULL,
	what        TEXT NOT NULL,
	detail      TEXT NOT NULL
);
`

// HeldLists is, per incident, the subjects and quarantined rows its
// recipient list holds (personal data until purged).
func (s *Store) HeldLists(ctx context.Context) (map[string]ListSize, error) {
	out := map[string]ListSize{}
	for _, q := range []struct {
		query string
		set   func(*ListSize, int)
	}{
		{`SELECT incident_id, SUM(n) FROM recipient_chunks GROUP BY incident_id`, func(l *ListSize, n int) { l.Subjects = n }},
		{`SELECT incident_id, COUNT(*) FROM quarantine GROUP BY incident_id`, func(l *ListSize, n int) { l.Quarantined = n }},
	} {
		if err := s.countByIncident(ctx, q.query, func(id string, n int) {
			ls := out[id]
			q.set(&ls, n)
			out[id] = ls
		}); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// countByIncident runs a lists query of (incident_id, count) rows.
func (s *Store) countByIncident(ctx context.Context, query string, each func(id string, n int)) error {
	rows, err := s.lists.QueryContext(ctx, query)
	if err != nil {
		return fmt.Errorf("lists: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return fmt.Errorf("lists: %w", err)
		}
		each(id, n)
	}
	return rows.Err()
}

// ListSize is what an incident's recipient list holds.
type ListSize struct {
	Subjects    int `json:"subjects"`
	Quarantined int `json:"quarantined"`
}

// DeleteLists deletes an incident's recipient list: its subjects, their
// deduplication keys, the quarantined rows, the remembered imports and any
// upload not yet scanned, in one transaction, and records the purge (who,
// when, how many; no personal data) in the store's purge log. SQLite runs
// with secure_delete, so the deleted rows are overwritten, not left in free
// pages; PostgreSQL leaves dead rows in its files until VACUUM reuses their
// space (docs/SECURITY.md).
func (s *Store) DeleteLists(ctx context.Context, incidentID, by string, at time.Time) (ListSize, error) {
	var n ListSize
	tx, err := s.lists.BeginTx(ctx, nil)
	if err != nil {
		return n, fmt.Errorf("purge lists: %w", err)
	}
	defer tx.Rollback()
	// The counts are of the rows this transaction deleted (not read before
	// it): a purge racing another (two workers' hourly runs) counts what
	// it removed, and the one that removed nothing says so (ErrGone).
	rows, err := tx.QueryContext(ctx, `DELETE FROM recipient_chunks WHERE incident_id = ? RETURNING n`, incidentID)
	if err != nil {
		return n, fmt.Errorf("purge lists: %w", err)
	}
	for rows.Next() {
		var k int
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return n, fmt.Errorf("purge lists: %w", err)
		}
		n.Subjects += k
	}
	if err := rows.Err(); err != nil {
		return n, fmt.Errorf("purge lists: %w", err)
	}
	rows.Close()
	var other int64
	for _, table := range []string{"quarantine", "recipient_keys", "unkeyed_chunks", "imports", "uploads"} {
		res, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE incident_id = ?`, incidentID)
		if err != nil {
			return n, fmt.Errorf("purge lists: %s: %w", table, err)
		}
		k, _ := res.RowsAffected()
		if table == "quarantine" {
			n.Quarantined = int(k)
		}
		other += k
	}
	if n.Subjects == 0 && other == 0 {
		return n, fmt.Errorf("purge lists: %s: %w", incidentID, ErrGone)
	}
	if err := tx.Commit(); err != nil {
		return n, fmt.Errorf("purge lists: %w", err)
	}
	// The log is in the other database: written once the list is gone.
	if err := logPurge(ctx, s.db, at, by, incidentID, "recipient list", fmt.Sprintf("%d subjects, %d quarantined rows", n.Subjects, n.Quarantined)); err != nil {
		return n, err
	}
	return n, nil
}

// ErrGone is a purge of what is no longer there: another purge (another
// worker's, at the same time) took it. Nothing is logged for it.
var ErrGone = errors.New("already purged")

// DeleteRegister deletes an incident's register entry and its delivery
// ledger (the evidence of who was told) in one transaction, and records
// the purge. It returns the ledger rows deleted; ErrGone when the entry
// was not there.
func (s *Store) DeleteRegister(ctx context.Context, incidentID, by string, at time.Time) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("purge register: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM register WHERE incident_id = ?`, incidentID)
	if err != nil {
		return 0, fmt.Errorf("purge register: %w", err)
	}
	if k, _ := res.RowsAffected(); k == 0 {
		return 0, fmt.Errorf("purge register: %s: %w", incidentID, ErrGone)
	}
	if res, err = tx.ExecContext(ctx, `DELETE FROM ledger WHERE incident_id = ?`, incidentID); err != nil {
		return 0, fmt.Errorf("purge register: %w", err)
	}
	n, _ := res.RowsAffected()
	if err := logPurge(ctx, tx, at, by, incidentID, "register entry", fmt.Sprintf("entry and %d ledger rows", n)); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("purge register: %w", err)
	}
	return int(n), nil
}

// logPurge writes an entry of the purge log, through db or a transaction.
func logPurge(ctx context.Context, ex interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}, at time.Time, by, incidentID, what, detail string) error {
	if _, err := ex.ExecContext(ctx, `INSERT INTO purges (at, "by", incident_id, what, detail) VALUES (?, ?, ?, ?, ?)`,
		at.UTC().Format(time.RFC3339Nano), by, incidentID, what, detail); err != nil {
		return fmt.Errorf("purge log: %w", err)
	}
	return nil
}

// Purge is one entry of the purge log.
type Purge struct {
	At         time.Time `json:"at"`
	By         string    `json:"by"`
	IncidentID string    `json:"incident_id"`
	What       string    `json:"what"`
	Detail     string    `json:"detail"`
}

// Purges is the purge log, oldest first.
func (s *Store) Purges(ctx context.Context) ([]Purge, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT at, "by", incident_id, what, detail FROM purges ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("purge log: %w", err)
	}
	defer rows.Close()
	var out []Purge
	for rows.Next() {
		var p Purge
		var at string
		if err := rows.Scan(&at, &p.By, &p.IncidentID, &p.What, &p.Detail); err != nil {
			return nil, fmt.Errorf("purge log: %w", err)
		}
		p.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, p)
	}
	return out, rows.Err()
}
