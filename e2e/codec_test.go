package e2e

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	commonpb "go.temporal.io/api/common/v1"
	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/client"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/codec"
	"github.com/breachwf/breach/internal/incidents"
	"github.com/breachwf/breach/internal/service"
	"github.com/breachwf/breach/workflows"
)

// TestHistoryHoldsNoPlaintext runs an incident with a payload key and
// reads its history back from the server as someone without the key would:
// no incident text, subject data or failure text in any event. The codec
// server gives it back to whoever holds the token.
func TestHistoryHoldsNoPlaintext(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded Temporal server")
	}
	keyA := bytes.Repeat([]byte{7}, 32)
	t.Setenv(codec.EnvKey, hex.EncodeToString(keyA))
	ctx := context.Background()
	dataDir := t.TempDir()
	svc, err := service.Start(ctx, service.Options{Dev: true, DataDir: dataDir, TemporalAddress: freeAddress(t)})
	require.NoError(t, err)
	defer svc.Stop()
	c := signingClient(t, svc, dataDir)

	secrets := []string{"TITLE-okapi-5521", "SUMMARY-narwhal-8812", "ruth.quill@example.org", "Ruth Quillfeather", "no-such-export-3317"}
	id, err := c.Declare(ctx, "TITLE-okapi-5521", &breach.Facts{Summary: "SUMMARY-narwhal-8812"}, security)
	require.NoError(t, err)
	_, err = c.Triage(ctx, id, workflows.TriageInput{By: legal, Facts: breach.Facts{
		Subjects: map[string]int{"DE": 1}, DataCategories: []string{"contact"}, Nature: []string{"confidentiality"}, Risk: breach.RiskHigh,
	}})
	require.NoError(t, err)
	_, err = c.Scope(ctx, id, scopeInput(filepath.Join(t.TempDir(), "no-such-export-3317.csv")))
	require.Error(t, err, "a failed activity: its message must be sealed too")
	csv := filepath.Join(t.TempDir(), "subjects.csv")
	require.NoError(t, os.WriteFile(csv, []byte("subject_id,email,name,country\nP1,ruth.quill@example.org,Ruth Quillfeather,DE\n"), 0o600))
	_, err = c.Scope(ctx, id, scopeInput(csv))
	require.NoError(t, err)
	_, err = c.Approve(ctx, id, workflows.ApproveInput{All: true, By: legal})
	require.NoError(t, err)
	waitFor(t, c, id, "the subject notice", func(s workflows.Status) bool {
		return noticeFor(s, "gdpr-34-subjects-DE").Status == breach.NoticeSent
	})

	// As someone without the key: the server's raw history.
	raw, err := client.Dial(client.Options{HostPort: svc.Address})
	require.NoError(t, err)
	defer raw.Close()
	var history strings.Builder
	var sealed *commonpb.Payloads
	it := raw.GetWorkflowHistory(ctx, id, "", false, enumspb.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT)
	for it.HasNext() {
		e, err := it.Next()
		require.NoError(t, err)
		b, err := protojson.Marshal(e)
		require.NoError(t, err)
		history.Write(b)
		if a := e.GetWorkflowExecutionStartedEventAttributes(); a != nil {
			sealed = a.GetInput()
		}
	}
	require.NotNil(t, sealed)
	require.Contains(t, history.String(), base64.StdEncoding.EncodeToString([]byte("binary/encrypted-aes256gcm")), "payloads are sealed")
	for _, s := range secrets {
		// protojson writes payload bytes in base64: look for both forms.
		assert.NotContains(t, history.String(), s, "plaintext in the history")
		for shift := 0; shift < 3; shift++ {
			enc := base64.StdEncoding.EncodeToString([]byte(strings.Repeat("x", shift) + s))
			assert.NotContains(t, history.String(), enc[4:len(enc)-4], "plaintext (base64) in the history")
		}
	}

	// The codec server opens it for whoever holds the token.
	cd, err := codec.FromEnv()
	require.NoError(t, err)
	srv := httptest.NewServer(codec.Handler(cd, "tok3n", []string{"http://localhost:8233"}))
	defer srv.Close()
	body, err := protojson.Marshal(sealed)
	require.NoError(t, err)
	post := func(token string) (*http.Response, string) {
		req, err := http.NewRequest(http.MethodPost, srv.URL+"/decode", bytes.NewReader(body))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		var b bytes.Buffer
		_, _ = b.ReadFrom(resp.Body)
		return resp, b.String()
	}
	resp, _ := post("")
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)
	resp, _ = post("wrong")
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)
	resp, decoded := post("tok3n")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var out commonpb.Payloads
	require.NoError(t, protojson.Unmarshal([]byte(decoded), &out))
	require.NotEmpty(t, out.Payloads)
	assert.Contains(t, string(out.Payloads[0].Data), "TITLE-okapi-5521", "decoded for the operator with the token")

	pre, err := http.NewRequest(http.MethodOptions, srv.URL+"/decode", nil)
	require.NoError(t, err)
	pre.Header.Set("Origin", "http://localhost:8233")
	pre.Header.Set("Access-Control-Request-Headers", "authorization,content-type,x-namespace")
	presp, err := http.DefaultClient.Do(pre)
	require.NoError(t, err)
	presp.Body.Close()
	assert.Equal(t, "http://localhost:8233", presp.Header.Get("Access-Control-Allow-Origin"))
	assert.Contains(t, presp.Header.Get("Access-Control-Allow-Headers"), "Authorization")
	other, _ := http.NewRequest(http.MethodOptions, srv.URL+"/decode", nil)
	other.Header.Set("Origin", "https://evil.example")
	oresp, err := http.DefaultClient.Do(other)
	require.NoError(t, err)
	oresp.Body.Close()
	assert.Empty(t, oresp.Header.Get("Access-Control-Allow-Origin"), "only the configured UI origin")

	// Rotation: a process with a newer key B and the old A reads A's
	// history and seals with B.
	keyB := bytes.Repeat([]byte{9}, 32)
	rotated, err := codec.New(keyB, keyA)
	require.NoError(t, err)
	opened, err := rotated.Decode(sealed.Payloads)
	require.NoError(t, err)
	assert.Contains(t, string(opened[0].Data), "TITLE-okapi-5521")
	again, err := rotated.Encode(opened)
	require.NoError(t, err)
	assert.Equal(t, codec.KeyID(keyB), string(again[0].Metadata["encryption-key-id"]))
	onlyB, err := codec.New(keyB)
	require.NoError(t, err)
	_, err = onlyB.Decode(sealed.Payloads)
	assert.ErrorContains(t, err, "sealed with key "+codec.KeyID(keyA)+", which is not among this process's keys")

	// Without any key: a clear refusal, not empty titles.
	t.Setenv(codec.EnvKey, "")
	dc, err := codec.DataConverterFromEnv()
	require.NoError(t, err)
	var title string
	err = dc.FromPayload(sealed.Payloads[0], &title)
	assert.ErrorIs(t, err, codec.ErrNoKey)
	_, err = incidents.Client{Temporal: raw, DataConverter: dc}.List(ctx)
	assert.ErrorIs(t, err, codec.ErrNoKey, "starter list without the key says so instead of empty titles")
}
