package metrics

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestHandler(t *testing.T) {
	m := New()
	defer m.Close()
	var down error = errors.New("temporal: connection refused")
	srv := httptest.NewServer(Handler(m, func(context.Context) error { return down }))
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, _ := get("/healthz")
	require.Equal(t, http.StatusOK, code, "alive even when Temporal is not")
	code, body := get("/readyz")
	require.Equal(t, http.StatusServiceUnavailable, code)
	require.Contains(t, body, "connection refused")
	down = nil
	code, _ = get("/readyz")
	require.Equal(t, http.StatusOK, code)

	m.Delivered("subjects", 5, 1, 2)
	m.Latency("authority", 30*time.Hour)
	m.Latency("authority", -time.Hour) // a clock before awareness is not observed
	_, body = get("/metrics")
	require.Contains(t, body, `breach_notices_sent_total{audience="subjects"} 5`)
	require.Contains(t, body, `breach_notices_failed_total{audience="subjects"} 1`)
	require.Contains(t, body, `breach_notices_resent_total{audience="subjects"} 2`)
	require.Contains(t, body, `breach_awareness_to_notice_hours_bucket{audience="authority",le="48"} 1`)
	require.Contains(t, body, `breach_awareness_to_notice_hours_bucket{audience="authority",le="24"} 0`)
	require.Contains(t, body, `breach_awareness_to_notice_hours_count{audience="authority"} 1`)

	fail := true
	m.WatchObligations(func(context.Context) (Open, error) {
		if fail {
			return Open{}, errors.New("temporal down")
		}
		return Open{Open: map[string]int{"authority": 3}, Late: map[string]int{"authority": 1}}, nil
	})
	_, body = get("/metrics")
	require.Contains(t, body, "breach_obligations_scrape_ok 0")
	require.NotContains(t, body, "breach_obligations_open{")
	fail = false
	_, body = get("/metrics")
	require.Contains(t, body, "breach_obligations_scrape_ok 1")
	require.Contains(t, body, `breach_obligations_open{audience="authority"} 3`)
	require.Contains(t, body, `breach_obligations_late{audience="authority"} 1`)
	require.Contains(t, body, `breach_obligations_open{audience="subjects"} 0`)

	var none *Metrics // counting on nil is a no-op
	none.Delivered("x", 1, 1, 1)
	none.Scanned(1, 1, 1)
	require.Nil(t, none.SDK())
}
