package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/breachwf/breach/internal/breach"
)

func runCLI(args ...string) (string, error) {
	var out bytes.Buffer
	err := run(context.Background(), args, &out)
	return out.String(), err
}

func TestPlanNeedsNoServer(t *testing.T) {
	out, err := runCLI("-temporal-address", "127.0.0.1:1", "plan", "--facts", "../testdata/facts-processor.json", "--json")
	require.NoError(t, err)
	var plan struct {
		Obligations []struct {
			ID       string  `json:"id"`
			Due      *string `json:"due"`
			Required bool    `json:"required"`
		} `json:"obligations"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &plan))
	ids := map[string]bool{}
	for _, o := range plan.Obligations {
		ids[o.ID] = true
	}
	assert.True(t, ids["processor-notice-acme-tekstil"])
	assert.True(t, ids["kvkk-board-TR"])
}

func TestErrorsAreOneLineReasons(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"risk": "severe", "subjects": {"DE": 1}}`), 0o600))
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"status"}, "usage: starter status ID"},
		{[]string{"plan", "--facts", bad}, `risk: "severe" is not unlikely, risk or high`},
		{[]string{"plan", "--facts", "missing.json"}, "no such file"},
		{[]string{"triage", "BR-1"}, "give --facts FILE"},
		{[]string{"-temporal-address", "127.0.0.1:1", "status", "BR-1"}, "cannot reach Temporal at 127.0.0.1:1"},
		{[]string{"approve", "BR-1", "N1", "--bogus"}, "flag provided but not defined: -bogus"},
	}
	for _, c := range cases {
		_, err := runCLI(c.args...)
		require.Error(t, err, c.args)
		assert.Contains(t, oneLine(err), c.want, c.args)
		assert.NotContains(t, oneLine(err), "\n")
	}
}

func TestFlagsAfterPositionals(t *testing.T) {
	f := newFlags("approve")
	by := f.String("by", "", "")
	all := f.Bool("all", false, "")
	require.NoError(t, f.parse([]string{"BR-1", "N1", "--by", "Dana", "N2", "--all"}, 1, -1, ""))
	assert.Equal(t, []string{"BR-1", "N1", "N2"}, f.pos)
	assert.Equal(t, "Dana", *by)
	assert.True(t, *all)
}

func TestPlanWithConfigUsesItsOptionsAndCustomers(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "c.yaml")
	example, err := os.ReadFile("../config.example.yaml")
	require.NoError(t, err)
	doc := strings.Replace(string(example), "disabled: []", "disabled: [kvkk-board]", 1)
	require.NoError(t, os.WriteFile(cfg, []byte(doc), 0o600))
	facts := filepath.Join(t.TempDir(), "f.json")
	require.NoError(t, os.WriteFile(facts, []byte(`{"aware_at": "2026-03-02T09:00:00Z", "risk": "high", "nature": ["confidentiality"],
		"data_categories": ["contact"], "controllers": [{"id": "nordwerk", "subjects": {"DE": 10}}], "subjects": {"TR": 4}}`), 0o600))
	out, err := runCLI("plan", "--facts", facts, "--config", cfg, "--json")
	require.NoError(t, err)
	var plan struct {
		Obligations []struct {
			ID       string  `json:"id"`
			Due      *string `json:"due"`
			Required bool    `json:"required"`
			Reason   string  `json:"reason"`
		} `json:"obligations"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &plan))
	found := 0
	for _, o := range plan.Obligations {
		switch o.ID {
		case "processor-notice-nordwerk":
			found++
			require.NotNil(t, o.Due, "Nordwerk's contract (48 h) comes from the configuration")
			assert.Equal(t, "2026-03-04T09:00:00Z", *o.Due)
		case "kvkk-board-TR":
			found++
			assert.False(t, o.Required)
			assert.Contains(t, o.Reason, "disabled by configuration")
		}
	}
	assert.Equal(t, 2, found)
}

// Without --config, plan assesses with the configuration the worker runs
// on (the built-in one): the same customers' contract hours, the same
// organisation, the same answer as --config config.example.yaml.
func TestPlanDefaultsToTheWorkersConfiguration(t *testing.T) {
	facts := filepath.Join(t.TempDir(), "f.json")
	require.NoError(t, os.WriteFile(facts, []byte(`{"aware_at": "2026-03-02T09:00:00Z", "risk": "high", "nature": ["confidentiality"],
		"data_categories": ["contact"], "controllers": [{"id": "nordwerk", "subjects": {"DE": 10}}], "subjects": {"AT": 4}}`), 0o600))
	builtIn, err := runCLI("plan", "--facts", facts, "--json")
	require.NoError(t, err)
	explicit, err := runCLI("plan", "--facts", facts, "--config", "../config.example.yaml", "--json")
	require.NoError(t, err)
	assert.JSONEq(t, explicit, builtIn)
	assert.Contains(t, builtIn, `"due": "2026-03-04T09:00:00Z"`, "Nordwerk's 48 contract hours apply without --config")
}

// -h prints the usage on standard output and succeeds, for the program
// and for each command (with its flags).
func TestHelpIsUsageNotAnError(t *testing.T) {
	out, err := runCLI("-h")
	require.NoError(t, err)
	assert.Contains(t, out, "Commands:")
	out, err = runCLI("approve", "-h")
	require.NoError(t, err)
	assert.Contains(t, out, "usage: starter approve ID")
	assert.Contains(t, out, "-delay-reason")
	out, err = runCLI("reassess", "--help")
	require.NoError(t, err)
	assert.Contains(t, out, "-to int")
}

// An incident ID typed in lower case is the same incident.
func TestLowerCaseIncidentID(t *testing.T) {
	f := newFlags("status")
	require.NoError(t, f.parse([]string{"br-20261127-1gj2"}, 1, 1, "status ID"))
	assert.Equal(t, "BR-20261127-1GJ2", f.pos[0])
}

// Time left reads as people say it, not 723h8m0s.
func TestTimeLeftIsHuman(t *testing.T) {
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	due := now.Add(30*24*time.Hour + 3*time.Hour + 8*time.Minute)
	o := breach.Obligation{Due: &due}
	assert.Equal(t, "30d 3h", left(o, breach.ObligationOpen, now))
	assert.Equal(t, "OVERDUE 2h 5m", left(o, breach.ObligationOpen, due.Add(2*time.Hour+5*time.Minute)))
	assert.Equal(t, "-", left(o, breach.ObligationDone, now))
}

func TestJSONTimestampsToTheSecond(t *testing.T) {
	at := time.Date(2026, 3, 2, 14, 5, 0, 123456789, time.UTC)
	var b strings.Builder
	require.NoError(t, writeJSON(&b, map[string]any{"at": at, "local": at.In(time.FixedZone("x", 3600)), "text": "2026-03-02T14:05:00.5 is not a time"}))
	assert.Contains(t, b.String(), `"at": "2026-03-02T14:05:00Z"`)
	assert.Contains(t, b.String(), `"local": "2026-03-02T15:05:00+01:00"`)
	assert.Contains(t, b.String(), `"text": "2026-03-02T14:05:00.5 is not a time"`, "free text is left alone")
	assert.NotContains(t, b.String(), "123456789")
}
