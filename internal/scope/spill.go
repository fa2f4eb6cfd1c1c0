package scope

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"os"

	"github.com/breachwf/breach/internal/store"
)

// spill holds the first pass's output: accepted rows in store.KeyBuckets
// buckets by the hash of their key, and quarantined rows. A bucket stays in
// a 32 KB buffer and goes to a temporary file only when the buffer fills,
// so a small export never touches the disk.
//
// A spilled row is: its length, the key's length and key
// (store.AppendKey), the jurisdiction's length and jurisdiction, then the
// subject in the store's chunk encoding (store.AppendRecipient). The
// controller is read back from the key.
type segment struct{ off, n int64 }

type spill struct {
	tmp  string // parent directory ("" = os.TempDir())
	dir  string // created on first use
	file *os.File
	off  int64                       // end of the file
	segs [store.KeyBuckets][]segment // each bucket's segments in the file
	bucketBufs
	quar *os.File
	qbuf []byte
	qn   int
	err  error // first write error; the scan stops at its next check
}

// bucketBufs holds spilled rows by bucket: the spill's own buffers, and
// each parsed block's output in a parallel CSV scan.
type bucketBufs struct {
	bufs [store.KeyBuckets][]byte
}

// add appends an accepted row to its bucket's buffer and returns the
// bucket. The row is encoded in one go (see spill).
func (bb *bucketBufs) add(r rec) int {
	b := store.KeyBucket(r.controller, r.subject)
	klen := uvarintLen(len(r.controller)) + len(r.controller) + len(r.subject)
	size := uvarintLen(klen) + klen + uvarintLen(len(r.jurisdiction)) + len(r.jurisdiction) +
		uvarintLen(r.line) + uvarintLen(len(r.subject)) + len(r.subject) + uvarintLen(len(r.email)) + len(r.email) +
		uvarintLen(len(r.name)) + len(r.name) + uvarintLen(len(r.language)) + len(r.language)
	buf := grow(bb.bufs[b], binary.MaxVarintLen32+size)
	buf = binary.AppendUvarint(buf, uint64(size))
	buf = binary.AppendUvarint(buf, uint64(klen))
	buf = store.AppendKey(buf, r.controller, r.subject)
	buf = binary.AppendUvarint(buf, uint64(len(r.jurisdiction)))
	buf = append(buf, r.jurisdiction...)
	bb.bufs[b] = store.AppendRecipient(buf, r.line, r.subject, r.email, r.name, r.language)
	return b
}

// grow makes room for n more bytes: at least 4 KB, then doubling. Scan
// buffers fill to kilobytes; growing them from nothing, append by append,
// cost a million-row scan tens of megabytes of copying.
func grow(b []byte, n int) []byte {
	if cap(b)-len(b) >= n {
		return b
	}
	nb := make([]byte, len(b), max(4096, 2*cap(b), len(b)+n))
	copy(nb, b)
	return nb
}

func uvarintLen(n int) int {
	l := 1
	for n >= 0x80 {
		n >>= 7
		l++
	}
	return l
}

func (bb *bucketBufs) reset() {
	for b := range bb.bufs {
		bb.bufs[b] = bb.bufs[b][:0]
	}
}

func newSpill(tmp string) *spill { return &spill{tmp: tmp} }

func (sp *spill) mkdir() error {
	if sp.dir != "" {
		return nil
	}
	if sp.tmp != "" {
		if err := os.MkdirAll(sp.tmp, 0o700); err != nil {
			return err
		}
	}
	dir, err := os.MkdirTemp(sp.tmp, "breach-scope-*")
	if err != nil {
		return err
	}
	sp.dir = dir
	return nil
}

// add appends an accepted row to its bucket.
func (sp *spill) add(r rec) {
	if b := sp.bucketBufs.add(r); len(sp.bufs[b]) >= spillBuf {
		sp.flushBucket(b)
	}
}

// addBlock appends a parsed block's rows, bucket by bucket.
func (sp *spill) addBlock(bb *bucketBufs) {
	for b, rows := range bb.bufs {
		if len(rows) == 0 {
			continue
		}
		if sp.bufs[b] = append(grow(sp.bufs[b], len(rows)), rows...); len(sp.bufs[b]) >= spillBuf {
			sp.flushBucket(b)
		}
	}
}

func (sp *spill) flushBucket(b int) {
	if sp.err != nil || len(sp.bufs[b]) == 0 {
		return
	}
	if sp.file == nil {
		if sp.err = sp.mkdir(); sp.err != nil {
			return
		}
		if sp.file, sp.err = os.Create(sp.dir + "/rows"); sp.err != nil {
			return
		}
	}
	n, err := sp.file.Write(sp.bufs[b])
	if err != nil {
		sp.err = err
		return
	}
	sp.segs[b] = append(sp.segs[b], segment{sp.off, int64(n)})
	sp.off += int64(n)
	sp.bufs[b] = sp.bufs[b][:0]
}

// quarantine appends a quarantined row (one JSON line).
func (sp *spill) quarantine(q store.Quarantined) error {
	line, err := json.Marshal(q)
	if err != nil {
		return err
	}
	sp.qbuf = append(append(sp.qbuf, line...), '\n')
	sp.qn++
	if len(sp.qbuf) >= spillBuf {
		return sp.flushQuarantine()
	}
	return nil
}

func (sp *spill) flushQuarantine() error {
	if len(sp.qbuf) == 0 {
		return nil
	}
	if sp.quar == nil {
		if err := sp.mkdir(); err != nil {
			return err
		}
		f, err := os.Create(sp.dir + "/quarantine")
		if err != nil {
			return err
		}
		sp.quar = f
	}
	if _, err := sp.quar.Write(sp.qbuf); err != nil {
		return err
	}
	sp.qbuf = sp.qbuf[:0]
	return nil
}

// finish ends the first pass.
func (sp *spill) finish() error {
	if sp.err != nil {
		return sp.err
	}
	if sp.quar != nil {
		return sp.flushQuarantine()
	}
	return nil
}

// load appends bucket b's rows to dst: its segments in the file, then its
// buffer.
func (sp *spill) load(b int, dst []byte) ([]byte, error) {
	var size int64
	for _, sg := range sp.segs[b] {
		size += sg.n
	}
	size += int64(len(sp.bufs[b]))
	if int64(cap(dst)-len(dst)) < size {
		dst = append(make([]byte, 0, int64(len(dst))+size), dst...)
	}
	for _, sg := range sp.segs[b] {
		n, err := sp.file.ReadAt(dst[len(dst):len(dst)+int(sg.n)], sg.off)
		if err != nil && !(errors.Is(err, io.EOF) && int64(n) == sg.n) {
			return dst, err
		}
		dst = dst[:len(dst)+n]
	}
	return append(dst, sp.bufs[b]...), nil
}

// eachQuarantined calls f with the quarantined rows, 1,000 at a time.
func (sp *spill) eachQuarantined(f func([]store.Quarantined) error) error {
	var rows []store.Quarantined
	emit := func(r io.Reader) error {
		sc := bufio.NewScanner(r)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var q store.Quarantined
			if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
				return err
			}
			if rows = append(rows, q); len(rows) == 1000 {
				if err := f(rows); err != nil {
					return err
				}
				rows = rows[:0]
			}
		}
		return sc.Err()
	}
	if sp.quar != nil {
		if _, err := sp.quar.Seek(0, io.SeekStart); err != nil {
			return err
		}
		if err := emit(sp.quar); err != nil {
			return err
		}
	}
	if len(sp.qbuf) > 0 {
		if err := emit(bytes.NewReader(sp.qbuf)); err != nil {
			return err
		}
	}
	if len(rows) > 0 {
		return f(rows)
	}
	return nil
}

// close removes the spill files.
func (sp *spill) close() {
	if sp.file != nil {
		sp.file.Close()
	}
	if sp.quar != nil {
		sp.quar.Close()
	}
	if sp.dir != "" {
		os.RemoveAll(sp.dir)
	}
}

// splitSpilled cuts the first spilled row off data.
func splitSpilled(data []byte) (key, controller, jurisdiction, recipient, rest []byte, err error) {
	row, rest, ok := store.CutField(data)
	if ok {
		key, row, ok = store.CutField(row)
	}
	if ok {
		jurisdiction, recipient, ok = store.CutField(row)
	}
	if ok {
		controller, _, ok = store.CutField(key)
	}
	if !ok {
		return nil, nil, nil, nil, nil, errCorruptSpill
	}
	return key, controller, jurisdiction, recipient, rest, nil
}

var errCorruptSpill = errors.New("corrupt spill file")
