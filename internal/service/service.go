// Package service assembles a running worker: configuration, store, mail
// sender, Temporal client and worker, and, in -dev mode, the embedded
// Temporal server and SMTP sink. worker/main.go and the end-to-end tests
// both start the system through it.
package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/operatorservice/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"
	sdklog "go.temporal.io/sdk/log"
	"go.temporal.io/sdk/worker"
	temporallog "go.temporal.io/server/common/log"

	"github.com/breachwf/breach/activities"
	"github.com/breachwf/breach/internal/breach"
	"github.com/breachwf/breach/internal/codec"
	"github.com/breachwf/breach/internal/config"
	"github.com/breachwf/breach/internal/devserver"
	"github.com/breachwf/breach/internal/identity"
	"github.com/breachwf/breach/internal/incidents"
	"github.com/breachwf/breach/internal/mail"
	"github.com/breachwf/breach/internal/metrics"
	"github.com/breachwf/breach/internal/store"
	"github.com/breachwf/breach/workflows"
)

// DefaultTemporalAddress is where -dev listens and where clients dial by default.
const DefaultTemporalAddress = "127.0.0.1:7233"

// Options select how the worker runs.
type Options struct {
	Dev             bool
	DataDir         string
	ConfigPath      string
	TemporalAddress string
	Namespace       string
	// SinkAddress is where the -dev SMTP sink listens (loopback only).
	SinkAddress string
	// SMTP, host:port, sends -dev's mail through that server (mailpit,
	// say) instead of the sink; so does BREACH_SMTP_HOST.
	SMTP string
	// MetricsListen serves /metrics, /healthz and /readyz there ("": none).
	MetricsListen string
	Log           *slog.Logger
}

// Service is a running worker and, in -dev, its embedded infrastructure.
type Service struct {
	Config *config.Config
	// DevKeys are the keys -dev made or found under <data-dir>/keys.
	DevKeys []config.DevKey
	// GatewayKey signs Slack users' decisions (nil without one).
	GatewayKey *identity.Key
	Store      *store.Store
	Temporal   *devserver.Server // nil unless -dev
	Sink       *mail.Sink        // nil unless -dev
	Client     client.Client
	Worker     worker.Worker
	Outbox     string
	Address    string
	// SMTPAddress is the external server -dev sends through ("" = the sink).
	SMTPAddress string
	// Metrics is nil unless MetricsListen was given; MetricsAddress is
	// where they are served.
	Metrics        *metrics.Metrics
	MetricsAddress string
	stopMetrics    func()
	// SlackAddress is where the Slack HTTP endpoints listen, when they do.
	SlackAddress string

	stopSlack     func()
	stopRetention func()
	pool          *mail.Pool
	lock          *dirLock
}

// SearchAttributes are registered on the namespace; none holds personal data.
var SearchAttributes = map[string]enumspb.IndexedValueType{
	workflows.PhaseKey.GetName(): enumspb.INDEXED_VALUE_TYPE_KEYWORD,
}

// Start brings the system up. On error everything already started is stopped.
func Start(ctx context.Context, o Options) (s *Service, err error) {
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.DataDir == "" {
		o.DataDir = ".breach"
	}
	if o.Namespace == "" {
		o.Namespace = "default"
	}
	if abs, err := filepath.Abs(o.DataDir); err == nil {
		o.DataDir = abs // form-file paths in the timeline work from any directory
	}
	s = &Service{}
	defer func() {
		if err != nil {
			s.Stop()
			s = nil
		}
	}()
	if s.Config, err = config.Load(o.ConfigPath); err != nil {
		return s, err
	}
	if err = os.MkdirAll(o.DataDir, 0o700); err != nil {
		return s, fmt.Errorf("data dir: %w", err)
	}
	if s.lock, err = lockDir(o.DataDir); err != nil {
		return s, err
	}
	if err = private(o.DataDir); err != nil {
		return s, fmt.Errorf("data dir: %w", err)
	}
	if o.Dev {
		// Everyone configured without a key gets one, trusted in dev only.
		if s.DevKeys, err = s.Config.TrustDevKeys(o.DataDir, true); err != nil {
			return s, err
		}
	}
	if s.GatewayKey, err = gatewayKey(o, s.Config); err != nil {
		return s, err
	}
	if s.Store, err = store.OpenTarget(ctx, store.Target{
		Driver: s.Config.Store.Driver, Path: s.Config.Store.Path, DSN: s.Config.Store.DSN, DataDir: o.DataDir,
	}); err != nil {
		return s, err
	}

	smtpCfg := mail.Config{
		Host: s.Config.SMTP.Host, Port: s.Config.SMTP.Port, From: s.Config.SMTP.From,
		Username: s.Config.SMTP.Username, Password: s.Config.SMTP.Password, Insecure: s.Config.SMTP.Insecure,
		ReplyTo: s.Config.ReplyToAddress(),
	}
	s.Address = o.TemporalAddress
	if o.Dev {
		if s.Address == "" {
			s.Address = DefaultTemporalAddress
		}
		s.Temporal, err = devserver.StartTemporal(devserver.Options{
			DatabaseFile:     filepath.Join(o.DataDir, "temporal.db"),
			FrontendAddress:  s.Address,
			Namespace:        o.Namespace,
			SearchAttributes: SearchAttributes,
			Logger: temporallog.NewZapLogger(temporallog.BuildZapLogger(temporallog.Config{
				Level: "warn", Format: "json", OutputFile: filepath.Join(o.DataDir, "temporal.log"),
			})),
		})
		if err != nil {
			return s, err
		}
		s.Address = s.Temporal.HostPort()
		external := o.SMTP != "" || os.Getenv("BREACH_SMTP_HOST") != ""
		if external {
			// The configured sender, pointed where -smtp says: no sink.
			if o.SMTP != "" {
				host, port, perr := net.SplitHostPort(o.SMTP)
				p, aerr := strconv.Atoi(port)
				if perr != nil || aerr != nil || host == "" || p <= 0 || p > 65535 {
					return s, fmt.Errorf("-smtp %q: want HOST:PORT, e.g. 127.0.0.1:1025 for mailpit", o.SMTP)
				}
				smtpCfg.Host, smtpCfg.Port = host, p
			}
			if smtpCfg.Password == "" {
				smtpCfg.Username = "" // no AUTH without a password (mailpit takes none)
			}
			s.SMTPAddress = net.JoinHostPort(smtpCfg.Host, strconv.Itoa(smtpCfg.Port))
		}
	}
	if o.Dev && s.SMTPAddress == "" {
		s.Outbox = filepath.Join(o.DataDir, "outbox")
		sinkAddr := o.SinkAddress
		if sinkAddr == "" {
			sinkAddr = "127.0.0.1:0"
		}
		if s.Sink, err = mail.StartSink(sinkAddr, s.Outbox); err != nil {
			return s, err
		}
		host, port, _ := net.SplitHostPort(s.Sink.Addr())
		smtpCfg.Host = host
		smtpCfg.Port, _ = strconv.Atoi(port)
		smtpCfg.Username, smtpCfg.Password = "", ""
		if smtpCfg.From == "" {
			smtpCfg.From = "Breach notifier <breach@localhost>"
		}
	}
	if s.Address == "" {
		s.Address = DefaultTemporalAddress
	}
	sender, err := mail.NewSender(smtpCfg)
	if err != nil {
		return s, fmt.Errorf("smtp: %w", err)
	}

	dc, err := codec.DataConverterFromEnv()
	if err != nil {
		return s, err
	}
	if o.MetricsListen != "" {
		s.Metrics = metrics.New()
	}
	s.Client, err = client.DialContext(ctx, client.Options{
		MetricsHandler:   s.Metrics.SDK(),
		HostPort:         s.Address,
		Namespace:        o.Namespace,
		DataConverter:    dc,
		FailureConverter: codec.FailureConverter(dc),
		Logger:           sdklog.NewStructuredLogger(o.Log),
		Identity:         workerIdentity(s.Store.ID()),
	})
	if err != nil {
		return s, fmt.Errorf("temporal at %s: %w", s.Address, err)
	}
	if err = checkPeers(ctx, s.Client, s.Store.ID(), time.Now()); err != nil {
		return s, err
	}
	if !o.Dev {
		if err = ensureSearchAttributes(ctx, s.Client, o.Namespace); err != nil {
			return s, err
		}
	}

	slack := slackAPI(s.Config.Slack)
	// On a shared (PostgreSQL) store other workers may be polling: the
	// batches of a mass delivery go through the task queue to whichever
	// is free, rather than eagerly to the worker whose workflow task
	// scheduled them (which would keep a whole delivery on one machine).
	s.Worker = worker.New(s.Client, workflows.TaskQueue, worker.Options{DisableEagerActivities: s.Store.Postgres()})
	workflows.Register(s.Worker)
	acts := &activities.Activities{
		Config: s.Config, Store: s.Store, Mailer: sender, DataDir: o.DataDir, Log: o.Log, Metrics: s.Metrics,
	}
	if slack != nil {
		acts.Slack = slack
	}
	s.pool = sender.NewPool(s.Config.Delivery.PoolSize, s.Config.Delivery.Rate)
	acts.Pool = s.pool
	s.Worker.RegisterActivity(acts)
	if err = s.Worker.Start(); err != nil {
		return s, fmt.Errorf("worker: %w", err)
	}
	if o.MetricsListen != "" {
		if err = s.serveMetrics(o.MetricsListen); err != nil {
			return s, err
		}
	}
	s.stopRetention = startRetention(s.Store, s.Config.Retention, o.Log, time.Now, RetentionEvery)
	if slack != nil {
		if err = s.startSlackApp(ctx, slack, o.Log); err != nil {
			return s, err
		}
	} else {
		o.Log.Info("Slack not configured (no SLACK_BOT_TOKEN): reminders and status go to this log; every action works from the starter CLI")
	}
	return s, nil
}

// ensureSearchAttributes registers our search attributes on a cluster that
// does not have them yet.
func ensureSearchAttributes(ctx context.Context, c client.Client, namespace string) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	_, err := c.OperatorService().AddSearchAttributes(ctx, &operatorservice.AddSearchAttributesRequest{
		SearchAttributes: SearchAttributes,
		Namespace:        namespace,
	})
	var exists *serviceerror.AlreadyExists
	if err != nil && !errors.As(err, &exists) {
		return fmt.Errorf("register search attributes: %w", err)
	}
	return nil
}

// Stop stops whatever is running, in reverse order.
func (s *Service) Stop() {
	if s == nil {
		return
	}
	if s.stopSlack != nil {
		s.stopSlack()
	}
	if s.stopRetention != nil {
		s.stopRetention()
	}
	if s.stopMetrics != nil {
		s.stopMetrics()
	}
	s.Metrics.Close()
	if s.Worker != nil {
		s.Worker.Stop()
	}
	if s.Client != nil {
		s.Client.Close()
	}
	if s.pool != nil {
		s.pool.Close()
	}
	if s.Sink != nil {
		_ = s.Sink.Close()
	}
	if s.Temporal != nil {
		_ = s.Temporal.Stop()
	}
	if s.Store != nil {
		_ = s.Store.Close()
	}
	s.lock.release() // last: nothing of ours uses the directory any more
}

// gatewayKey loads the Slack gateway's signing key: the dev key under the
// data dir with -dev, else the file BREACH_SLACK_KEY names, whose public
// key must be the configured slack.gateway_key.
func gatewayKey(o Options, c *config.Config) (*identity.Key, error) {
	if o.Dev {
		k, _, err := identity.DevKey(o.DataDir, identity.GatewayName, false)
		if err != nil {
			return nil, err
		}
		if k.PublicLine() == c.Slack.GatewayKey {
			return k, nil
		}
	}
	path := os.Getenv("BREACH_SLACK_KEY")
	if path == "" {
		return nil, nil
	}
	k, err := identity.ReadKey(path)
	if err != nil {
		return nil, fmt.Errorf("BREACH_SLACK_KEY: %w", err)
	}
	if k.PublicLine() != c.Slack.GatewayKey {
		return nil, fmt.Errorf("BREACH_SLACK_KEY: its public key is not slack.gateway_key in the configuration (%s)", k.PublicLine())
	}
	return k, nil
}

// serveMetrics serves /metrics, /healthz and /readyz on addr. Ready means
// Temporal answers a health check and the worker has started.
func (s *Service) serveMetrics(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("-metrics-listen: %w", err)
	}
	ready := func(ctx context.Context) error {
		if s.Client == nil || s.Worker == nil {
			return errors.New("starting")
		}
		if _, err := s.Client.CheckHealth(ctx, &client.CheckHealthRequest{}); err != nil {
			return fmt.Errorf("temporal: %w", err)
		}
		return nil
	}
	s.Metrics.WatchObligations(s.openObligations)
	srv := &http.Server{Handler: metrics.Handler(s.Metrics, ready), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	s.MetricsAddress = ln.Addr().String()
	s.stopMetrics = func() { _ = srv.Close() }
	return nil
}

// openObligations counts the open and late required obligations of the
// running incidents (at most the first 500), by audience.
func (s *Service) openObligations(ctx context.Context) (metrics.Open, error) {
	o := metrics.Open{Open: map[string]int{}, Late: map[string]int{}}
	if s.Client == nil {
		return o, errors.New("starting")
	}
	c := incidents.Client{Temporal: s.Client}
	list, err := c.List(ctx)
	if err != nil {
		return o, err
	}
	n := 0
	for _, inc := range list {
		if !inc.Running {
			continue
		}
		if n++; n > 500 {
			break
		}
		st, err := c.Status(ctx, inc.ID)
		if err != nil {
			return o, err
		}
		for _, ob := range st.Obligations {
			if ob.Required && ob.Status == breach.ObligationOpen {
				o.Open[ob.Audience]++
				if ob.Late {
					o.Late[ob.Audience]++
				}
			}
		}
	}
	return o, nil
}
