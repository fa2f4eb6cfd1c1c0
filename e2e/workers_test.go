package e2e

import (
	"context"
	"database/sql"
	"fmt"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/client"

	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/devserver"
	"github.com/breachwf/breach/internal/identity"
	"github.com/breachwf/breach/internal/incidents"
	breachmail "github.com/breachwf/breach/internal/mail"
	"github.com/breachwf/breach/internal/service"
	"github.com/breachwf/breach/internal/store"
	"github.com/breachwf/breach/internal/store/pgtest"
	"github.com/breachwf/breach/workflows"
)

// signedConfig writes the example configuration with a key for each of
// the people who decide, and edits (old -> new, each replaced once), and
// returns its path and the keys.
func signedConfig(t *testing.T, dir string, edits ...string) (string, incidents.KeyRing) {
	keys := incidents.KeyRing{}
	example, err := os.ReadFile("../config.example.yaml")
	require.NoError(t, err)
	cfg := string(example)
	for _, name := range []string{"Dana Whitfield", "Emre Kaya", "Sam Okafor"} {
		k, err := identity.Generate(name)
		require.NoError(t, err)
		keys[name] = k
		cfg = strings.Replace(cfg, "  - name: \""+name+"\"\n", "  - name: \""+name+"\"\n    public_key: \""+k.PublicLine()+"\"\n", 1)
	}
	cfg = strings.ReplaceAll(cfg, "    public_key: \"\"\n", "")
	for i := 0; i+1 < len(edits); i += 2 {
		require.Contains(t, cfg, edits[i])
		cfg = strings.Replace(cfg, edits[i], edits[i+1], 1)
	}
	path := filepath.Join(dir, "config.yaml")
	require.NoError(t, os.WriteFile(path, []byte(cfg), 0o600))
	return path, keys
}

// buildCommands builds ./worker and ./starter into dir.
func buildCommands(t *testing.T, dir string) (worker, starter string) {
	for _, cmd := range []string{"worker", "starter"} {
		build := exec.Command("go", "build", "-o", filepath.Join(dir, cmd), "../"+cmd)
		build.Stderr = os.Stderr
		require.NoError(t, build.Run(), "build %s", cmd)
	}
	return filepath.Join(dir, "worker"), filepath.Join(dir, "starter")
}

// TestTwoWorkersShareOneStore runs two worker processes, each with its own
// data directory (its working directory too) and its own SMTP sink, on one
// Temporal server and one PostgreSQL store. A scan started with the CLI
// works on whichever worker is up (the CLI uploads the export into the
// store): the first runs on worker A alone, the second on worker B alone,
// and B finds the subjects A stored. Then both are up for a mass delivery:
// each sends part of it, and between them everybody gets the notice once.
func TestTwoWorkersShareOneStore(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the commands and starts a Temporal server")
	}
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	dir := t.TempDir()
	workerBin, starterBin := buildCommands(t, dir)

	srv, err := devserver.StartTemporal(devserver.Options{FrontendAddress: freeAddress(t), SearchAttributes: service.SearchAttributes})
	require.NoError(t, err)
	defer srv.Stop()
	cfgPath, keys := signedConfig(t, dir,
		"  driver: sqlite ", "  driver: postgres ",
		"  batch_size: 500\n", "  batch_size: 50\n")
	keyFile := filepath.Join(dir, "sam.key")
	require.NoError(t, keys[security].Write(keyFile))

	type worker struct {
		name   string
		data   string
		sink   *breachmail.Sink
		outbox string
		cmd    *exec.Cmd
		log    lockedBuffer
	}
	workers := []*worker{{name: "a"}, {name: "b"}}
	for _, w := range workers {
		w.data = filepath.Join(dir, "data-"+w.name)
		require.NoError(t, os.MkdirAll(w.data, 0o700))
		w.outbox = filepath.Join(dir, "outbox-"+w.name)
		w.sink, err = breachmail.StartSink("127.0.0.1:0", w.outbox)
		require.NoError(t, err)
		defer w.sink.Close()
	}
	start := func(w *worker) {
		_, port, _ := strings.Cut(w.sink.Addr(), ":")
		w.cmd = exec.Command(workerBin, "-temporal-address", srv.HostPort(), "-data-dir", w.data, "-log-format", "json")
		w.cmd.Dir = w.data // a path relative to the CLI's directory means nothing here
		w.cmd.Env = append(os.Environ(), "BREACH_CONFIG="+cfgPath, "BREACH_STORE_DSN="+dsn,
			"BREACH_SMTP_HOST=127.0.0.1", "BREACH_SMTP_PORT="+port)
		w.cmd.Stderr = &w.log
		require.NoError(t, w.cmd.Start())
	}
	stop := func(w *worker) {
		require.NoError(t, w.cmd.Process.Signal(syscall.SIGTERM))
		_ = w.cmd.Wait()
	}
	defer func() {
		for _, w := range workers {
			if w.cmd != nil && w.cmd.ProcessState == nil {
				_ = w.cmd.Process.Kill()
				_ = w.cmd.Wait()
			}
		}
	}()

	a, b := workers[0], workers[1]
	start(a) // A alone, for the declaration, the triage and the first scan
	tc, err := client.Dial(client.Options{HostPort: srv.HostPort()})
	require.NoError(t, err)
	defer tc.Close()
	c := incidents.Client{Temporal: tc, Signer: keys}
	id, err := c.Declare(ctx, "Newsletter list exposed", nil, security)
	require.NoError(t, err)
	_, err = c.Triage(ctx, id, workflows.TriageInput{By: security, Facts: breach.Facts{
		Subjects: map[string]int{"DE": 1}, DataCategories: []string{"contact"}, Nature: []string{"confidentiality"}, Risk: "high",
	}})
	require.NoError(t, err)

	// The CLI, from its own directory, with the workers' configuration.
	cli := t.TempDir()
	scope := func(file string) string {
		cmd := exec.Command(starterBin, "-temporal-address", srv.HostPort(), "scope", id, "--file", file)
		cmd.Dir = cli
		cmd.Env = append(os.Environ(), "BREACH_CONFIG="+cfgPath, "BREACH_STORE_DSN="+dsn, "BREACH_KEY="+keyFile, "BREACH_DATA_DIR="+filepath.Join(cli, ".breach"))
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
		return string(out)
	}
	const n = 1200
	writeCSV := func(name string, from, to int) {
		var b strings.Builder
		b.WriteString("subject_id,email,name,country,language\n")
		for i := from; i < to; i++ {
			fmt.Fprintf(&b, "S%07d,person%d@example.org,Person %d,DE,de\n", i, i, i)
		}
		require.NoError(t, os.WriteFile(filepath.Join(cli, name), []byte(b.String()), 0o600))
	}
	writeCSV("first.csv", 0, 700)
	writeCSV("second.csv", 500, n) // 200 already scanned by the first

	out := scope("first.csv")
	assert.Contains(t, out, "first.csv: 700 rows, 700 new people, 0 duplicates")
	stop(a)
	start(b)
	out = scope("second.csv")
	assert.Contains(t, out, "second.csv: 700 rows, 500 new people, 200 duplicates", "B sees what A stored")
	assert.Contains(t, a.log.String(), `"msg":"scoped"`, "the first scan ran on A")
	assert.Contains(t, b.log.String(), `"msg":"scoped"`, "the second scan ran on B")

	db, err := sql.Open("pgx", dsn)
	require.NoError(t, err)
	defer db.Close()
	var uploads int
	require.NoError(t, db.QueryRowContext(ctx, `SELECT COUNT(*) FROM uploads`).Scan(&uploads))
	assert.Zero(t, uploads, "a scanned upload is deleted")

	// Both up, and polling, for the delivery.
	start(a)
	eventually(t, "both workers polling for activities", func() bool {
		d, err := tc.DescribeTaskQueue(ctx, workflows.TaskQueue, enumspb.TASK_QUEUE_TYPE_ACTIVITY)
		return err == nil && len(d.GetPollers()) >= 2
	})
	s, err := c.Status(ctx, id)
	require.NoError(t, err)
	notice := noticeFor(s, "gdpr-34-subjects-DE")
	require.NotEmpty(t, notice.ID)
	_, err = c.Approve(ctx, id, workflows.ApproveInput{NoticeIDs: []string{notice.ID}, By: legal})
	require.NoError(t, err)
	waitFor(t, c, id, "the delivery by two workers", func(s workflows.Status) bool {
		return noticeFor(s, "gdpr-34-subjects-DE").Status == breach.NoticeSent
	})
	stop(a)
	stop(b)

	perRecipient := map[string]int{}
	perWorker := map[string]int{}
	for _, w := range workers {
		files, err := filepath.Glob(filepath.Join(w.outbox, "*.eml"))
		require.NoError(t, err)
		for _, f := range files {
			fh, err := os.Open(f)
			require.NoError(t, err)
			m, err := mail.ReadMessage(fh)
			require.NoError(t, err)
			fh.Close()
			to, err := mail.ParseAddress(m.Header.Get("To"))
			require.NoError(t, err)
			if strings.HasPrefix(to.Address, "person") {
				perRecipient[to.Address]++
				perWorker[w.name]++
			}
		}
	}
	assert.Len(t, perRecipient, n, "nobody missing")
	for addr, k := range perRecipient {
		if k != 1 {
			t.Errorf("%s got the notice %d times", addr, k)
		}
	}
	assert.Positive(t, perWorker["a"], "worker A sent part of the delivery")
	assert.Positive(t, perWorker["b"], "worker B sent part of the delivery")

	st, err := store.OpenPostgres(ctx, dsn, t.TempDir())
	require.NoError(t, err)
	defer st.Close()
	rows, err := st.Ledger(ctx, id)
	require.NoError(t, err)
	sent := 0
	for _, r := range rows {
		if r.Status == store.Sent && strings.HasPrefix(r.Recipient, "person") {
			sent++
		}
	}
	assert.Equal(t, n, sent, "one ledger row per subject, sent")
	t.Logf("%d subjects: worker A sent %d, worker B %d", n, perWorker["a"], perWorker["b"])
}

// A worker with a store of its own must not join workers of another: the
// batches it picked up would find nobody on its list and be marked done.
// It refuses at start, naming the other worker.
func TestWorkerWithAnotherStoreRefusesToJoin(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded Temporal server")
	}
	ctx := context.Background()
	a := start(t, t.TempDir(), freeAddress(t)) // -dev: SQLite store A
	defer a.Stop()
	tc, err := client.Dial(client.Options{HostPort: a.Address})
	require.NoError(t, err)
	defer tc.Close()
	eventually(t, "worker A polling", func() bool {
		d, err := tc.DescribeTaskQueue(ctx, workflows.TaskQueue, enumspb.TASK_QUEUE_TYPE_WORKFLOW)
		return err == nil && len(d.GetPollers()) > 0
	})
	b, err := service.Start(ctx, service.Options{DataDir: t.TempDir(), TemporalAddress: a.Address, Namespace: "default"})
	if b != nil {
		defer b.Stop()
	}
	require.Error(t, err, "a second SQLite store on the same task queue")
	assert.Contains(t, err.Error(), "polls breach-incidents with another store ("+a.Store.ID()+", this one is st-")
	assert.Contains(t, err.Error(), "must share one store, with store.driver postgres")
}
