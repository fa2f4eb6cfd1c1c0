// Package scope finds the data subjects affected by a breach in customers'
// record exports (CSV with a header row, or JSON Lines): it validates each
// row, deduplicates subjects (per controller and subject id, against the
// incident's list too), writes the new ones to the store's recipient list,
// quarantines unusable rows with their line and reason, and counts new
// subjects per controller and jurisdiction.
//
// A scan runs in two passes. The first streams the export once, validates
// each row and appends it to one of store.KeyBuckets spill buckets by the
// hash of its key (buffers of 32 KB each, spilled to temporary files only
// when full). The second takes the buckets one at a time (two at a time on
// two cores): it loads the keys the list already holds for the bucket,
// drops repeats, and writes the new subjects in chunks. The whole second
// pass is one store transaction: a scan that fails or is cancelled leaves
// nothing behind, and a scan with a key that already committed returns its
// recorded result without reading again (a retried activity).
//
// Memory stays flat in the size of the export: the spill buffers (8 MB),
// and one bucket (1/256 of the export) per worker in the second pass.
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
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

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
	// Key names the scan in the store ("" = none). A scan whose key was
	// already committed for the incident returns the recorded Result and
	// reads nothing: a retried activity passes the same key.
	Key string
	// TempDir holds the spill files ("" = os.TempDir()); they are removed
	// when the scan ends.
	TempDir string
	// Progress is called every 65,536 rows of the first pass and after
	// each bucket of the second (the activity heartbeats from it).
	Progress func(p Progress)
}

// Progress of a scan, cumulative.
type Progress struct {
	Phase       string // "reading", then "writing"
	Line        int    // last line read
	Rows        int    // data rows read
	Accepted    int
	Quarantined int
	Buckets     int // buckets written, of store.KeyBuckets
}

// Result of a scan.
type Result struct {
	Rows        int // data rows read; Rows = Accepted + Quarantined
	Accepted    int // valid rows; Accepted = New + Duplicates
	New         int // subjects not yet on the incident's list
	Duplicates  int // subjects already on the list, or repeated in the export
	Quarantined int
	Counts      map[string]map[string]int // controller ("" = ours) -> jurisdiction -> NEW subjects in this scan
	// Sample holds the first 10 quarantined rows. Their values may be
	// personal data (an email address): keep them out of workflow history.
	Sample []store.Quarantined
	// Replayed is set when the Result is the one recorded under
	// Options.Key by an earlier scan.
	Replayed bool `json:"-"`
}

// InputError is a scan's fatal error caused by the export itself (its
// format, its header): retrying will not help. Per-row problems are not
// errors: they are quarantined.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

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
	sampleSize    = 10
	maxLine       = 1 << 20 // longest JSON line accepted
	checkEvery    = 4096    // rows between context checks
	progressEvery = 1 << 16 // rows between progress reports
	spillBuf      = 32 << 10
)

// Scan reads an export from r and adds its usable rows to the incident's
// recipient list in st. Per-row problems are quarantined and the scan goes
// on; it stops on a read or store error, a CSV header without a required
// column (*MissingColumnError), or the context's end (ctx.Err()). On an
// error nothing is stored; the Result then tells how far the scan got.
func Scan(ctx context.Context, r io.Reader, incidentID string, st *store.Store, opts Options) (Result, error) {
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
		return Result{}, &InputError{fmt.Sprintf("scope: %s: unknown format %q (want csv or jsonl)", opts.Source, opts.Format)}
	}
	if opts.Key != "" {
		prior, err := st.ImportResult(ctx, incidentID, opts.Key)
		if err != nil {
			return Result{}, fmt.Errorf("scope: %s: %w", opts.Source, err)
		}
		if prior != nil {
			var res Result
			if err := json.Unmarshal(prior, &res); err != nil {
				return Result{}, fmt.Errorf("scope: %s: recorded result: %w", opts.Source, err)
			}
			res.Replayed = true
			return res, nil
		}
	}
	sp := newSpill(opts.TempDir) // the directory is made on first use
	defer sp.close()
	s := &scanner{
		ctx:  ctx,
		st:   st,
		opts: opts,
		v:    newValidator(opts.ControllerID),
		sp:   sp,
		res:  Result{Counts: map[string]map[string]int{}},
	}
	br := bufio.NewReaderSize(r, 256<<10)
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
		err = sp.finish()
	}
	if err == nil {
		err = s.write(incidentID)
	}
	if err != nil && ctx.Err() != nil {
		err = ctx.Err()
	}
	return s.res, err
}

type scanner struct {
	ctx      context.Context
	st       *store.Store
	opts     Options
	v        *validator
	sp       *spill
	line     int // line of the last row handled
	sinceCtx int
	res      Result
	mu       sync.Mutex // guards res in the second pass
	buckets  int
}

// row validates one data row and spills it.
func (s *scanner) row(r *raw, hasController bool, line int) error {
	s.line = line
	s.res.Rows++
	rc, q := s.v.validate(r, hasController, line)
	if q != nil {
		return s.quarantine(*q)
	}
	s.res.Accepted++
	s.sp.add(rc)
	return s.tick()
}

// badRow quarantines a row that could not even be read into fields.
func (s *scanner) badRow(q store.Quarantined) error {
	s.res.Rows++
	return s.quarantine(q)
}

// quarantine spills a bad row.
func (s *scanner) quarantine(q store.Quarantined) error {
	q.Source = s.opts.Source
	s.line = max(s.line, q.Line)
	s.res.Quarantined++
	if err := s.keepQuarantined(q); err != nil {
		return err
	}
	return s.tick()
}

// keepQuarantined samples a counted quarantined row (the first sampleSize)
// and spills it for the store.
func (s *scanner) keepQuarantined(q store.Quarantined) error {
	if len(s.res.Sample) < sampleSize {
		s.res.Sample = append(s.res.Sample, q)
	}
	if err := s.sp.quarantine(q); err != nil {
		return fmt.Errorf("scope: %s: %w", s.opts.Source, err)
	}
	return nil
}

// tick checks the context and reports progress now and then.
func (s *scanner) tick() error {
	if s.sinceCtx++; s.sinceCtx%checkEvery != 0 {
		return s.sp.err
	}
	if s.sp.err != nil {
		return fmt.Errorf("scope: %s: %w", s.opts.Source, s.sp.err)
	}
	if s.sinceCtx%progressEvery == 0 && s.opts.Progress != nil {
		s.opts.Progress(Progress{Phase: "reading", Line: s.line, Rows: s.res.Rows, Accepted: s.res.Accepted, Quarantined: s.res.Quarantined})
	}
	return s.ctx.Err()
}

// write is the second pass: bucket by bucket, drop the subjects already on
// the list or seen earlier in the bucket, and store the rest, all in one
// import.
func (s *scanner) write(incidentID string) (err error) {
	if err := s.ctx.Err(); err != nil {
		return err
	}
	im, err := s.st.BeginImport(s.ctx, incidentID, s.opts.Key)
	if err != nil {
		return fmt.Errorf("scope: %s: %w", s.opts.Source, err)
	}
	defer func() {
		if err != nil {
			im.Rollback()
		}
	}()
	if err := s.sp.eachQuarantined(func(rows []store.Quarantined) error { return im.AddQuarantine(s.ctx, rows) }); err != nil {
		return fmt.Errorf("scope: %s: %w", s.opts.Source, err)
	}
	hasKeys, err := im.PrepareKeys(s.ctx)
	if err != nil {
		return fmt.Errorf("scope: %s: %w", s.opts.Source, err)
	}
	workers := min(runtime.GOMAXPROCS(0), 4)
	next := make(chan int)
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &bucketWriter{s: s, im: im, hasKeys: hasKeys, groups: map[string]*group{}}
			var err error
			for b := range next {
				if err == nil {
					err = w.bucket(b)
				}
			}
			if err == nil {
				err = w.flushAll()
			}
			errs <- err
		}()
	}
	for b := range store.KeyBuckets {
		if s.ctx.Err() != nil {
			break
		}
		next <- b
	}
	close(next)
	wg.Wait()
	close(errs)
	for e := range errs {
		if e != nil && err == nil {
			err = e
		}
	}
	if err == nil {
		err = s.ctx.Err()
	}
	if err != nil {
		return fmt.Errorf("scope: %s: %w", s.opts.Source, err)
	}
	result, err := json.Marshal(s.res)
	if err != nil {
		return fmt.Errorf("scope: %s: %w", s.opts.Source, err)
	}
	if err := im.Commit(s.ctx, result); err != nil {
		return fmt.Errorf("scope: %s: %w", s.opts.Source, err)
	}
	return nil
}

// group collects new subjects of one controller and jurisdiction until a
// chunk is full.
type group struct {
	controller, jurisdiction string
	n                        int // in buf
	added                    int // new subjects, all buckets
	buf                      []byte
}

// bucketWriter is one worker of the second pass.
type bucketWriter struct {
	s       *scanner
	im      *store.Import
	hasKeys bool              // the incident has keys from earlier imports
	groups  map[string]*group // controller NUL jurisdiction -> group
	gkey    []byte
	seen    map[string]struct{}
	data    []byte
}

// bucket dedupes and stores one bucket.
func (w *bucketWriter) bucket(b int) error {
	// w.seen holds strings into w.data: forget them before w.data is
	// overwritten by the next bucket.
	if w.seen == nil {
		w.seen = make(map[string]struct{}, 4096)
	}
	clear(w.seen)
	var err error
	if w.data, err = w.s.sp.load(b, w.data[:0]); err != nil {
		return err
	}
	if w.hasKeys {
		if err := w.im.Keys(w.s.ctx, b, func(k []byte) { w.seen[unsafe.String(unsafe.SliceData(k), len(k))] = struct{}{} }); err != nil {
			return err
		}
	}
	var isNew, dups int
	data := w.data
	for len(data) > 0 {
		key, ctrl, jur, recip, rest, err := splitSpilled(data)
		if err != nil {
			return fmt.Errorf("bucket %d: %w", b, err)
		}
		data = rest
		ks := unsafe.String(unsafe.SliceData(key), len(key))
		if _, ok := w.seen[ks]; ok {
			dups++
			continue
		}
		w.seen[ks] = struct{}{}
		isNew++
		g := w.group(ctrl, jur)
		g.added++
		g.buf = append(grow(g.buf, len(recip)), recip...)
		if g.n++; g.n == store.ChunkRows {
			if err := w.flush(g); err != nil {
				return err
			}
		}
	}
	s := w.s
	s.mu.Lock()
	s.res.New += isNew
	s.res.Duplicates += dups
	s.buckets++
	p := Progress{Phase: "writing", Line: s.line, Rows: s.res.Rows, Accepted: s.res.Accepted, Quarantined: s.res.Quarantined, Buckets: s.buckets}
	if s.opts.Progress != nil {
		s.opts.Progress(p)
	}
	s.mu.Unlock()
	return w.s.ctx.Err()
}

func (w *bucketWriter) group(ctrl, jur []byte) *group {
	w.gkey = append(append(append(w.gkey[:0], ctrl...), 0), jur...)
	if g := w.groups[string(w.gkey)]; g != nil {
		return g
	}
	g := &group{controller: string(ctrl), jurisdiction: string(jur)}
	w.groups[string(w.gkey)] = g
	return g
}

func (w *bucketWriter) flush(g *group) error {
	if g.n == 0 {
		return nil
	}
	err := w.im.AddChunk(w.s.ctx, g.controller, g.jurisdiction, g.n, g.buf)
	g.n, g.buf = 0, g.buf[:0]
	return err
}

// flushAll stores what is left in the groups and adds their counts to the
// result.
func (w *bucketWriter) flushAll() error {
	for _, g := range w.groups {
		if err := w.flush(g); err != nil {
			return err
		}
	}
	s := w.s
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, g := range w.groups {
		if g.added == 0 {
			continue
		}
		c := s.res.Counts[g.controller]
		if c == nil {
			c = map[string]int{}
			s.res.Counts[g.controller] = c
		}
		c[g.jurisdiction] += g.added
	}
	return nil
}

// scanCSV reads a CSV export: a header row, then one record per row.
func (s *scanner) scanCSV(br *bufio.Reader) error {
	cr := newCSVReader(br)
	fields, headerLine, err := cr.read()
	if err == io.EOF {
		return &InputError{fmt.Sprintf("scope: %s: empty file, no header row", s.opts.Source)}
	}
	if err != nil {
		return &InputError{fmt.Sprintf("scope: %s: header: %v", s.opts.Source, err)}
	}
	s.line = headerLine
	header := make([]string, len(fields))
	for i, f := range fields {
		header[i] = string(f)
	}
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
	p := &csvParse{source: s.opts.Source, cols: &cols, width: len(header), hasController: len(cols[fController]) > 0}
	return s.parallelCSV(br, cr.numLine, p)
}

// csvParse is what a worker needs to turn a block into rows.
type csvParse struct {
	source        string
	cols          *[nFields][]int
	width         int
	hasController bool
}

const blockSize = 1 << 20

// csvBlock is a run of whole CSV records; its first line is line+1.
type csvBlock struct {
	seq  int
	data []byte
	line int
}

// blockOut is a parsed and validated block: its accepted rows by bucket,
// its quarantined rows, its counts.
type blockOut struct {
	seq                         int
	rows, accepted, quarantined int
	lastLine                    int
	quar                        []store.Quarantined
	bb                          bucketBufs
}

// parse parses and validates one block into o.
func (p *csvParse) parse(c *csvReader, v *validator, b *csvBlock, o *blockOut) {
	o.seq, o.rows, o.accepted, o.quarantined, o.lastLine = b.seq, 0, 0, 0, b.line
	o.quar = o.quar[:0]
	o.bb.reset()
	bad := func(q store.Quarantined) {
		q.Source = p.source
		o.rows++
		o.quarantined++
		o.lastLine = max(o.lastLine, q.Line)
		o.quar = append(o.quar, q)
	}
	c.reset(b.data, b.line)
	var r raw
	for {
		rec, line, err := c.read()
		if err == io.EOF {
			return
		}
		if err != nil {
			reason := ReasonMalformedCSV + ": " + err.Error()
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line, reason = pe.StartLine, ReasonMalformedCSV+": "+pe.Err.Error()
			}
			bad(store.Quarantined{Line: line, Reason: reason})
			continue
		}
		if len(rec) != p.width {
			bad(store.Quarantined{Line: line, Value: truncate(string(bytes.Join(rec, []byte(",")))),
				Reason: fmt.Sprintf("%s: %d, header has %d", ReasonFieldCount, len(rec), p.width)})
			continue
		}
		for f, cs := range p.cols {
			switch len(cs) {
			case 0:
				r[f] = nil
			case 1:
				r[f] = rec[cs[0]] // validate trims
			default: // the first column of the field that is not blank
				r[f] = nil
				for _, c := range cs {
					if v := rec[c]; len(bytes.TrimSpace(v)) != 0 {
						r[f] = v
						break
					}
				}
			}
		}
		rc, q := v.validate(&r, p.hasController, line)
		if q != nil {
			bad(*q)
			continue
		}
		o.rows++
		o.accepted++
		o.lastLine = line
		o.bb.add(rc)
	}
}

// parallelCSV reads the records after the header. One goroutine (this
// one) cuts the input into blocks of whole records, workers parse and
// validate blocks, and a merger applies their outputs in input order, so
// that the spill, the line numbers and the quarantine sample are those of
// a sequential read. Blocks in flight are bounded.
func (s *scanner) parallelCSV(br *bufio.Reader, line int, p *csvParse) error {
	workers := max(runtime.GOMAXPROCS(0), 1)
	ctx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	inFlight := 2*workers + 2
	tokens := make(chan struct{}, inFlight)
	blocks := make(chan *csvBlock, workers)
	outs := make(chan *blockOut, inFlight)
	// Outputs and block buffers are recycled; the pools hold every one that
	// can exist (in flight, plus one per worker and one for the cutter), so
	// none is dropped and grown again from nothing.
	freeOuts := make(chan *blockOut, inFlight+workers)
	freeBufs := make(chan []byte, inFlight+workers+1)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := newValidator(s.opts.ControllerID)
			var c csvReader
			for b := range blocks {
				var o *blockOut
				select {
				case o = <-freeOuts:
				default:
					o = &blockOut{}
				}
				p.parse(&c, v, b, o)
				select {
				case freeBufs <- b.data[:0]:
				default:
				}
				outs <- o // never blocks: at most inFlight outputs exist
			}
		}()
	}
	merged := make(chan error, 1)
	go func() {
		pending := map[int]*blockOut{}
		next := 0
		var err error
		for o := range outs {
			pending[o.seq] = o
			for {
				o, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				if err == nil {
					if err = s.mergeBlock(o); err != nil {
						cancel()
					}
				}
				select {
				case freeOuts <- o:
				default:
				}
				<-tokens
			}
		}
		merged <- err
	}()
	err := s.cut(ctx, br, line, blocks, tokens, freeBufs)
	close(blocks)
	wg.Wait()
	close(outs)
	if merr := <-merged; merr != nil {
		return merr
	}
	if err != nil {
		return err
	}
	return s.ctx.Err()
}

// cut reads the input in blocks of whole records and hands them out.
func (s *scanner) cut(ctx context.Context, br *bufio.Reader, line int, blocks chan<- *csvBlock, tokens chan struct{}, freeBufs chan []byte) error {
	var carry []byte
	for seq := 0; ; {
		if err := ctx.Err(); err != nil {
			return err
		}
		var buf []byte
		select {
		case buf = <-freeBufs:
		default:
			buf = make([]byte, 0, blockSize)
		}
		buf = append(buf, carry...)
		size := max(blockSize, len(buf)+blockSize/2)
		atEOF := false
		n := 0
		for {
			if cap(buf) < size {
				buf = append(make([]byte, 0, size), buf...)
			}
			for len(buf) < size && !atEOF {
				k, err := br.Read(buf[len(buf):size])
				buf = buf[:len(buf)+k]
				if err == io.EOF {
					atEOF = true
				} else if err != nil {
					return fmt.Errorf("scope: %s: %w", s.opts.Source, err)
				}
			}
			if n = cutBlock(buf, atEOF); n > 0 || atEOF {
				break
			}
			size *= 2 // a record longer than a block
		}
		carry = append(carry[:0], buf[n:]...)
		if n > 0 {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			blocks <- &csvBlock{seq: seq, data: buf[:n], line: line}
			seq++
			line += bytes.Count(buf[:n], []byte{'\n'})
		}
		if atEOF {
			return nil
		}
	}
}

// mergeBlock applies a parsed block to the scan, in input order.
func (s *scanner) mergeBlock(o *blockOut) error {
	before := s.res.Rows
	s.res.Rows += o.rows
	s.res.Accepted += o.accepted
	s.res.Quarantined += o.quarantined
	s.line = max(s.line, o.lastLine)
	for _, q := range o.quar {
		if err := s.keepQuarantined(q); err != nil {
			return err
		}
	}
	s.sp.addBlock(&o.bb)
	if s.sp.err != nil {
		return fmt.Errorf("scope: %s: %w", s.opts.Source, s.sp.err)
	}
	if s.opts.Progress != nil && before/progressEvery != s.res.Rows/progressEvery {
		s.opts.Progress(Progress{Phase: "reading", Line: s.line, Rows: s.res.Rows, Accepted: s.res.Accepted, Quarantined: s.res.Quarantined})
	}
	return s.ctx.Err()
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
			r[f] = nil
			for _, v := range vs {
				str, ok := jsonString(v)
				if !ok {
					bad = &store.Quarantined{Line: line, Field: fieldNames[f], Value: truncate(string(v)), Reason: ReasonNotAString}
					break
				}
				if strings.TrimSpace(str) != "" {
					r[f] = []byte(str)
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
