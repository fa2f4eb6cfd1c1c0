package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/golang/snappy"
)

// recipientsSchema holds the scoped data subjects of each incident and the
// rows of the customers' exports that could not be used. Open runs it with
// schema.
//
// The list is stored in chunks, not one row per person: a chunk holds up to
// ChunkRows subjects of one controller and jurisdiction, encoded in a blob
// (see AppendRecipient) compressed with Snappy (on these blocks faster
// and tighter than S2). Deduplication keys (controller and subject id) are
// kept apart, in KeyBuckets hash buckets, so that an import can check a
// bucket's keys without reading the whole list. They are written lazily:
// an import only records its range of chunk IDs as unkeyed, and the next
// import into the same incident derives those keys from the chunks, once
// (PrepareKeys); the first list of an incident, the common case, never
// pays for keys nobody reads. An import (a scan of one
// export) is written in one transaction, and remembered under its key so
// that a retried import returns its first result instead of running again.
const recipientsSchema = `
CREATE TABLE IF NOT EXISTS recipient_chunks (
	id            INTEGER PRIMARY KEY,
	incident_id   TEXT NOT NULL,
	controller_id TEXT NOT NULL,
	jurisdiction  TEXT NOT NULL,
	n             INTEGER NOT NULL,
	data          BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS recipient_chunks_notice ON recipient_chunks (incident_id, controller_id, jurisdiction, id);
CREATE TABLE IF NOT EXISTS recipient_keys (
	id          INTEGER PRIMARY KEY,
	incident_id TEXT NOT NULL,
	bucket      INTEGER NOT NULL,
	data        BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS recipient_keys_bucket ON recipient_keys (incident_id, bucket);
CREATE TABLE IF NOT EXISTS unkeyed_chunks (
	incident_id TEXT NOT NULL,
	chunk_from  BIGINT NOT NULL,
	chunk_to    BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS unkeyed_chunks_incident ON unkeyed_chunks (incident_id);
CREATE TABLE IF NOT EXISTS imports (
	incident_id TEXT NOT NULL,
	import_key  TEXT NOT NULL,
	result      BLOB NOT NULL,
	PRIMARY KEY (incident_id, import_key)
);
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

// RecipientRow is a stored recipient with its ID: the chunk's row id
// shifted left by 16 bits, plus its position in the chunk counted from 1.
// IDs grow in list order, which makes them keyset-pagination cursors.
type RecipientRow struct {
	ID int64
	Recipient
}

const (
	// ChunkRows is the most subjects one chunk holds.
	ChunkRows = 4096
	// KeyBuckets is the number of hash buckets of deduplication keys.
	KeyBuckets = 256
	idShift    = 16
)

// KeyBucket is the bucket of a subject's deduplication key. It is stable
// across processes and versions: stored keys are found by it.
func KeyBucket(controllerID, subjectID []byte) int {
	h := uint64(14695981039346656037) // FNV-1a, 64 bits
	for _, c := range controllerID {
		h = (h ^ uint64(c)) * 1099511628211
	}
	h = (h ^ 0) * 1099511628211
	for _, c := range subjectID {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return int(h >> 56) // KeyBuckets = 256
}

// AppendKey appends a subject's deduplication key (the controller's
// length, the controller, the subject id) to dst.
func AppendKey(dst, controllerID, subjectID []byte) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(controllerID)))
	dst = append(dst, controllerID...)
	return append(dst, subjectID...)
}

// AppendRecipient appends one subject in the chunk encoding: the line, then
// subject id, email, name and language, each preceded by its length.
func AppendRecipient(dst []byte, line int, subjectID, email, name, language []byte) []byte {
	dst = slices.Grow(dst, 5*binary.MaxVarintLen32+len(subjectID)+len(email)+len(name)+len(language))
	dst = binary.AppendUvarint(dst, uint64(line))
	dst = appendField(dst, subjectID)
	dst = appendField(dst, email)
	dst = appendField(dst, name)
	return appendField(dst, language)
}

func appendField(dst, f []byte) []byte {
	if len(f) < 0x80 {
		dst = append(dst, byte(len(f)))
	} else {
		dst = binary.AppendUvarint(dst, uint64(len(f)))
	}
	return append(dst, f...)
}

// CutField cuts a field written as its length (a uvarint) and its bytes off
// the start of b; ok is false when b does not start with a whole one. The
// field's capacity ends with it.
func CutField(b []byte) (field, rest []byte, ok bool) {
	l, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k) < l {
		return nil, b, false
	}
	end := k + int(l)
	return b[k:end:end], b[end:], true
}

// RecipientLen returns the length of the encoded subject at the start of b,
// or an error if b does not start with one.
func RecipientLen(b []byte) (int, error) {
	_, k := binary.Uvarint(b)
	if k <= 0 {
		return 0, errCorrupt
	}
	rest := b[k:]
	for range 4 {
		var ok bool
		if _, rest, ok = CutField(rest); !ok {
			return 0, errCorrupt
		}
	}
	return len(b) - len(rest), nil
}

var errCorrupt = errors.New("recipients: corrupt chunk")

// decodeChunk calls f for each subject of a stored (compressed) chunk, with
// its position.
func decodeChunk(z []byte, f func(i int, r Recipient)) error {
	b, err := snappy.Decode(nil, z)
	if err != nil {
		return errCorrupt
	}
	for i := 0; len(b) > 0; i++ {
		var r Recipient
		line, k := binary.Uvarint(b)
		if k <= 0 {
			return errCorrupt
		}
		r.Line = int(line)
		b = b[k:]
		for _, dst := range [...]*string{&r.SubjectID, &r.Email, &r.Name, &r.Language} {
			f, rest, ok := CutField(b)
			if !ok {
				return errCorrupt
			}
			*dst, b = string(f), rest
		}
		f(i, r)
	}
	return nil
}

// AppendKeys appends keys to a key blob: each preceded by its length.
func AppendKeys(dst []byte, key []byte) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(key)))
	return append(dst, key...)
}

// Import writes one scan's output to the list in a single transaction:
// nothing of it is visible, nor stored, until Commit. While it is open it
// holds the store's connection: prepare everything before BeginImport.
type Import struct {
	tx       *txConn
	incident string
	key      string
	mu       sync.Mutex
	chunk    *sql.Stmt
	keys     *sql.Stmt
	quar     *sql.Stmt
	// first and last chunk IDs written by this import (first 0: none);
	// keyed when its keys were written explicitly (AddKeys).
	first, last int64
	keyed       bool
}

// ImportResult returns the result recorded by an earlier import with this
// key, or nil when there was none.
func (s *Store) ImportResult(ctx context.Context, incidentID, key string) ([]byte, error) {
	var res []byte
	err := s.lists.QueryRowContext(ctx, `SELECT result FROM imports WHERE incident_id = ? AND import_key = ?`, incidentID, key).Scan(&res)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("recipients: %w", err)
	}
	return res, nil
}

// BeginImport starts an import for the incident. key ("" = none) names it
// for ImportResult: a second import with the same key fails at Commit.
func (s *Store) BeginImport(ctx context.Context, incidentID, key string) (_ *Import, err error) {
	tx, err := s.lists.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("recipients: %w", err)
	}
	im := &Import{tx: tx, incident: incidentID, key: key}
	defer func() {
		if err != nil {
			im.Rollback()
		}
	}()
	if tx.pg {
		// One import per incident at a time, whichever worker runs it:
		// each checks its subjects against the keys the others committed.
		// (SQLite has one connection, which an import holds.)
		if _, err = tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, "recipients "+incidentID); err != nil {
			return nil, fmt.Errorf("recipients: %w", err)
		}
	}
	if im.chunk, err = tx.PrepareContext(ctx, `INSERT INTO recipient_chunks (incident_id, controller_id, jurisdiction, n, data) VALUES (?, ?, ?, ?, ?) RETURNING id`); err != nil {
		return nil, fmt.Errorf("recipients: %w", err)
	}
	if im.keys, err = tx.PrepareContext(ctx, `INSERT INTO recipient_keys (incident_id, bucket, data) VALUES (?, ?, ?)`); err != nil {
		return nil, fmt.Errorf("recipients: %w", err)
	}
	if im.quar, err = tx.PrepareContext(ctx, `INSERT INTO quarantine (incident_id, source, line, field, value, reason)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, source, line, field) DO NOTHING`); err != nil {
		return nil, fmt.Errorf("recipients: %w", err)
	}
	return im, nil
}

// Keys calls f with each stored key of a bucket (of the incident, by
// earlier imports). The key's bytes are valid for the Import's lifetime.
func (im *Import) Keys(ctx context.Context, bucket int, f func(key []byte)) error {
	im.mu.Lock()
	defer im.mu.Unlock()
	rows, err := im.tx.QueryContext(ctx, `SELECT data FROM recipient_keys WHERE incident_id = ? AND bucket = ?`, im.incident, bucket)
	if err != nil {
		return fmt.Errorf("recipients: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var z []byte
		if err := rows.Scan(&z); err != nil {
			return fmt.Errorf("recipients: %w", err)
		}
		b, err := snappy.Decode(nil, z)
		if err != nil {
			return errCorrupt
		}
		for len(b) > 0 {
			key, rest, ok := CutField(b)
			if !ok {
				return errCorrupt
			}
			f(key)
			b = rest
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("recipients: %w", err)
	}
	return nil
}

// PrepareKeys derives the keys of earlier imports that left theirs
// unwritten (from their chunks, once), and tells whether the incident has
// any keys (if not, Keys need not be asked). Call it before Keys.
func (im *Import) PrepareKeys(ctx context.Context) (bool, error) {
	im.mu.Lock()
	defer im.mu.Unlock()
	if err := im.deriveKeys(ctx); err != nil {
		return false, fmt.Errorf("recipients: keys: %w", err)
	}
	var one int
	err := im.tx.QueryRowContext(ctx, `SELECT 1 FROM recipient_keys WHERE incident_id = ? LIMIT 1`, im.incident).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("recipients: %w", err)
	}
	return true, nil
}

// keyFlush is the size of a derived key blob (one row of recipient_keys).
var keyFlush = 64 << 10

// deriveKeys writes the keys of the incident's unkeyed chunks, bucket by
// bucket in rows of about keyFlush bytes (memory: KeyBuckets of them), and
// forgets the ranges. im.mu is held.
func (im *Import) deriveKeys(ctx context.Context) error {
	type span struct{ from, to int64 }
	var spans []span
	rows, err := im.tx.QueryContext(ctx, `SELECT chunk_from, chunk_to FROM unkeyed_chunks WHERE incident_id = ?`, im.incident)
	if err != nil {
		return err
	}
	for rows.Next() {
		var sp span
		if err := rows.Scan(&sp.from, &sp.to); err != nil {
			rows.Close()
			return err
		}
		spans = append(spans, sp)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(spans) == 0 {
		return err
	}
	var bufs [KeyBuckets][]byte
	var key []byte
	flush := func(b int) error {
		if len(bufs[b]) == 0 {
			return nil
		}
		zp := compress(bufs[b])
		defer zbufs.Put(zp)
		bufs[b] = bufs[b][:0]
		_, err := im.keys.ExecContext(ctx, im.incident, b, *zp)
		return err
	}
	for _, sp := range spans {
		var ids []int64
		rows, err := im.tx.QueryContext(ctx, `SELECT id FROM recipient_chunks WHERE incident_id = ? AND id BETWEEN ? AND ? ORDER BY id`, im.incident, sp.from, sp.to)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range ids {
			var controller string
			var z []byte
			if err := im.tx.QueryRowContext(ctx, `SELECT controller_id, data FROM recipient_chunks WHERE id = ?`, id).Scan(&controller, &z); err != nil {
				return err
			}
			data, err := snappy.Decode(nil, z)
			if err != nil {
				return errCorrupt
			}
			ctrl := []byte(controller)
			for len(data) > 0 {
				subject, n, err := recipientSubject(data)
				if err != nil {
					return fmt.Errorf("%w %d", err, id)
				}
				data = data[n:]
				key = AppendKey(key[:0], ctrl, subject)
				b := KeyBucket(ctrl, subject)
				if bufs[b] = AppendKeys(bufs[b], key); len(bufs[b]) >= keyFlush {
					if err := flush(b); err != nil {
						return err
					}
				}
			}
		}
	}
	for b := range bufs {
		if err := flush(b); err != nil {
			return err
		}
	}
	_, err = im.tx.ExecContext(ctx, `DELETE FROM unkeyed_chunks WHERE incident_id = ?`, im.incident)
	return err
}

// recipientSubject returns the subject id of the encoded subject at the
// start of b and the subject's length.
func recipientSubject(b []byte) ([]byte, int, error) {
	n, err := RecipientLen(b)
	if err != nil {
		return nil, 0, err
	}
	_, k := binary.Uvarint(b)
	subject, _, _ := CutField(b[k:]) // whole: RecipientLen checked it
	return subject, n, nil
}

// AddKeys stores a blob of new keys (AppendKeys) of one bucket.
func (im *Import) AddKeys(ctx context.Context, bucket int, blob []byte) error {
	if len(blob) == 0 {
		return nil
	}
	zp := compress(blob) // outside the lock: workers compress in parallel
	defer zbufs.Put(zp)
	im.mu.Lock()
	defer im.mu.Unlock()
	im.keyed = true
	if _, err := im.keys.ExecContext(ctx, im.incident, bucket, *zp); err != nil {
		return fmt.Errorf("recipients: keys: %w", err)
	}
	return nil
}

// zbufs recycles compression buffers.
var zbufs = sync.Pool{New: func() any { return new([]byte) }}

// compress returns blob compressed in a buffer from zbufs.
func compress(blob []byte) *[]byte {
	zp := zbufs.Get().(*[]byte)
	if n := snappy.MaxEncodedLen(len(blob)); cap(*zp) < n {
		*zp = make([]byte, n)
	}
	*zp = snappy.Encode((*zp)[:cap(*zp)], blob)
	return zp
}

// AddChunk stores n subjects of one controller ("" = ours) and
// jurisdiction, encoded with AppendRecipient; n is at most ChunkRows.
func (im *Import) AddChunk(ctx context.Context, controllerID, jurisdiction string, n int, blob []byte) error {
	if n <= 0 {
		return nil
	}
	if n > ChunkRows {
		return fmt.Errorf("recipients: chunk of %d, at most %d", n, ChunkRows)
	}
	zp := compress(blob)
	defer zbufs.Put(zp)
	im.mu.Lock()
	defer im.mu.Unlock()
	var id int64
	if err := im.chunk.QueryRowContext(ctx, im.incident, controllerID, jurisdiction, n, *zp).Scan(&id); err != nil {
		return fmt.Errorf("recipients: chunk: %w", err)
	}
	if im.first == 0 || id < im.first {
		im.first = id
	}
	im.last = max(im.last, id)
	return nil
}

// AddQuarantine records unusable rows. A row already recorded (same source,
// line and field) is kept as it was.
func (im *Import) AddQuarantine(ctx context.Context, rows []Quarantined) error {
	im.mu.Lock()
	defer im.mu.Unlock()
	for _, q := range rows {
		if _, err := im.quar.ExecContext(ctx, im.incident, q.Source, q.Line, q.Field, q.Value, q.Reason); err != nil {
			return fmt.Errorf("quarantine: line %d: %w", q.Line, err)
		}
	}
	return nil
}

// Commit records the result under the import's key (if any) and makes the
// import visible.
func (im *Import) Commit(ctx context.Context, result []byte) error {
	im.mu.Lock()
	defer im.mu.Unlock()
	if im.key != "" {
		if _, err := im.tx.ExecContext(ctx, `INSERT INTO imports (incident_id, import_key, result) VALUES (?, ?, ?)`, im.incident, im.key, result); err != nil {
			im.rollback()
			return fmt.Errorf("recipients: import %q: %w", im.key, err)
		}
	}
	if im.first != 0 && !im.keyed {
		if _, err := im.tx.ExecContext(ctx, `INSERT INTO unkeyed_chunks (incident_id, chunk_from, chunk_to) VALUES (?, ?, ?)`, im.incident, im.first, im.last); err != nil {
			im.rollback()
			return fmt.Errorf("recipients: import %q: %w", im.key, err)
		}
	}
	im.closeStmts()
	if err := im.tx.Commit(); err != nil {
		return fmt.Errorf("recipients: commit: %w", err)
	}
	return nil
}

// Rollback abandons the import; after Commit it does nothing.
func (im *Import) Rollback() {
	im.mu.Lock()
	defer im.mu.Unlock()
	im.rollback()
}

func (im *Import) rollback() {
	im.closeStmts()
	im.tx.Rollback()
}

func (im *Import) closeStmts() {
	for _, st := range []*sql.Stmt{im.chunk, im.keys, im.quar} {
		if st != nil {
			st.Close()
		}
	}
}

// AddRecipients adds a small list in one import: subjects already present
// for the incident (same controller and subject id), or repeated in rs, are
// skipped; it returns how many were new. Scans of exports use an Import
// directly (package scope).
func (s *Store) AddRecipients(ctx context.Context, incidentID string, rs []Recipient) (n int, err error) {
	if len(rs) == 0 {
		return 0, nil
	}
	byBucket := map[int][]int{}
	for i, r := range rs {
		b := KeyBucket([]byte(r.ControllerID), []byte(r.SubjectID))
		byBucket[b] = append(byBucket[b], i)
	}
	im, err := s.BeginImport(ctx, incidentID, "")
	if err != nil {
		return 0, err
	}
	defer func() {
		if err != nil {
			im.Rollback()
		}
	}()
	type group struct{ controller, jurisdiction string }
	chunks := map[group][]byte{}
	counts := map[group]int{}
	var order []group
	flush := func(g group) error {
		err := im.AddChunk(ctx, g.controller, g.jurisdiction, counts[g], chunks[g])
		chunks[g], counts[g] = chunks[g][:0], 0
		return err
	}
	hasKeys, err := im.PrepareKeys(ctx)
	if err != nil {
		return 0, err
	}
	seen := map[string]bool{}
	if hasKeys {
		for _, b := range slices.Sorted(maps.Keys(byBucket)) {
			if err := im.Keys(ctx, b, func(k []byte) { seen[string(k)] = true }); err != nil {
				return 0, err
			}
		}
	}
	keep := make([]bool, len(rs))
	for i, r := range rs {
		k := string(AppendKey(nil, []byte(r.ControllerID), []byte(r.SubjectID)))
		if !seen[k] {
			seen[k], keep[i] = true, true
		}
	}
	// chunks in input order
	for i, r := range rs {
		if !keep[i] {
			continue
		}
		g := group{r.ControllerID, r.Jurisdiction}
		if _, ok := chunks[g]; !ok {
			order = append(order, g)
		}
		chunks[g] = AppendRecipient(chunks[g], r.Line, []byte(r.SubjectID), []byte(r.Email), []byte(r.Name), []byte(r.Language))
		if counts[g]++; counts[g] == ChunkRows {
			if err := flush(g); err != nil {
				return 0, err
			}
		}
		n++
	}
	for _, g := range order {
		if err := flush(g); err != nil {
			return 0, err
		}
	}
	if err := im.Commit(ctx, nil); err != nil {
		return 0, err
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
	tx, err := s.lists.BeginTx(ctx, nil)
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
	if err := s.lists.QueryRowContext(ctx, `SELECT COUNT(*) FROM quarantine WHERE incident_id = ?`, incidentID).Scan(&n); err != nil {
		return 0, nil, fmt.Errorf("quarantine: %w", err)
	}
	if sample <= 0 || n == 0 {
		return n, nil, nil
	}
	rows, err := s.lists.QueryContext(ctx, `SELECT source, line, field, value, reason FROM quarantine WHERE incident_id = ?
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
	out := make([]RecipientRow, 0, min(limit, 1024))
	err := s.readChunks(ctx, incidentID, f, afterID, math.MaxInt64, func(r RecipientRow) bool {
		out = append(out, r)
		return len(out) < limit
	})
	return out, err
}

// RecipientsIn returns the recipients with after < ID <= until, in ID
// order: one batch of a notice (cut from RecipientChunks).
func (s *Store) RecipientsIn(ctx context.Context, incidentID string, f RecipientFilter, after, until int64) ([]RecipientRow, error) {
	var out []RecipientRow
	err := s.readChunks(ctx, incidentID, f, after, until, func(r RecipientRow) bool {
		out = append(out, r)
		return true
	})
	return out, err
}

// readChunks calls each with the recipients matching f with after < ID <=
// until, in ID order, until it returns false. Only the chunks that can
// hold such IDs are read.
func (s *Store) readChunks(ctx context.Context, incidentID string, f RecipientFilter, after, until int64, each func(RecipientRow) bool) error {
	where, args := f.where(incidentID)
	args = append(args, max(after, 0)>>idShift, until>>idShift)
	rows, err := s.lists.QueryContext(ctx, `SELECT id, controller_id, jurisdiction, data
		FROM recipient_chunks WHERE `+where+` AND id >= ? AND id <= ? ORDER BY id`, args...)
	if err != nil {
		return fmt.Errorf("recipients: %w", err)
	}
	defer rows.Close()
	more := true
	for more && rows.Next() {
		var chunk int64
		var controller, jurisdiction string
		var data []byte
		if err := rows.Scan(&chunk, &controller, &jurisdiction, &data); err != nil {
			return fmt.Errorf("recipients: %w", err)
		}
		err := decodeChunk(data, func(i int, r Recipient) {
			if id := chunk<<idShift | int64(i+1); more && id > after && id <= until {
				r.ControllerID, r.Jurisdiction = controller, jurisdiction
				more = each(RecipientRow{ID: id, Recipient: r})
			}
		})
		if err != nil {
			return fmt.Errorf("%w %d", err, chunk)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("recipients: %w", err)
	}
	return nil
}

// RecipientRange is a run of recipient IDs: First <= id <= Last, N people.
type RecipientRange struct {
	First, Last int64
	N           int
}

// RecipientChunks lists the chunks matching a filter, in ID order, as ID
// ranges, without reading the subjects: batches are cut from them.
func (s *Store) RecipientChunks(ctx context.Context, incidentID string, f RecipientFilter) ([]RecipientRange, error) {
	where, args := f.where(incidentID)
	rows, err := s.lists.QueryContext(ctx, `SELECT id, n FROM recipient_chunks WHERE `+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, fmt.Errorf("recipients: %w", err)
	}
	defer rows.Close()
	var out []RecipientRange
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, fmt.Errorf("recipients: %w", err)
		}
		out = append(out, RecipientRange{First: id<<idShift | 1, Last: id<<idShift | int64(n), N: n})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("recipients: %w", err)
	}
	return out, nil
}

// CountRecipients counts per controller ("" = ours) and jurisdiction.
func (s *Store) CountRecipients(ctx context.Context, incidentID string) (map[string]map[string]int, error) {
	rows, err := s.lists.QueryContext(ctx, `SELECT controller_id, jurisdiction, SUM(n) FROM recipient_chunks WHERE incident_id = ?
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
	if err := s.lists.QueryRowContext(ctx, `SELECT COALESCE(SUM(n), 0) FROM recipient_chunks WHERE `+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("recipients: %w", err)
	}
	return n, nil
}

// LanguagesFor counts the recipients matching a filter by the language
// their list row names ("" when none): the languages a subject notice must
// be drafted in. It reads the subjects, so it costs a pass over the list.
func (s *Store) LanguagesFor(ctx context.Context, incidentID string, f RecipientFilter) (map[string]int, error) {
	out := map[string]int{}
	err := s.readChunks(ctx, incidentID, f, 0, math.MaxInt64, func(r RecipientRow) bool {
		out[strings.ToLower(strings.TrimSpace(r.Language))]++
		return true
	})
	return out, err
}
