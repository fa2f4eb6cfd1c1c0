// Package metrics serves what an operator watches: Prometheus /metrics
// with the Temporal SDK's metrics and ours, and /healthz and /readyz that
// need no Slack. Labels never hold personal data: audiences, results and
// incident-free names only.
package metrics

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/uber-go/tally/v4"
	tallyprom "github.com/uber-go/tally/v4/prometheus"
	sdkclient "go.temporal.io/sdk/client"
	sdktally "go.temporal.io/sdk/contrib/tally"

	"github.com/breachwf/breach/internal/breach"
)

// Metrics are our counters, and the registry the SDK's go into too. A nil
// *Metrics counts nothing (tests, the CLI).
type Metrics struct {
	Registry *prometheus.Registry
	sent     *prometheus.CounterVec
	failed   *prometheus.CounterVec
	resent   *prometheus.CounterVec
	scanRows *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	sdk      sdkclient.MetricsHandler
	closer   func()
}

// New makes the registry with our metrics, the Go runtime's, and a
// Temporal SDK metrics handler reporting into it.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	m := &Metrics{
		Registry: reg,
		sent: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "breach_notices_sent_total",
			Help: "Messages accepted by the mail server, by audience (authority, controller, subjects)."}, []string{"audience"}),
		failed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "breach_notices_failed_total",
			Help: "Messages the mail server refused for good, by audience."}, []string{"audience"}),
		resent: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "breach_notices_resent_total",
			Help: "Messages sent again after an interrupted attempt whose outcome was unknown."}, []string{"audience"}),
		scanRows: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "breach_scan_rows_total",
			Help: "Rows of record exports scanned, by result (new, duplicate, quarantined)."}, []string{"result"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "breach_awareness_to_notice_hours",
			Help:    "Hours from awareness (the obligation's clock start) to the notice's delivery, by audience.",
			Buckets: []float64{1, 6, 12, 24, 48, 72, 96, 168, 720}}, []string{"audience"}),
	}
	reg.MustRegister(m.sent, m.failed, m.resent, m.scanRows, m.latency,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	reporter := tallyprom.NewReporter(tallyprom.Options{Registerer: reg})
	scope, closer := tally.NewRootScope(tally.ScopeOptions{
		CachedReporter:  reporter,
		Separator:       tallyprom.DefaultSeparator,
		SanitizeOptions: &sdktally.PrometheusSanitizeOptions,
	}, time.Second)
	m.sdk = sdktally.NewMetricsHandler(sdktally.NewPrometheusNamingScope(scope))
	m.closer = func() { _ = closer.Close() }
	return m
}

// SDK is the handler for client.Options.MetricsHandler (nil: none).
func (m *Metrics) SDK() sdkclient.MetricsHandler {
	if m == nil {
		return nil
	}
	return m.sdk
}

// Close stops the SDK scope's reporting loop.
func (m *Metrics) Close() {
	if m != nil && m.closer != nil {
		m.closer()
	}
}

// Delivered counts one delivery's outcome.
func (m *Metrics) Delivered(audience string, sent, failed, resent int) {
	if m == nil {
		return
	}
	m.sent.WithLabelValues(audience).Add(float64(sent))
	m.failed.WithLabelValues(audience).Add(float64(failed))
	m.resent.WithLabelValues(audience).Add(float64(resent))
}

// Latency observes the time from awareness to a notice's delivery.
func (m *Metrics) Latency(audience string, d time.Duration) {
	if m == nil || d < 0 {
		return
	}
	m.latency.WithLabelValues(audience).Observe(d.Hours())
}

// Scanned counts a scan's rows.
func (m *Metrics) Scanned(newRows, duplicates, quarantined int) {
	if m == nil {
		return
	}
	m.scanRows.WithLabelValues("new").Add(float64(newRows))
	m.scanRows.WithLabelValues("duplicate").Add(float64(duplicates))
	m.scanRows.WithLabelValues("quarantined").Add(float64(quarantined))
}

// Handler serves /metrics, /healthz (the process answers) and /readyz
// (ready reports nil: Temporal reachable and the worker polling).
func Handler(m *Metrics, ready func(context.Context) error) http.Handler {
	mux := http.NewServeMux()
	if m != nil {
		mux.Handle("/metrics", promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{}))
	}
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if err := ready(ctx); err != nil {
			http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ready\n"))
	})
	return mux
}

// Open is, per audience, the required obligations of running incidents
// still open, and how many of those are past their deadline.
type Open struct {
	Open, Late map[string]int
}

// WatchObligations reports breach_obligations_open and
// breach_obligations_late (by audience) at each scrape, from count: it
// reads the running incidents, so a scrape costs a query per incident.
func (m *Metrics) WatchObligations(count func(context.Context) (Open, error)) {
	if m == nil {
		return
	}
	m.Registry.MustRegister(&obligationsCollector{count: count,
		open: prometheus.NewDesc("breach_obligations_open", "Required obligations of running incidents still open, by audience.", []string{"audience"}, nil),
		late: prometheus.NewDesc("breach_obligations_late", "Of those, the ones past their deadline, by audience.", []string{"audience"}, nil),
		up:   prometheus.NewDesc("breach_obligations_scrape_ok", "1 if the running incidents could be read at this scrape.", nil, nil),
	})
}

type obligationsCollector struct {
	count          func(context.Context) (Open, error)
	open, late, up *prometheus.Desc
}

func (c *obligationsCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.open
	ch <- c.late
	ch <- c.up
}

func (c *obligationsCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	o, err := c.count(ctx)
	if err != nil {
		ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 1)
	for _, a := range breach.Audiences { // every one, 0 included, so that a series never vanishes
		ch <- prometheus.MustNewConstMetric(c.open, prometheus.GaugeValue, float64(o.Open[a]), a)
		ch <- prometheus.MustNewConstMetric(c.late, prometheus.GaugeValue, float64(o.Late[a]), a)
	}
}
