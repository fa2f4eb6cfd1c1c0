// Package scope finds the data subjects affected by a breach in customers'
// record exports (CSV with a header row, or JSON Lines): it validates each
// row, writes the usable ones to the store in chunks (deduplicated by the
// store's unique index), quarantines the others with their line and reason,
// and counts new subjects per controller and jurisdiction.
//
// A scan streams: memory stays flat whatever the size of the export. It
// never holds the file, nor the subject IDs seen so far.
package scope

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/breachwf/breach/internal/store"
)

// Options of a scan.
type Options struct {
	Format string // "csv" or "jsonl"; "" = from Source's extension (.csv, .jsonl, .ndjson)
	Source string // file name, for messages and quarantine rows
	// ControllerID is the controller of rows without one ("-" or "" = our
	// own subjects, stored with controller_id ""). A row's own controller
	// wins; a row's "-" also means our own. With "", a file that names
	// controllers (a controller column, a controller key on the line) must
	// name one on every row: an empty one is quarantined as "missing
	// controller"; pass "-" to make such rows our own.
	ControllerID string
	ChunkSize    int // rows per store write (default 1000)
	// Resume skips data rows up to this line number (after a retried
	// activity: pass the last Progress.Line); already-stored rows are
	// deduped anyway. The Result then covers only the rows after it.
	Resume int
	// Progress is called after each chunk is written (the activity
	// heartbeats from it): every row up to Line is then in the store.
	Progress func(p Progress)
}

// Progress of a scan, cumulative.
type Progress struct {
	Line, Accepted, New, Duplicates, Quarantined int
}

// Sink receives the scan's output; *store.Store is one.
type Sink interface {
	AddRecipients(ctx context.Context, incidentID string, rs []store.Recipient) (int, error)
	AddQuarantine(ctx context.Context, incidentID string, rows []store.Quarantined) error
}

// markingSink is a Sink that can tell which rows of a chunk were new
// (*store.Store): Scan then writes a chunk in one call. Other sinks get one
// AddRecipients call per (controller, jurisdiction) in each chunk, so that
// Counts stay exact.
type markingSink interface {
	AddRecipientsMarked(ctx context.Context, incidentID string, rs []store.Recipient, isNew []bool) (int, error)
}

// Result of a scan.
type Result struct {
	Rows        int // data rows read (after Resume); Rows = Accepted + Quarantined
	Accepted    int // valid rows; Accepted = New + Duplicates
	New         int // subjects not yet in the store for the incident
	Duplicates  int // subjects already stored (by this or an earlier scan)
	Quarantined int
	Counts      map[string]map[string]int // controller ("" = ours) -> jurisdiction -> NEW subjects in this scan
	// Sample holds the first 10 quarantined rows. Their values may be
	// personal data (an email address): keep them out of workflow history.
	Sample []store.Quarantined
}

// MissingColumnError is the fatal error of a CSV header without a required
// column; nothing is imported.
type MissingColumnError struct {
	Source  string
	Column  string   // canonical name: subject_id, email, jurisdiction
	Accepts []string // the header names that would do
}

func (e *MissingColumnError) Error() string {
	return fmt.Sprintf("scope: %s: missing column %q (any of: %s)", e.Source, e.Column, strings.Join(e.Accepts, ", "))
}

const (
	defaultChunk = 1000
	sampleSize   = 10
	maxLine      = 1 << 20 // longest JSON line accepted
	checkEvery   = 256     // rows between context checks
)

// Scan reads an export from r and writes its usable rows to sink for the
// incident. Per-row problems are quarantined and the scan goes on; it stops
// on a read or sink error, a CSV header without a required column
// (*MissingColumnError), or the context's end (ctx.Err()). The Result
// reflects what was done until then.
func Scan(ctx context.Context, r io.Reader, incidentID string, sink Sink, opts Options) (Result, error) {
	format := strings.ToLower(opts.Format)
	if format == "" {
		switch strings.ToLower(filepath.Ext(opts.Source)) {
		case ".csv":
			format = "csv"
		case ".jsonl", ".ndjson":
			format = "jsonl"
		}
	}
	if format != "csv" && format != "jsonl" {
		return Result{}, fmt.Errorf("scope: %s: unknown format %q (want csv or jsonl)", opts.Source, opts.Format)
	}
	if opts.ChunkSize <= 0 {
		opts.ChunkSize = defaultChunk
	}
	s := &scanner{
		ctx:      ctx,
		incident: incidentID,
		sink:     sink,
		opts:     opts,
		chunk:    make([]store.Recipient, 0, opts.ChunkSize),
		res:      Result{Counts: map[string]map[string]int{}},
		line:     max(opts.Resume, 0),
	}
	s.marker, _ = sink.(markingSink)
	if s.marker != nil {
		s.flags = make([]bool, opts.ChunkSize)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if bom, err := br.Peek(3); err == nil && string(bom) == "\uFEFF" {
		br.Discard(3)
	}
	var err error
	if format == "csv" {
		err = s.scanCSV(br)
	} else {
		err = s.scanJSONL(br)
	}
	if err == nil {
		err = s.flush()
	}
	if err != nil && ctx.Err() != nil {
		err = ctx.Err()
	}
	return s.res, err
}

type scanner struct {
	ctx      context.Context
	incident string
	sink     Sink
	marker   markingSink
	opts     Options
	chunk    []store.Recipient
	flags    []bool
	quar     []store.Quarantined
	line     int // line of the last row handled
	sinceCtx int
	res      Result
}

// row validates one data row and buffers it, writing when a buffer is full.
func (s *scanner) row(r *raw, hasController bool, line int) error {
	s.line = line
	s.res.Rows++
	rec, q := validate(r, s.opts.ControllerID, hasController, line)
	if q != nil {
		return s.quarantine(*q)
	}
	s.res.Accepted++
	s.chunk = append(s.chunk, rec)
	return s.maybeFlush()
}

// badRow quarantines a row that could not even be read into fields.
func (s *scanner) badRow(q store.Quarantined) error {
	s.res.Rows++
	return s.quarantine(q)
}

// quarantine buffers a bad row.
func (s *scanner) quarantine(q store.Quarantined) error {
	q.Source = s.opts.Source
	s.line = max(s.line, q.Line)
	s.res.Quarantined++
	if len(s.res.Sample) < sampleSize {
		s.res.Sample = append(s.res.Sample, q)
	}
	s.quar = append(s.quar, q)
	return s.maybeFlush()
}

func (s *scanner) maybeFlush() error {
	if len(s.chunk) >= s.opts.ChunkSize || len(s.quar) >= s.opts.ChunkSize {
		return s.flush()
	}
	return s.tick()
}

// tick checks the context every checkEvery rows.
func (s *scanner) tick() error {
	if s.sinceCtx++; s.sinceCtx >= checkEvery {
		s.sinceCtx = 0
		return s.ctx.Err()
	}
	return nil
}

// flush writes the buffered rows and reports progress.
func (s *scanner) flush() error {
	if err := s.ctx.Err(); err != nil {
		return err
	}
	if len(s.quar) > 0 {
		if err := s.sink.AddQuarantine(s.ctx, s.incident, s.quar); err != nil {
			return fmt.Errorf("scope: %s: %w", s.opts.Source, err)
		}
		clear(s.quar)
		s.quar = s.quar[:0]
	}
	if len(s.chunk) > 0 {
		n, err := s.addChunk()
		if err != nil {
			return fmt.Errorf("scope: %s: %w", s.opts.Source, err)
		}
		s.res.New += n
		s.res.Duplicates += len(s.chunk) - n
		clear(s.chunk)
		s.chunk = s.chunk[:0]
	}
	if s.opts.Progress != nil {
		s.opts.Progress(Progress{Line: s.line, Accepted: s.res.Accepted, New: s.res.New, Duplicates: s.res.Duplicates, Quarantined: s.res.Quarantined})
	}
	return nil
}

// addChunk writes the chunk and counts its new subjects.
func (s *scanner) addChunk() (int, error) {
	if s.marker != nil {
		flags := s.flags[:len(s.chunk)]
		n, err := s.marker.AddRecipientsMarked(s.ctx, s.incident, s.chunk, flags)
		if err != nil {
			return 0, err
		}
		for i, isNew := range flags {
			if isNew {
				s.count(s.chunk[i].ControllerID, s.chunk[i].Jurisdiction, 1)
			}
		}
		return n, nil
	}
	type key struct{ controller, jurisdiction string }
	var order []key
	groups := map[key][]store.Recipient{}
	for _, r := range s.chunk {
		k := key{r.ControllerID, r.Jurisdiction}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], r)
	}
	total := 0
	for _, k := range order {
		n, err := s.sink.AddRecipients(s.ctx, s.incident, groups[k])
		if err != nil {
			return 0, err
		}
		s.count(k.controller, k.jurisdiction, n)
		total += n
	}
	return total, nil
}

func (s *scanner) count(controller, jurisdiction string, n int) {
	if n == 0 {
		return
	}
	m := s.res.Counts[controller]
	if m == nil {
		m = map[string]int{}
		s.res.Counts[controller] = m
	}
	m[jurisdiction] += n
}

// scanCSV reads a CSV export: a header row, then one record per row.
func (s *scanner) scanCSV(br *bufio.Reader) error {
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1 // checked here, so that one bad row does not stop the file
	cr.ReuseRecord = true   // fields are copied out (strings) before the next Read
	cr.LazyQuotes = false
	header, err := cr.Read()
	if err == io.EOF {
		return fmt.Errorf("scope: %s: empty file, no header row", s.opts.Source)
	}
	if err != nil {
		return fmt.Errorf("scope: %s: header: %w", s.opts.Source, err)
	}
	headerLine, _ := cr.FieldPos(0)
	s.line = max(s.line, headerLine)
	// cols[f] lists the columns of field f, by alias preference.
	var cols [nFields][]int
	for f, names := range aliases {
		for _, name := range names {
			for i, h := range header {
				if normKey(h) == name {
					cols[f] = append(cols[f], i)
				}
			}
		}
	}
	for _, f := range []field{fSubject, fEmail} {
		if len(cols[f]) == 0 {
			return &MissingColumnError{Source: s.opts.Source, Column: fieldNames[f], Accepts: aliases[f]}
		}
	}
	if len(cols[fJurisdiction]) == 0 && len(cols[fCountry]) == 0 {
		return &MissingColumnError{Source: s.opts.Source, Column: FieldJurisdiction, Accepts: []string{"jurisdiction", "country"}}
	}
	width := len(header)
	hasController := len(cols[fController]) > 0
	var r raw
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return fmt.Errorf("scope: %s: %w", s.opts.Source, err)
			}
			if pe.StartLine <= s.opts.Resume {
				if err := s.tick(); err != nil {
					return err
				}
				continue
			}
			if err := s.badRow(store.Quarantined{Line: pe.StartLine, Reason: ReasonMalformedCSV + ": " + pe.Err.Error()}); err != nil {
				return err
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		if line <= s.opts.Resume {
			if err := s.tick(); err != nil {
				return err
			}
			continue
		}
		if len(rec) != width {
			q := store.Quarantined{Line: line, Value: truncate(strings.Join(rec, ",")),
				Reason: fmt.Sprintf("%s: %d, header has %d", ReasonFieldCount, len(rec), width)}
			if err := s.badRow(q); err != nil {
				return err
			}
			continue
		}
		for f := range r {
			r[f] = ""
			for _, c := range cols[f] {
				if v := rec[c]; strings.TrimSpace(v) != "" {
					r[f] = v
					break
				}
			}
		}
		if err := s.row(&r, hasController, line); err != nil {
			return err
		}
	}
}

// jsonRow holds the accepted keys of a JSON line (encoding/json matches
// keys case-insensitively).
type jsonRow struct {
	SubjectID         json.RawMessage `json:"subject_id"`
	ID                json.RawMessage `json:"id"`
	Subject           json.RawMessage `json:"subject"`
	Email             json.RawMessage `json:"email"`
	EMail             json.RawMessage `json:"e-mail"`
	Mail              json.RawMessage `json:"mail"`
	Name              json.RawMessage `json:"name"`
	FullName          json.RawMessage `json:"full_name"`
	Jurisdiction      json.RawMessage `json:"jurisdiction"`
	Country           json.RawMessage `json:"country"`
	Region            json.RawMessage `json:"region"`
	State             json.RawMessage `json:"state"`
	ControllerID      json.RawMessage `json:"controller_id"`
	Controller        json.RawMessage `json:"controller"`
	CustomerID        json.RawMessage `json:"customer_id"`
	Language          json.RawMessage `json:"language"`
	Lang              json.RawMessage `json:"lang"`
	PreferredLanguage json.RawMessage `json:"preferred_language"`
}

func (j *jsonRow) values() [nFields][]json.RawMessage {
	return [nFields][]json.RawMessage{
		fSubject:      {j.SubjectID, j.ID, j.Subject},
		fEmail:        {j.Email, j.EMail, j.Mail},
		fName:         {j.Name, j.FullName},
		fJurisdiction: {j.Jurisdiction},
		fCountry:      {j.Country},
		fRegion:       {j.Region, j.State},
		fController:   {j.ControllerID, j.Controller, j.CustomerID},
		fLanguage:     {j.Language, j.Lang, j.PreferredLanguage},
	}
}

// scanJSONL reads a JSON Lines export: one object per line; blank lines are
// skipped.
func (s *scanner) scanJSONL(br *bufio.Reader) error {
	var buf []byte
	line := 0
	var r raw
	for {
		b, tooLong, err := readLine(br, &buf)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("scope: %s: %w", s.opts.Source, err)
		}
		line++
		if line <= s.opts.Resume {
			if err := s.tick(); err != nil {
				return err
			}
			continue
		}
		b = bytes.TrimSpace(b)
		if len(b) == 0 && !tooLong {
			continue
		}
		if tooLong {
			if err := s.badRow(store.Quarantined{Line: line, Value: truncate(string(b[:min(len(b), 400)])),
				Reason: fmt.Sprintf("%s: over %d bytes", ReasonLineTooLong, maxLine)}); err != nil {
				return err
			}
			continue
		}
		var jr jsonRow
		if b[0] != '{' {
			err = errors.New("not a JSON object")
		} else {
			err = json.Unmarshal(b, &jr)
		}
		if err != nil {
			if err := s.badRow(store.Quarantined{Line: line, Value: truncate(string(b[:min(len(b), 400)])),
				Reason: ReasonMalformedJSON + ": " + err.Error()}); err != nil {
				return err
			}
			continue
		}
		var bad *store.Quarantined
		for f, vs := range jr.values() {
			r[f] = ""
			for _, v := range vs {
				str, ok := jsonString(v)
				if !ok {
					bad = &store.Quarantined{Line: line, Field: fieldNames[f], Value: truncate(string(v)), Reason: ReasonNotAString}
					break
				}
				if strings.TrimSpace(str) != "" {
					r[f] = str
					break
				}
			}
			if bad != nil {
				break
			}
		}
		if bad != nil {
			if err := s.badRow(*bad); err != nil {
				return err
			}
			continue
		}
		hasController := jr.ControllerID != nil || jr.Controller != nil || jr.CustomerID != nil
		if err := s.row(&r, hasController, line); err != nil {
			return err
		}
	}
}

// jsonString returns a JSON value as a string: strings as they are,
// numbers as written, null or absent as "". Other values are not accepted.
func jsonString(v json.RawMessage) (string, bool) {
	if len(v) == 0 || string(v) == "null" {
		return "", true
	}
	switch c := v[0]; {
	case c == '"':
		if bytes.IndexByte(v, '\\') < 0 && utf8.Valid(v) {
			return string(v[1 : len(v)-1]), true
		}
		var str string
		if err := json.Unmarshal(v, &str); err != nil {
			return "", false
		}
		return str, true
	case c == '-' || (c >= '0' && c <= '9'):
		return string(v), true
	}
	return "", false
}

// readLine returns the next line without its end of line. A line longer
// than maxLine is consumed whole but returned truncated, with tooLong set.
// The bytes are valid until the next call.
func readLine(br *bufio.Reader, buf *[]byte) (line []byte, tooLong bool, err error) {
	*buf = (*buf)[:0]
	for {
		frag, err := br.ReadSlice('\n')
		if err == nil && len(*buf) == 0 && !tooLong {
			return bytes.TrimSuffix(frag, []byte("\n")), false, nil
		}
		if len(*buf)+len(frag) <= maxLine {
			*buf = append(*buf, frag...)
		} else {
			tooLong = true
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return bytes.TrimSuffix(*buf, []byte("\n")), tooLong, nil
		case io.EOF:
			if len(*buf) == 0 && !tooLong {
				return nil, false, io.EOF
			}
			return *buf, tooLong, nil
		default:
			return nil, false, err
		}
	}
}
