package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/golang/snappy"
)

// uploadsSchema holds record exports uploaded by the CLI for a scan, so
// that the scan works on whichever worker picks it up: the file is on the
// machine that started it, not on the worker's. An upload is personal
// data; the scan deletes it when it has read it, and a purge of the
// incident's list deletes what is left. Open runs it with the lists'
// schema.
const uploadsSchema = `
CREATE TABLE IF NOT EXISTS uploads (
	upload_id   TEXT NOT NULL,
	incident_id TEXT NOT NULL,
	seq         INTEGER NOT NULL,
	pieces      INTEGER NOT NULL DEFAULT 0,
	data        BLOB NOT NULL,
	at          TEXT NOT NULL,
	PRIMARY KEY (upload_id, seq)
);
CREATE INDEX IF NOT EXISTS uploads_incident ON uploads (incident_id);
`

const (
	// uploadChunk is the size of one stored piece of an upload (before
	// compression).
	uploadChunk = 1 << 20
	// MaxUpload is the largest upload: far above a customer's export of
	// its subjects, and below what fills a database by mistake.
	MaxUpload = 8 << 30
)

// IsUploadID tells whether id has the form PutUpload gives IDs.
func IsUploadID(id string) bool {
	if len(id) != 3+32 || id[:3] != "up-" {
		return false
	}
	_, err := hex.DecodeString(id[3:])
	return err == nil
}

// ErrNoUpload is the error of an upload that is not (or no longer) there.
var ErrNoUpload = errors.New("upload not found (already scanned and deleted, or purged)")

// PutUpload stores a record export for a scan of the incident, in one
// transaction, and returns its ID and size. A reader longer than MaxUpload
// is refused and nothing is stored.
func (s *Store) PutUpload(ctx context.Context, incidentID string, r io.Reader, at time.Time) (id string, size int64, err error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", 0, fmt.Errorf("upload: %w", err)
	}
	id = "up-" + hex.EncodeToString(b[:])
	tx, err := s.lists.BeginTx(ctx, nil)
	if err != nil {
		return "", 0, fmt.Errorf("upload: %w", err)
	}
	defer tx.Rollback()
	buf := make([]byte, uploadChunk)
	stamp := at.UTC().Format(time.RFC3339Nano)
	pieces := 0
	for {
		n, rerr := io.ReadFull(r, buf)
		if n > 0 || pieces == 0 { // an empty file is one empty piece
			if size += int64(n); size > MaxUpload {
				return "", 0, fmt.Errorf("upload: larger than %d GiB: split the export", MaxUpload>>30)
			}
			zp := compress(buf[:n])
			_, err := tx.ExecContext(ctx, `INSERT INTO uploads (upload_id, incident_id, seq, data, at) VALUES (?, ?, ?, ?, ?)`,
				id, incidentID, pieces, *zp, stamp)
			zbufs.Put(zp)
			if err != nil {
				return "", 0, fmt.Errorf("upload: %w", err)
			}
			pieces++
		}
		if rerr == io.EOF || rerr == io.ErrUnexpectedEOF {
			break
		}
		if rerr != nil {
			return "", 0, fmt.Errorf("upload: %w", rerr)
		}
	}
	// Each piece knows how many there are, so that a reader tells the end
	// of an upload from one deleted while it was being read.
	if _, err := tx.ExecContext(ctx, `UPDATE uploads SET pieces = ? WHERE upload_id = ?`, pieces, id); err != nil {
		return "", 0, fmt.Errorf("upload: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return "", 0, fmt.Errorf("upload: %w", err)
	}
	return id, size, nil
}

// OpenUpload reads an upload of the incident back, one piece at a time
// (a query each: no cursor is held open while the scan works). It fails
// with ErrNoUpload at the first read if the upload is not there.
func (s *Store) OpenUpload(ctx context.Context, incidentID, id string) io.Reader {
	return &uploadReader{ctx: ctx, s: s, incident: incidentID, id: id}
}

type uploadReader struct {
	ctx          context.Context
	s            *Store
	incident, id string
	seq, pieces  int
	buf          []byte
}

func (u *uploadReader) Read(p []byte) (int, error) {
	for len(u.buf) == 0 {
		if u.pieces > 0 && u.seq == u.pieces {
			return 0, io.EOF
		}
		var z []byte
		err := u.s.lists.QueryRowContext(u.ctx, `SELECT pieces, data FROM uploads WHERE upload_id = ? AND incident_id = ? AND seq = ?`,
			u.id, u.incident, u.seq).Scan(&u.pieces, &z)
		switch {
		case errors.Is(err, sql.ErrNoRows) && u.seq == 0:
			return 0, fmt.Errorf("%s: %w", u.id, ErrNoUpload)
		case errors.Is(err, sql.ErrNoRows):
			return 0, fmt.Errorf("%s: deleted while it was read, at piece %d: %w", u.id, u.seq, ErrNoUpload)
		case err != nil:
			return 0, fmt.Errorf("upload %s: %w", u.id, err)
		}
		if u.buf, err = snappy.Decode(nil, z); err != nil {
			return 0, fmt.Errorf("upload %s: piece %d: %w", u.id, u.seq, errCorrupt)
		}
		u.seq++
	}
	n := copy(p, u.buf)
	u.buf = u.buf[n:]
	return n, nil
}

// DeleteUpload deletes an upload (it is no error if it is gone).
func (s *Store) DeleteUpload(ctx context.Context, incidentID, id string) error {
	if _, err := s.lists.ExecContext(ctx, `DELETE FROM uploads WHERE upload_id = ? AND incident_id = ?`, id, incidentID); err != nil {
		return fmt.Errorf("upload: %w", err)
	}
	return nil
}
