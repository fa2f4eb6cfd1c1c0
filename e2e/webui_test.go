package e2e

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/codec"
	"github.com/breachwf/breach/internal/webui"
	"github.com/breachwf/breach/workflows"
)

// TestWebUIShowsDecodedPayloadsOnlyAfterLogin drives the embedded Temporal
// Web UI in headless Chromium, as an operator would: the incident appears
// in the list; its page shows the input sealed (and the UI says the codec
// server refused) until the browser has been through the codec server's
// login with the token, after which the same page shows the incident's
// title in clear. UI_SCREENSHOT=FILE.png saves the decoded page.
func TestWebUIShowsDecodedPayloadsOnlyAfterLogin(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded Temporal server and Chromium")
	}
	browserPath := chromium(t)
	t.Setenv(codec.EnvKey, hex.EncodeToString(bytes.Repeat([]byte{3}, 32)))
	ctx := context.Background()
	dataDir := t.TempDir()
	svc := start(t, dataDir, freeAddress(t))
	defer svc.Stop()
	c := signingClient(t, svc, dataDir)

	const title = "ERP export bucket exposed, ref. Q-4471"
	id, err := c.Declare(ctx, title, nil, security)
	require.NoError(t, err)
	_, err = c.Triage(ctx, id, workflows.TriageInput{By: legal, Facts: breach.Facts{
		Summary: "SUMMARY-ibis-2093", Subjects: map[string]int{"DE": 40}, DataCategories: []string{"contact"},
		Nature: []string{"confidentiality"}, Risk: breach.RiskHigh,
	}})
	require.NoError(t, err)
	desc, err := svc.Client.DescribeWorkflowExecution(ctx, id, "")
	require.NoError(t, err)
	runID := desc.GetWorkflowExecutionInfo().GetExecution().GetRunId()

	// The codec server as the worker runs it, with the UI's origin allowed.
	uiAddr := freeAddress(t)
	uiOrigin := "http://" + uiAddr
	cd, err := codec.FromEnv()
	require.NoError(t, err)
	const token = "test-codec-token-9c1e"
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	codecSrv := &http.Server{Handler: codec.Handler(cd, token, []string{uiOrigin}), ReadHeaderTimeout: 10 * time.Second}
	go codecSrv.Serve(ln)
	defer codecSrv.Close()
	codecURL := "http://" + ln.Addr().String()

	ui, err := webui.Start(webui.Options{Listen: uiAddr, TemporalAddress: svc.Address, Namespace: "default", CodecEndpoint: codecURL})
	require.NoError(t, err)
	defer ui.Stop()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browserPath), chromedp.NoSandbox, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-sync", true), chromedp.WindowSize(1400, 1100))
	actx, cancel := chromedp.NewExecAllocator(ctx, opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	bctx, cancel = context.WithTimeout(bctx, 3*time.Minute)
	defer cancel()
	page := func() string {
		for range 20 {
			s, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.body.innerText`))
			if err == nil {
				return s
			}
			if !strings.Contains(err.Error(), "Cannot find context") {
				require.NoError(t, err)
			}
			time.Sleep(100 * time.Millisecond) // the page is between contexts
		}
		t.Fatal("no page context")
		return ""
	}
	waitText := func(what string, texts ...string) {
		t.Helper()
		js := `(() => { const b = document.body ? document.body.innerText : ""; return ` + jsAll(texts) + `; })()`
		deadline := time.Now().Add(90 * time.Second)
		for {
			_, err := chromedp.Run(bctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(time.Until(deadline))))
			if err == nil {
				return
			}
			// The single-page app may replace the page's JavaScript
			// context while it routes: poll again in the new one.
			if strings.Contains(err.Error(), "Cannot find context") && time.Now().Before(deadline) {
				time.Sleep(100 * time.Millisecond)
				continue
			}
			require.NoError(t, err, "%s; the page shows:\n%s", what, page())
		}
	}

	// The list: the incident is there (its ID is not personal data, and the
	// list shows no payload).
	require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(ui.URL+"/namespaces/default/workflows")))
	waitText("the incident in the workflow list", id, "IncidentWorkflow")

	// Its page without the login: sealed, and the UI says why.
	history := ui.URL + "/namespaces/default/workflows/" + id + "/" + runID + "/history"
	require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(history)))
	waitText("the sealed input", "encryption-key-id", "Codec Server could not connect")
	sealed := page()
	require.NotContains(t, sealed, "Q-4471")
	require.NotContains(t, sealed, "SUMMARY-ibis-2093")

	// A wrong token: no cookie, still sealed.
	require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(codecURL+"/ui-login?"+url.Values{"token": {"wrong"}, "next": {history}}.Encode())))
	require.Contains(t, page(), "wrong codec token")
	require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(history)))
	waitText("still sealed after a wrong token", "encryption-key-id", "Codec Server could not connect")
	require.NotContains(t, page(), "Q-4471")

	// The login: the same page, decoded.
	require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(codecURL+"/ui-login?"+url.Values{"token": {token}, "next": {history}}.Encode())))
	waitText("the decoded input", "Q-4471", id)
	require.NotContains(t, page(), "Codec Server could not connect")

	if out := os.Getenv("UI_SCREENSHOT"); out != "" {
		png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(out, png, 0o644))
	}
}

// jsAll is a JavaScript expression true when b holds every text.
func jsAll(texts []string) string {
	expr := "true"
	for _, s := range texts {
		q, _ := json.Marshal(s)
		expr += " && b.includes(" + string(q) + ")"
	}
	return expr
}

// chromium finds the browser; without one the test skips, unless
// BREACH_REQUIRE_CHROMIUM is set (CI sets it: there it must run).
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("BREACH_REQUIRE_CHROMIUM") != "" {
		t.Fatal("no chromium on PATH (apt-get install -y chromium)")
	}
	t.Skip("no chromium on PATH (apt-get install -y chromium)")
	return ""
}
