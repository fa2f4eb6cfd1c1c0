// Package store keeps what must outlive a workflow run and stay out of
// Temporal's history: the delivery ledger (one row per message: the
// idempotency key and the evidence of who was told what and when) and the
// breach register (GDPR Art. 33(5): every breach, notified or not), and
// the keys of the Slack requests already handled, so that a replay is not
// acted on again after a restart (FirstSeen).
package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
	_ "modernc.org/sqlite"             // database/sql driver "sqlite"
)

// Ledger states of a message.
const (
	Queued = "queued"
	// Sending: handed to an SMTP session; its outcome is unknown until it
	// is marked sent or failed. A row still sending when a delivery starts
	// again was interrupted (the worker died): it is sent again, and the
	// re-send is counted in Interrupted.
	Sending = "sending"
	Sent    = "sent"
	Failed  = "failed"
)

// Store is the ledger and register, and the recipient lists, in SQLite
// (Open) or PostgreSQL (OpenPostgres), with the same tables and the same
// list layout in both.
//
// In SQLite the lists live in a second file beside the first (ListsPath),
// tuned for bulk blobs (64 KB pages, a rollback journal, so that a scan's
// new pages are written once): a scan writing a million subjects does not
// hold up the ledger, and the ledger's small rows do not pay for big pages.
// In PostgreSQL both are one database, shared by every worker.
type Store struct {
	db    *dbConn
	lists *dbConn
	dir   string
	where string
	id    string
}

// metaSchema holds the store's own ID, made when its tables are.
const metaSchema = `
CREATE TABLE IF NOT EXISTS store_meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
`

// ID is the store's identity, made at random when the store was created:
// the same for every handle on one store (a SQLite file, a PostgreSQL
// database and schema), different for any other, whatever the host names.
// Workers tell each other their store by it (internal/service).
func (s *Store) ID() string { return s.id }

func (s *Store) storeID(ctx context.Context) (string, error) {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO store_meta (key, value) VALUES ('id', ?) ON CONFLICT (key) DO NOTHING`, "st-"+hex.EncodeToString(b[:])); err != nil {
		return "", fmt.Errorf("store id: %w", err)
	}
	var id string
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE key = 'id'`).Scan(&id); err != nil {
		return "", fmt.Errorf("store id: %w", err)
	}
	return id, nil
}

// Where names the store for messages: its file, or its PostgreSQL
// database without the credentials.
func (s *Store) Where() string { return s.where }

// pgWhere is a DSN without its user and password.
func pgWhere(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.Host != "" {
		return "postgres://" + u.Host + u.Path
	}
	return "PostgreSQL"
}

// TempDir is where scans spill rows while they deduplicate (personal data,
// removed when each scan ends): a directory beside the database files, so
// that it has their protection (the data directory is created 0700).
func (s *Store) TempDir() string { return filepath.Join(s.dir, "tmp") }

// ListsPath is the recipient-list database beside the store at path:
// data/breach.db -> data/breach-lists.db.
func ListsPath(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + "-lists.db"
}

// ListsPragmas are the list database's settings. synchronous(NORMAL) with a
// rollback journal still syncs at each commit.
var ListsPragmas = "_pragma=busy_timeout(10000)&_pragma=secure_delete(ON)&_pragma=page_size(65536)&_pragma=journal_mode(TRUNCATE)&_pragma=synchronous(NORMAL)"

const schema = `
CREATE TABLE IF NOT EXISTS ledger (
	message_id    TEXT PRIMARY KEY,
	incident_id   TEXT NOT NULL,
	notice_id     TEXT NOT NULL,
	obligation_id TEXT NOT NULL,
	version       INTEGER NOT NULL,
	recipient     TEXT NOT NULL,
	status        TEXT NOT NULL,
	reply         TEXT NOT NULL DEFAULT '',
	error         TEXT NOT NULL DEFAULT '',
	attempts      INTEGER NOT NULL DEFAULT 0,
	queued_at     TEXT NOT NULL,
	sent_at       TEXT,
	interrupted   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS ledger_incident ON ledger (incident_id, notice_id);
CREATE TABLE IF NOT EXISTS register (
	incident_id   TEXT PRIMARY KEY,
	title         TEXT NOT NULL,
	declared_at   TEXT NOT NULL,
	closed_at     TEXT NOT NULL,
	personal_data BOOLEAN NOT NULL,
	risk          TEXT NOT NULL,
	notified      BOOLEAN NOT NULL,
	rationale     TEXT NOT NULL,
	record        TEXT NOT NULL,
	report_md     TEXT NOT NULL DEFAULT '',
	report_html   TEXT NOT NULL DEFAULT '',
	report_posted BOOLEAN NOT NULL DEFAULT FALSE
);
`

// Open opens (creating if needed) the SQLite database at path.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)&_pragma=secure_delete(ON)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)")
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(schema + seenSchema + purgeSchema + metaSchema); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: schema: %w", path, err)
	}
	// Stores made before interrupted attempts were counted get the column.
	if _, err := db.Exec(`ALTER TABLE ledger ADD COLUMN interrupted INTEGER NOT NULL DEFAULT 0`); err != nil && !strings.Contains(err.Error(), "duplicate column") {
		db.Close()
		return nil, fmt.Errorf("store %s: schema: %w", path, err)
	}
	// Stores made before the final report get its columns.
	for _, col := range []string{"report_md TEXT NOT NULL DEFAULT ''", "report_html TEXT NOT NULL DEFAULT ''", "report_posted INTEGER NOT NULL DEFAULT 0"} {
		if _, err := db.Exec(`ALTER TABLE register ADD COLUMN ` + col); err != nil && !strings.Contains(err.Error(), "duplicate column") {
			db.Close()
			return nil, fmt.Errorf("store %s: schema: %w", path, err)
		}
	}
	lpath := ListsPath(path)
	lists, err := sql.Open("sqlite", "file:"+lpath+"?"+ListsPragmas)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", lpath, err)
	}
	lists.SetMaxOpenConns(1)
	if _, err := lists.Exec(recipientsSchema + uploadsSchema); err != nil {
		db.Close()
		lists.Close()
		return nil, fmt.Errorf("store %s: schema: %w", lpath, err)
	}
	st := &Store{db: &dbConn{DB: db}, lists: &dbConn{DB: lists}, dir: filepath.Dir(path), where: path}
	if st.id, err = st.storeID(context.Background()); err != nil {
		st.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return st, nil
}

// OpenPostgres opens the store in the PostgreSQL database at dsn (a
// postgres:// URL or key=value string, as pgx reads it), creating its
// tables if needed. dataDir is this worker's own directory, where scans
// spill rows while they deduplicate (TempDir). Every worker of a
// deployment opens the same database: imports into one incident are
// serialised by an advisory lock, and the rest by rows and transactions.
func OpenPostgres(ctx context.Context, dsn, dataDir string) (*Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("store postgres: %w", err)
	}
	// A scan holds one connection for its import while deliveries,
	// queries and the Slack gateway use others.
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(4)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store postgres: %w", err)
	}
	// Two workers starting at once both create the tables: the lock makes
	// the second wait and then find them.
	ddl := `SELECT pg_advisory_lock(7300733); ` + pgSchema(schema+seenSchema+purgeSchema+metaSchema+recipientsSchema+uploadsSchema) + ` SELECT pg_advisory_unlock(7300733);`
	conn, err := db.Conn(ctx)
	if err == nil {
		_, err = conn.ExecContext(ctx, ddl)
		conn.Close()
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store postgres: schema: %w", err)
	}
	c := &dbConn{DB: db, pg: true}
	st := &Store{db: c, lists: c, dir: dataDir, where: pgWhere(dsn)}
	if st.id, err = st.storeID(ctx); err != nil {
		st.Close()
		return nil, fmt.Errorf("store postgres: %w", err)
	}
	return st, nil
}

// Postgres tells whether the store is in PostgreSQL.
func (s *Store) Postgres() bool { return s.db.pg }

// Close closes the databases.
func (s *Store) Close() error {
	if s.lists == s.db {
		return s.db.Close()
	}
	return errors.Join(s.db.Close(), s.lists.Close())
}

// LedgerRow is one message to one recipient.
type LedgerRow struct {
	MessageID    string `json:"message_id"`
	IncidentID   string `json:"incident_id"`
	NoticeID     string `json:"notice_id"`
	ObligationID string `json:"obligation_id"`
	Version      int    `json:"version"`
	Recipient    string `json:"recipient"`
	Status       string `json:"status"`
	Reply        string `json:"reply,omitempty"`
	Error        string `json:"error,omitempty"`
	Attempts     int    `json:"attempts"`
	// Interrupted counts the attempts whose outcome was unknown when the
	// delivery was interrupted: each was sent again, so the recipient may
	// have the message more than once (with the same Message-ID).
	Interrupted int        `json:"interrupted,omitempty"`
	QueuedAt    time.Time  `json:"queued_at"`
	SentAt      *time.Time `json:"sent_at,omitempty"`
}

// Queue records a message about to be sent and returns its current row: a
// message already in the ledger keeps its row (and its status), so a
// retried activity sees what was sent before.
func (s *Store) Queue(ctx context.Context, r LedgerRow) (LedgerRow, error) {
	_, err := s.db.ExecContext(ctx, `INSERT INTO ledger (message_id, incident_id, notice_id, obligation_id, version, recipient, status, queued_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING`,
		r.MessageID, r.IncidentID, r.NoticeID, r.ObligationID, r.Version, r.Recipient, Queued, r.QueuedAt.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return LedgerRow{}, fmt.Errorf("ledger queue: %w", err)
	}
	return s.message(ctx, r.MessageID)
}

// MarkSending records, just before a message goes to the SMTP server,
// that its outcome is unknown until it is marked: an attempt. A message
// that was already sending (an interrupted attempt) counts as re-sent.
func (s *Store) MarkSending(ctx context.Context, messageID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE ledger SET status = ?, attempts = attempts + 1,
		interrupted = interrupted + CASE WHEN status = ? THEN 1 ELSE 0 END WHERE message_id = ?`, Sending, Sending, messageID)
	if err != nil {
		return fmt.Errorf("ledger sending: %w", err)
	}
	return nil
}

// MarkSent records that the SMTP server accepted the message.
func (s *Store) MarkSent(ctx context.Context, messageID, reply string, at time.Time) error {
	_, err := s.db.ExecContext(ctx, `UPDATE ledger SET status = ?, reply = ?, error = '', sent_at = ? WHERE message_id = ?`,
		Sent, reply, at.UTC().Format(time.RFC3339Nano), messageID)
	if err != nil {
		return fmt.Errorf("ledger sent: %w", err)
	}
	return nil
}

// MarkFailed records a failed attempt; permanent failures are final.
func (s *Store) MarkFailed(ctx context.Context, messageID, reason string, permanent bool) error {
	status := Queued
	if permanent {
		status = Failed
	}
	_, err := s.db.ExecContext(ctx, `UPDATE ledger SET status = ?, error = ? WHERE message_id = ?`, status, reason, messageID)
	if err != nil {
		return fmt.Errorf("ledger failed: %w", err)
	}
	return nil
}

const ledgerColumns = `message_id, incident_id, notice_id, obligation_id, version, recipient, status, reply, error, attempts, interrupted, queued_at, sent_at`

func (s *Store) message(ctx context.Context, id string) (LedgerRow, error) {
	rows, err := s.query(ctx, `SELECT `+ledgerColumns+` FROM ledger WHERE message_id = ?`, id)
	if err != nil {
		return LedgerRow{}, err
	}
	if len(rows) == 0 {
		return LedgerRow{}, fmt.Errorf("ledger: message %s not found", id)
	}
	return rows[0], nil
}

// Ledger lists an incident's messages in the order they were queued.
func (s *Store) Ledger(ctx context.Context, incidentID string) ([]LedgerRow, error) {
	return s.query(ctx, `SELECT `+ledgerColumns+` FROM ledger WHERE incident_id = ? ORDER BY queued_at, message_id`, incidentID)
}

func (s *Store) query(ctx context.Context, q string, args ...any) ([]LedgerRow, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	defer rows.Close()
	var out []LedgerRow
	for rows.Next() {
		var r LedgerRow
		var queued string
		var sent sql.NullString
		if err := rows.Scan(&r.MessageID, &r.IncidentID, &r.NoticeID, &r.ObligationID, &r.Version, &r.Recipient,
			&r.Status, &r.Reply, &r.Error, &r.Attempts, &r.Interrupted, &queued, &sent); err != nil {
			return nil, fmt.Errorf("ledger: %w", err)
		}
		r.QueuedAt, _ = time.Parse(time.RFC3339Nano, queued)
		if sent.Valid {
			t, _ := time.Parse(time.RFC3339Nano, sent.String)
			r.SentAt = &t
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// RegisterEntry is one breach in the register, notified or not.
type RegisterEntry struct {
	IncidentID   string    `json:"incident_id"`
	Title        string    `json:"title"`
	DeclaredAt   time.Time `json:"declared_at"`
	ClosedAt     time.Time `json:"closed_at"`
	PersonalData bool      `json:"personal_data"`
	Risk         string    `json:"risk"`
	Notified     bool      `json:"notified"`
	Rationale    string    `json:"rationale"`
	// Record is the JSON of the incident at close: facts, obligations with
	// their reasons, notices, waivers, filings and the timeline.
	Record string `json:"record"`
}

// PutRegister writes (or rewrites) an incident's register entry.
func (s *Store) PutRegister(ctx context.Context, e RegisterEntry) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO register (incident_id, title, declared_at, closed_at, personal_data, risk, notified, rationale, record)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (incident_id) DO UPDATE SET title = excluded.title, declared_at = excluded.declared_at, closed_at = excluded.closed_at,
		personal_data = excluded.personal_data, risk = excluded.risk, notified = excluded.notified, rationale = excluded.rationale, record = excluded.record`,
		e.IncidentID, e.Title, e.DeclaredAt.UTC().Format(time.RFC3339Nano), e.ClosedAt.UTC().Format(time.RFC3339Nano),
		e.PersonalData, e.Risk, e.Notified, e.Rationale, e.Record)
	if err != nil {
		return fmt.Errorf("register: %w", err)
	}
	return nil
}

// Register lists every entry, oldest declaration first.
func (s *Store) Register(ctx context.Context) ([]RegisterEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT incident_id, title, declared_at, closed_at, personal_data, risk, notified, rationale, record FROM register ORDER BY declared_at, incident_id`)
	if err != nil {
		return nil, fmt.Errorf("register: %w", err)
	}
	defer rows.Close()
	var out []RegisterEntry
	for rows.Next() {
		var e RegisterEntry
		var declared, closed string
		if err := rows.Scan(&e.IncidentID, &e.Title, &declared, &closed, &e.PersonalData, &e.Risk, &e.Notified, &e.Rationale, &e.Record); err != nil {
			return nil, fmt.Errorf("register: %w", err)
		}
		e.DeclaredAt, _ = time.Parse(time.RFC3339Nano, declared)
		e.ClosedAt, _ = time.Parse(time.RFC3339Nano, closed)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// QueueMany records a batch of messages about to be sent in one
// transaction and returns the current status of each (by Message-ID): a
// message already in the ledger keeps its status, so a retried batch skips
// what was sent.
func (s *Store) QueueMany(ctx context.Context, rows []LedgerRow) (map[string]string, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("ledger queue: %w", err)
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO ledger (message_id, incident_id, notice_id, obligation_id, version, recipient, status, queued_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING`)
	if err != nil {
		return nil, fmt.Errorf("ledger queue: %w", err)
	}
	defer ins.Close()
	get, err := tx.PrepareContext(ctx, `SELECT status FROM ledger WHERE message_id = ?`)
	if err != nil {
		return nil, fmt.Errorf("ledger queue: %w", err)
	}
	defer get.Close()
	out := make(map[string]string, len(rows))
	for _, r := range rows {
		if _, err := ins.ExecContext(ctx, r.MessageID, r.IncidentID, r.NoticeID, r.ObligationID, r.Version, r.Recipient, Queued,
			r.QueuedAt.UTC().Format(time.RFC3339Nano)); err != nil {
			return nil, fmt.Errorf("ledger queue: %w", err)
		}
		var status string
		if err := get.QueryRowContext(ctx, r.MessageID).Scan(&status); err != nil {
			return nil, fmt.Errorf("ledger queue: %w", err)
		}
		out[r.MessageID] = status
	}
	return out, tx.Commit()
}

// Outcome is the result of one send, for MarkMany.
type Outcome struct {
	MessageID string
	Sent      bool
	Permanent bool
	Error     string
	At        time.Time
}

// MarkMany records the outcomes of a group of sends in one transaction.
func (s *Store) MarkMany(ctx context.Context, outcomes []Outcome) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("ledger mark: %w", err)
	}
	defer tx.Rollback()
	sent, err := tx.PrepareContext(ctx, `UPDATE ledger SET status = ?, reply = ?, error = '', sent_at = ? WHERE message_id = ?`)
	if err != nil {
		return fmt.Errorf("ledger mark: %w", err)
	}
	defer sent.Close()
	failed, err := tx.PrepareContext(ctx, `UPDATE ledger SET status = ?, error = ? WHERE message_id = ?`)
	if err != nil {
		return fmt.Errorf("ledger mark: %w", err)
	}
	defer failed.Close()
	for _, o := range outcomes {
		if o.Sent {
			_, err = sent.ExecContext(ctx, Sent, "250 accepted", o.At.UTC().Format(time.RFC3339Nano), o.MessageID)
		} else {
			status := Queued
			if o.Permanent {
				status = Failed
			}
			_, err = failed.ExecContext(ctx, status, o.Error, o.MessageID)
		}
		if err != nil {
			return fmt.Errorf("ledger mark: %w", err)
		}
	}
	return tx.Commit()
}

// InterruptedIn sums the interrupted attempts of the given messages: what
// a delivery reports as re-sent, from the ledger rather than from counts
// that die with a killed attempt.
func (s *Store) InterruptedIn(ctx context.Context, messageIDs []string) (int, error) {
	total := 0
	for len(messageIDs) > 0 {
		part := messageIDs[:min(len(messageIDs), 500)]
		messageIDs = messageIDs[len(part):]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		var n int
		q := `SELECT COALESCE(SUM(interrupted), 0) FROM ledger WHERE message_id IN (?` + strings.Repeat(",?", len(part)-1) + `)`
		if err := s.db.QueryRowContext(ctx, q, args...).Scan(&n); err != nil {
			return 0, fmt.Errorf("ledger: %w", err)
		}
		total += n
	}
	return total, nil
}

// PutReport stores an incident's final report beside its register entry
// and says whether it was already posted to the incident channel.
func (s *Store) PutReport(ctx context.Context, incidentID, markdown, html string) (posted bool, err error) {
	err = s.db.QueryRowContext(ctx, `UPDATE register SET report_md = ?, report_html = ? WHERE incident_id = ? RETURNING report_posted`,
		markdown, html, incidentID).Scan(&posted)
	if errors.Is(err, sql.ErrNoRows) {
		return false, fmt.Errorf("register report: %s is not in the register", incidentID)
	}
	if err != nil {
		return false, fmt.Errorf("register report: %w", err)
	}
	return posted, nil
}

// Report is an incident's final report (Markdown, HTML) and whether it
// was posted to the incident channel.
func (s *Store) Report(ctx context.Context, incidentID string) (markdown, html string, posted bool, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT report_md, report_html, report_posted FROM register WHERE incident_id = ?`, incidentID).Scan(&markdown, &html, &posted)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", false, fmt.Errorf("register report: %s is not in the register", incidentID)
	}
	return markdown, html, posted, err
}

// ReportPosted records that the report reached the incident channel, so
// that a retried activity does not post it twice.
func (s *Store) ReportPosted(ctx context.Context, incidentID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE register SET report_posted = ? WHERE incident_id = ?`, true, incidentID)
	return err
}

// Target names where a deployment keeps its store: Driver "sqlite" (the
// default) with Path, or "postgres" with DSN. DataDir is this machine's
// data directory: SQLite's default place, and where scans spill rows.
type Target struct {
	Driver, Path, DSN, DataDir string
	// MustExist refuses a SQLite file that is not there, for a command
	// that reads a worker's store (rather than making a new, empty one).
	MustExist bool
}

// OpenTarget opens the store a Target names.
func OpenTarget(ctx context.Context, t Target) (*Store, error) {
	switch t.Driver {
	case "postgres":
		if t.DSN == "" {
			return nil, fmt.Errorf("store.driver postgres: set BREACH_STORE_DSN to the database's DSN (postgres://USER:PASSWORD@HOST:5432/DB)")
		}
		return OpenPostgres(ctx, t.DSN, t.DataDir)
	case "", "sqlite":
		path := t.Path
		if path == "" {
			path = filepath.Join(t.DataDir, "breach.db")
		}
		if t.MustExist {
			if _, err := os.Stat(path); err != nil {
				return nil, fmt.Errorf("store %s: %w", path, err)
			}
		}
		return Open(path)
	default:
		return nil, fmt.Errorf("store.driver %q is not sqlite or postgres", t.Driver)
	}
}
