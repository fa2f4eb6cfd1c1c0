package scope

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
)

// fuzzScan scans hostile input of one format into a real store: it never
// panics; it either refuses the file with an input error, or accounts for
// every row (accepted or quarantined, accepted = new + duplicates) and
// quarantines with a line number.
func fuzzScan(f *testing.F, format string, seeds []string) {
	for _, s := range seeds {
		f.Add(s)
	}
	st := openStore(f)
	var n atomic.Int64
	f.Fuzz(func(t *testing.T, input string) {
		if len(input) > 1<<14 {
			return
		}
		id := fmt.Sprintf("BR-F%d", n.Add(1))
		res, err := Scan(context.Background(), strings.NewReader(input), id, st, Options{Format: format, Source: "fuzz." + format, TempDir: t.TempDir()})
		if err != nil {
			var mc *MissingColumnError
			var ie *InputError
			if !errors.As(err, &mc) && !errors.As(err, &ie) {
				t.Fatalf("not an input error: %v", err)
			}
			return
		}
		if res.Rows != res.Accepted+res.Quarantined || res.Accepted != res.New+res.Duplicates {
			t.Fatalf("rows not accounted for: %+v", res)
		}
		for _, q := range res.Sample {
			if q.Line < 1 || q.Reason == "" {
				t.Fatalf("a quarantined row without its line or reason: %+v", q)
			}
		}
	})
}

func FuzzScanCSV(f *testing.F) {
	fuzzScan(f, "csv", []string{
		"subject_id,email,country\nS1,a@b.example,DE\n",
		"subject_id,email,country\nS1,a@b.example,DE\nS1,a@b.example,DE\nS2,not-an-address,DE\nS3,c@d.example,ZZ\n",
		"email,country\n\"a@b.example\",\"DE\"\r\n\"x\"\"y@z.example\",FR\n",
		"subject_id,email,country,name\nS1,a@b.example,DE,<script>alert(1)</script>\n",
		"\xef\xbb\xbfsubject_id,email,country\nS1,a@b.example,US-CA\n",
		"subject_id,email\n", "", "\"unterminated\n", "a,b,c\n1,2\n",
	})
}

func FuzzScanJSONL(f *testing.F) {
	fuzzScan(f, "jsonl", []string{
		`{"subject_id":"S1","email":"a@b.example","country":"DE"}` + "\n",
		`{"subject_id":"S1","email":"a@b.example","country":"DE","controller_id":"acme"}` + "\n" + `{"subject_id":1}` + "\n",
		`{"email":"a@b.example","jurisdiction":"US","state":"CA"}` + "\n" + "not json\n" + `[1,2]` + "\n",
		`{"subject_id":"S\u0000","email":"a@b.example\r\nBcc: x@y.example","country":"DE"}` + "\n",
		`{"subject_id":"S1","email":"a@b.example","country":"DE","extra":{"deep":[[[[[[[[]]]]]]]]}}` + "\n",
		"", "\n\n\n", "\xff\xfe\n",
	})
}
