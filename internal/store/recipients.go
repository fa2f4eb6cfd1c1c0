package store

import (
	"context"
	"fmt"
	"strings"
)

// recipientsSchema holds the scoped data subjects of each incident and the
// rows of the customers' exports that could not be used. Open runs it with
// schema.
const recipientsSchema = `
CREATE TABLE IF NOT EXISTS recipients (
	id            INTEGER PRIMARY KEY,
	incident_id   TEXT NOT NULL,
	controller_id TEXT NOT NULL,
	subject_id    TEXT NOT NULL,
	email         TEXT NOT NULL,
	name          TEXT NOT NULL DEFAULT '',
	jurisdiction  TEXT NOT NULL,
	language      TEXT NOT NULL,
	line          INTEGER NOT NULL DEFAULT 0,
	UNIQUE (incident_id, controller_id, subject_id)
);
CREATE INDEX IF NOT EXISTS recipients_notice ON recipients (incident_id, controller_id, jurisdiction, id);
CREATE TABLE IF NOT EXISTS quarantine (
	id          INTEGER PRIMARY KEY,
	incident_id TEXT NOT NULL,
	source      TEXT NOT NULL,
	line        INTEGER NOT NULL,
	field       TEXT NOT NULL,
	value       TEXT NOT NULL,
	reason      TEXT NOT NULL,
	UNIQUE (incident_id, source, line, field)
);
`

// Recipient is one affected data subject to notify. Personal data: it lives
// only in the store.
type Recipient struct {
	SubjectID    string
	Email        string
	Name         string
	Jurisdiction string
	// ControllerID is the customer whose subject this is; "" = our own.
	ControllerID string
	Language     string
	// Line is the line of the export the subject came from.
	Line int
}

// RecipientRow is a stored recipient with its row id (for keyset pagination).
type RecipientRow struct {
	ID int64
	Recipient
}

const insertRecipient = `INSERT INTO recipients (incident_id, controller_id, subject_id, email, name, jurisdiction, language, line)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, controller_id, subject_id) DO NOTHING`

// AddRecipients inserts a chunk in one transaction, ignoring subjects
// already present for the incident (unique on incident_id, controller_id,
// subject_id, including repeats inside the chunk); it returns how many were
// new.
func (s *Store) AddRecipients(ctx context.Context, incidentID string, rs []Recipient) (int, error) {
	return s.AddRecipientsMarked(ctx, incidentID, rs, nil)
}

// AddRecipientsMarked is AddRecipients that also reports which rows were
// new: when isNew is not nil (it must have len(rs)), isNew[i] is set to
// whether rs[i] was inserted. It lets a caller count new subjects per group
// while writing a whole chunk in one transaction.
func (s *Store) AddRecipientsMarked(ctx context.Context, incidentID string, rs []Recipient, isNew []bool) (n int, err error) {
	if isNew != nil && len(isNew) != len(rs) {
		return 0, fmt.Errorf("recipients: %d flags for %d rows", len(isNew), len(rs))
	}
	if len(rs) == 0 {
		return 0, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("recipients: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	stmt, err := tx.PrepareContext(ctx, insertRecipient)
	if err != nil {
		return 0, fmt.Errorf("recipients: %w", err)
	}
	defer stmt.Close()
	for i, r := range rs {
		res, err := stmt.ExecContext(ctx, incidentID, r.ControllerID, r.SubjectID, r.Email, r.Name, r.Jurisdiction, r.Language, r.Line)
		if err != nil {
			return 0, fmt.Errorf("recipients: line %d: %w", r.Line, err)
		}
		k, err := res.RowsAffected()
		if err != nil {
			return 0, fmt.Errorf("recipients: %w", err)
		}
		n += int(k)
		if isNew != nil {
			isNew[i] = k > 0
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("recipients: commit: %w", err)
	}
	return n, nil
}

// Quarantined is a row that could not be used.
type Quarantined struct {
	Source string // file name
	Line   int
	Field  string // "" when the whole row is bad (malformed, wrong field count)
	Value  string // truncated
	Reason string
}

// AddQuarantine records unusable rows in one transaction. A row already
// recorded (same source, line and field) is kept as it was, so a retried
// scan does not record it twice.
func (s *Store) AddQuarantine(ctx context.Context, incidentID string, rows []Quarantined) (err error) {
	if len(rows) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("quarantine: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO quarantine (incident_id, source, line, field, value, reason)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, source, line, field) DO NOTHING`)
	if err != nil {
		return fmt.Errorf("quarantine: %w", err)
	}
	defer stmt.Close()
	for _, q := range rows {
		if _, err := stmt.ExecContext(ctx, incidentID, q.Source, q.Line, q.Field, q.Value, q.Reason); err != nil {
			return fmt.Errorf("quarantine: line %d: %w", q.Line, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("quarantine: commit: %w", err)
	}
	return nil
}

// QuarantineSummary returns the count and the first `sample` rows (by line).
func (s *Store) QuarantineSummary(ctx context.Context, incidentID string, sample int) (int, []Quarantined, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM quarantine WHERE incident_id = ?`, incidentID).Scan(&n); err != nil {
		return 0, nil, fmt.Errorf("quarantine: %w", err)
	}
	if sample <= 0 || n == 0 {
		return n, nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT source, line, field, value, reason FROM quarantine WHERE incident_id = ?
		ORDER BY line, source, id LIMIT ?`, incidentID, sample)
	if err != nil {
		return 0, nil, fmt.Errorf("quarantine: %w", err)
	}
	defer rows.Close()
	var out []Quarantined
	for rows.Next() {
		var q Quarantined
		if err := rows.Scan(&q.Source, &q.Line, &q.Field, &q.Value, &q.Reason); err != nil {
			return 0, nil, fmt.Errorf("quarantine: %w", err)
		}
		out = append(out, q)
	}
	if err := rows.Err(); err != nil {
		return 0, nil, fmt.Errorf("quarantine: %w", err)
	}
	return n, out, nil
}

// OwnSubjects is the RecipientFilter.ControllerID that selects our own
// subjects (stored with controller_id "").
const OwnSubjects = "-"

// RecipientFilter selects recipients for one notice.
type RecipientFilter struct {
	ControllerID string // "" = any; "-" (OwnSubjects) = our own subjects
	Jurisdiction string // "" = any
}

func (f RecipientFilter) where(incidentID string) (string, []any) {
	var b strings.Builder
	b.WriteString(`incident_id = ?`)
	args := []any{incidentID}
	switch f.ControllerID {
	case "":
	case OwnSubjects:
		b.WriteString(` AND controller_id = ''`)
	default:
		b.WriteString(` AND controller_id = ?`)
		args = append(args, f.ControllerID)
	}
	if f.Jurisdiction != "" {
		b.WriteString(` AND jurisdiction = ?`)
		args = append(args, f.Jurisdiction)
	}
	return b.String(), args
}

// Recipients returns up to limit recipients with ID > afterID, in ID order.
func (s *Store) Recipients(ctx context.Context, incidentID string, f RecipientFilter, afterID int64, limit int) ([]RecipientRow, error) {
	if limit <= 0 {
		return nil, fmt.Errorf("recipients: limit %d must be positive", limit)
	}
	where, args := f.where(incidentID)
	args = append(args, afterID, limit)
	rows, err := s.db.QueryContext(ctx, `SELECT id, controller_id, subject_id, email, name, jurisdiction, language, line
		FROM recipients WHERE `+where+` AND id > ? ORDER BY id LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("recipients: %w", err)
	}
	defer rows.Close()
	out := make([]RecipientRow, 0, min(limit, 1024))
	for rows.Next() {
		var r RecipientRow
		if err := rows.Scan(&r.ID, &r.ControllerID, &r.SubjectID, &r.Email, &r.Name, &r.Jurisdiction, &r.Language, &r.Line); err != nil {
			return nil, fmt.Errorf("recipients: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("recipients: %w", err)
	}
	return out, nil
}

// CountRecipients counts per controller ("" = ours) and jurisdiction.
func (s *Store) CountRecipients(ctx context.Context, incidentID string) (map[string]map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT controller_id, jurisdiction, COUNT(*) FROM recipients WHERE incident_id = ?
		GROUP BY controller_id, jurisdiction`, incidentID)
	if err != nil {
		return nil, fmt.Errorf("recipients: %w", err)
	}
	defer rows.Close()
	out := map[string]map[string]int{}
	for rows.Next() {
		var c, j string
		var n int
		if err := rows.Scan(&c, &j, &n); err != nil {
			return nil, fmt.Errorf("recipients: %w", err)
		}
		if out[c] == nil {
			out[c] = map[string]int{}
		}
		out[c][j] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("recipients: %w", err)
	}
	return out, nil
}

// CountFor counts recipients matching a filter.
func (s *Store) CountFor(ctx context.Context, incidentID string, f RecipientFilter) (int, error) {
	where, args := f.where(incidentID)
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM recipients WHERE `+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("recipients: %w", err)
	}
	return n, nil
}
