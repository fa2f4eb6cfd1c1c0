package scope

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
)

// csvReader reads CSV records with the rules of encoding/csv (comma
// separator, RFC 4180 quoting, LazyQuotes off, \r\n read as \n, empty
// lines skipped, any number of fields), and the same errors, but faster:
// a line without a quote (nearly every line of an export) is split in
// place, without copying; only quoted fields are copied out. A test checks
// it against encoding/csv on generated and hand-written inputs.
type csvReader struct {
	br      *bufio.Reader // nil when reading data
	data    []byte        // the rest of an in-memory block (newCSVBlock)
	numLine int           // lines read so far
	big     []byte        // a line longer than br's buffer, assembled
	buf     []byte        // field bytes of a quoted record
	ends    []int         // field ends in buf
	fields  [][]byte      // the record returned
}

func newCSVReader(br *bufio.Reader) *csvReader { return &csvReader{br: br} }

// reset makes c read an in-memory block whose first line is line+1. The
// block is modified in place (\r\n becomes \n).
func (c *csvReader) reset(data []byte, line int) {
	c.br, c.data, c.numLine = nil, data, line
}

// readLine returns the next line with a final \r\n turned into \n (and a
// final \r at EOF dropped). Its bytes are valid until the next call.
func (c *csvReader) readLine() ([]byte, error) {
	var line []byte
	var err error
	if c.br == nil {
		if i := bytes.IndexByte(c.data, '\n'); i >= 0 {
			line, c.data = c.data[:i+1], c.data[i+1:]
		} else {
			line, c.data, err = c.data, nil, io.EOF
		}
	} else {
		line, err = c.br.ReadSlice('\n')
	}
	if err == bufio.ErrBufferFull {
		c.big = append(c.big[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = c.br.ReadSlice('\n')
			c.big = append(c.big, line...)
		}
		line = c.big
	}
	if len(line) > 0 && err == io.EOF {
		err = nil
		if line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
	}
	if len(line) > 0 {
		c.numLine++
	}
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

// lengthNL is 1 if b ends with \n, else 0.
func lengthNL(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

// read returns the next record and the line it starts on. The fields are
// valid until the next call. A malformed record gives a *csv.ParseError (as
// encoding/csv's) and the reader goes on after it; io.EOF ends the input.
func (c *csvReader) read() (fields [][]byte, start int, err error) {
	var line []byte
	var errRead error
	for errRead == nil {
		line, errRead = c.readLine()
		if errRead == nil && len(line) == lengthNL(line) {
			line = nil
			continue // empty line
		}
		break
	}
	if errRead == io.EOF {
		return nil, 0, io.EOF
	}
	if errRead != nil && len(line) == 0 {
		return nil, 0, errRead
	}
	start = c.numLine
	c.fields = c.fields[:0]
	if bytes.IndexByte(line, '"') < 0 {
		// fast path: split in place
		body := line[:len(line)-lengthNL(line)]
		for {
			i := bytes.IndexByte(body, ',')
			if i < 0 {
				c.fields = append(c.fields, body)
				break
			}
			c.fields = append(c.fields, body[:i])
			body = body[i+1:]
		}
		return c.fields, start, errRead
	}
	return c.readQuoted(line, start, errRead)
}

// readQuoted parses a record with quotes, copying its fields into c.buf.
func (c *csvReader) readQuoted(line []byte, start int, errRead error) ([][]byte, int, error) {
	c.buf = c.buf[:0]
	c.ends = c.ends[:0]
	col := 1 // byte column (1-based) of line[0] on the current line
	lineNo := start
	var perr *csv.ParseError
fields:
	for {
		if len(line) == 0 || line[0] != '"' {
			// unquoted field
			i := bytes.IndexByte(line, ',')
			field := line
			if i >= 0 {
				field = field[:i]
			} else {
				field = field[:len(field)-lengthNL(field)]
			}
			if j := bytes.IndexByte(field, '"'); j >= 0 {
				perr = &csv.ParseError{StartLine: start, Line: lineNo, Column: col + j, Err: csv.ErrBareQuote}
				break fields
			}
			c.buf = append(c.buf, field...)
			c.ends = append(c.ends, len(c.buf))
			if i >= 0 {
				line = line[i+1:]
				col += i + 1
				continue fields
			}
			break fields
		}
		// quoted field
		line = line[1:]
		col++
		for {
			i := bytes.IndexByte(line, '"')
			switch {
			case i >= 0:
				c.buf = append(c.buf, line[:i]...)
				line = line[i+1:]
				col += i + 1
				switch {
				case len(line) > 0 && line[0] == '"': // "" is a quote
					c.buf = append(c.buf, '"')
					line = line[1:]
					col++
				case len(line) > 0 && line[0] == ',': // end of field
					line = line[1:]
					col++
					c.ends = append(c.ends, len(c.buf))
					continue fields
				case lengthNL(line) == len(line): // end of record
					c.ends = append(c.ends, len(c.buf))
					break fields
				default: // a quote inside a quoted field
					perr = &csv.ParseError{StartLine: start, Line: lineNo, Column: col - 1, Err: csv.ErrQuote}
					break fields
				}
			case len(line) > 0:
				// the field goes on past the end of the line
				c.buf = append(c.buf, line...)
				if errRead != nil {
					break fields
				}
				col += len(line)
				line, errRead = c.readLine()
				if len(line) > 0 {
					lineNo++
					col = 1
				}
				if errRead == io.EOF {
					errRead = nil
				}
			default:
				// end of input inside a quoted field
				if errRead == nil {
					perr = &csv.ParseError{StartLine: start, Line: lineNo, Column: col, Err: csv.ErrQuote}
					break fields
				}
				c.ends = append(c.ends, len(c.buf))
				break fields
			}
		}
	}
	if perr != nil {
		return nil, start, perr
	}
	from := 0
	for _, end := range c.ends {
		c.fields = append(c.fields, c.buf[from:end:end])
		from = end
	}
	return c.fields, start, errRead
}

// recordEnd returns the length of the first record in b, with the empty
// lines before it, as csvReader.read would consume them (a malformed
// record ends where read's error leaves off). ok is false when b ends
// before the record does: more input is needed to tell.
func recordEnd(b []byte) (n int, ok bool) {
	p := 0
	for { // empty lines
		i := bytes.IndexByte(b[p:], '\n')
		if i < 0 {
			return 0, false
		}
		if i == 0 || (i == 1 && b[p] == '\r') {
			p += i + 1
			continue
		}
		break
	}
	lineEnd := func(from int) (int, bool) { // the end of the line holding b[from]
		i := bytes.IndexByte(b[from:], '\n')
		if i < 0 {
			return 0, false
		}
		return from + i + 1, true
	}
	for { // a field starts at p
		if p >= len(b) {
			return 0, false
		}
		if b[p] != '"' {
			i := bytes.IndexAny(b[p:], ",\n\"")
			if i < 0 {
				return 0, false
			}
			switch b[p+i] {
			case ',':
				p += i + 1
				continue
			case '\n':
				return p + i + 1, true
			default: // a bare quote: the record ends with its line
				return lineEnd(p + i)
			}
		}
		p++ // quoted field
		for {
			i := bytes.IndexByte(b[p:], '"')
			if i < 0 {
				return 0, false
			}
			p += i + 1
			if p >= len(b) {
				return 0, false
			}
			switch b[p] {
			case '"':
				p++
				continue
			case ',':
				p++
			case '\n':
				return p + 1, true
			case '\r':
				if p+1 >= len(b) {
					return 0, false
				}
				if b[p+1] == '\n' {
					return p + 2, true
				}
				return lineEnd(p)
			default: // a quote inside a quoted field: the record ends with its line
				return lineEnd(p)
			}
			break
		}
	}
}

// cutBlock returns how much of buf to parse as one block: whole records
// only, so that blocks can be parsed apart. 0 means that buf holds no whole
// record yet (read more). At EOF the whole of buf is the last block.
func cutBlock(buf []byte, atEOF bool) int {
	if atEOF {
		return len(buf)
	}
	if bytes.IndexByte(buf, '"') < 0 {
		// without quotes every \n ends a record
		return bytes.LastIndexByte(buf, '\n') + 1
	}
	p := 0
	for p < len(buf) {
		n, ok := recordEnd(buf[p:])
		if !ok {
			break
		}
		p += n
	}
	return p
}
