package breach

import (
	"encoding/json"
	"reflect"
	"testing"
)

// FuzzParseFacts: a facts file never panics the parser; what it accepts
// passes the size checks or is refused by them with a message, and reads
// back the same after a round trip.
func FuzzParseFacts(f *testing.F) {
	for _, s := range []string{
		`{}`, `{"risk":"high","subjects":{"DE":300}}`, `{"summary":"<script>alert(1)</script>\r\nBcc: x"}`,
		`{"subjects":{"DE":-1}}`, `{"subjects":{"DE":99999999999999999999}}`, `{"encrypted":null,"key_compromised":true}`,
		`{"controllers":[{"id":"acme","subjects":{"TR":1}}]}`, "\xef\xbb\xbf{}", `{"aware_at":"not a time"}`,
		`[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]`, `{"nature":["confidentiality"],"unknown":1}`, "\xff\xfe",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		facts, err := ParseFacts(data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error without a message")
			}
			return
		}
		if err := facts.CheckSize(); err != nil && err.Error() == "" {
			t.Fatal("a size refusal without a message")
		}
		out, err := json.Marshal(facts)
		if err != nil {
			t.Fatalf("accepted facts do not marshal: %v", err)
		}
		again, err := ParseFacts(out)
		if err != nil {
			t.Fatalf("accepted facts do not parse back: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(normalized(facts), normalized(again)) {
			t.Fatalf("round trip changed the facts:\n%#v\n%#v", facts, again)
		}
	})
}

// normalized compares facts as JSON sees them (times by instant).
func normalized(f Facts) string {
	b, _ := json.Marshal(f)
	return string(b)
}
