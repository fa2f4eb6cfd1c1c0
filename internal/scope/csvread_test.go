package scope

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// describe appends one read's outcome to out: a record with its line, or a
// parse error with its positions. end is set at io.EOF and on an error that
// is not a *csv.ParseError (reading stops there).
func describe(out []string, rec []string, start int, err error) (_ []string, end bool) {
	if err == io.EOF {
		return out, true
	}
	if err != nil {
		var pe *csv.ParseError
		if !errors.As(err, &pe) {
			return append(out, "error "+err.Error()), true
		}
		return append(out, fmt.Sprintf("bad start=%d line=%d col=%d %v", pe.StartLine, pe.Line, pe.Column, pe.Err)), false
	}
	return append(out, fmt.Sprintf("rec %d %q", start, rec)), false
}

// stdEvents reads all of input with encoding/csv, as the scan used to, and
// describes each record or error.
func stdEvents(input string) []string {
	cr := csv.NewReader(strings.NewReader(input))
	cr.FieldsPerRecord = -1
	var out []string
	for end := false; !end; {
		rec, err := cr.Read()
		start := 0
		if err == nil {
			start, _ = cr.FieldPos(0)
		}
		out, end = describe(out, rec, start, err)
	}
	return out
}

// readAll describes every record c reads, to its end; failed is set when
// it stopped on an error that is not a parse error.
func readAll(out []string, c *csvReader) (_ []string, failed bool) {
	for {
		fields, start, err := c.read()
		var rec []string
		for _, f := range fields {
			rec = append(rec, string(f))
		}
		var end bool
		if out, end = describe(out, rec, start, err); end {
			return out, err != io.EOF
		}
	}
}

// fastEvents does the same with csvReader over a bufio.Reader of the given
// size (16, the smallest, exercises lines longer than the buffer).
func fastEvents(input string, size int) []string {
	out, _ := readAll(nil, newCSVReader(bufio.NewReaderSize(strings.NewReader(input), size)))
	return out
}

// blockEvents does the same as the parallel scan does: cut the input into
// blocks of whole records (reading step bytes at a time), then parse each
// block apart from a line offset.
func blockEvents(input string, step int) []string {
	var out []string
	var c csvReader
	buf := []byte{}
	line := 0
	rest := []byte(input)
	for {
		take := min(step, len(rest))
		buf = append(buf, rest[:take]...)
		rest = rest[take:]
		atEOF := len(rest) == 0
		n := cutBlock(buf, atEOF)
		if n == 0 && !atEOF {
			continue
		}
		block := append([]byte(nil), buf[:n]...)
		buf = append(buf[:0], buf[n:]...)
		c.reset(block, line)
		line += strings.Count(string(block), "\n")
		var failed bool
		if out, failed = readAll(out, &c); failed || atEOF {
			return out
		}
	}
}

var csvCases = []string{
	"",
	"\n",
	"a,b,c\n",
	"a,b,c",
	"a,b,c\r\n1,2,3\r\n",
	"a,b\r",
	"a\rb,c\n",
	"\n\n\na,b\n\n",
	" \n",
	",\n,,\n",
	`"a","b"` + "\n",
	`"a""b",c` + "\n",
	`"multi` + "\n" + `line",x` + "\n" + "next,row\n",
	`"multi` + "\r\n" + `line"` + "\r\n",
	`a"b,c` + "\n" + "d,e\n",
	`"a"b,c` + "\n" + "d,e\n",
	`"unterminated` + "\n" + "more\n",
	`"unterminated`,
	`x,"` + "\n",
	`"",""` + "\n",
	`""""` + "\n",
	`a,"b` + "\n\n" + `c"` + "\n",
	`"a",` + "\n",
	"é,\"ü\",ß\n",
	"s14,\"a14@ex.com\",\"Multi\nLine\",TR,,c1,tr\ns1,a1@ex.com\n",
	"s16,a\"16@ex.com,Oz,DE,,c1,\ns17,a17@ex.com\n",
	strings.Repeat("long", 40) + ",\"" + strings.Repeat("q", 50) + "\"\n" + strings.Repeat("z", 70),
}

func TestCSVReaderMatchesEncodingCSV(t *testing.T) {
	check := func(input string) {
		t.Helper()
		want := stdEvents(input)
		for _, size := range []int{16, 4096} {
			require.Equal(t, want, fastEvents(input, size), "input %q, buffer %d", input, size)
		}
		for _, step := range []int{1, 3, 7, 64} {
			require.Equal(t, want, blockEvents(input, step), "input %q, blocks read %d bytes at a time", input, step)
		}
	}
	for _, in := range csvCases {
		check(in)
	}
	// generated inputs from an alphabet heavy in the characters that matter
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", ",", ",", "\"", "\"", "\n", "\r\n", "\r", " ", "é", "\"\""}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		check(b.String())
	}
}

func FuzzCSVReader(f *testing.F) {
	for _, in := range csvCases {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, input string) {
		want := stdEvents(input)
		for _, size := range []int{16, 4096} {
			if got := fastEvents(input, size); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("input %q, buffer %d:\n got %q\nwant %q", input, size, got, want)
			}
		}
		for _, step := range []int{1, 5, 64} {
			if got := blockEvents(input, step); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("input %q, blocks of %d:\n got %q\nwant %q", input, step, got, want)
			}
		}
	})
}
