// Command worker runs the breach-notification workflows. With -dev it also
// runs, in the same process, an embedded Temporal server (SQLite under the
// data dir) and an SMTP sink that writes every message to <data-dir>/outbox.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/breachwf/breach/internal/codec"
	"github.com/breachwf/breach/internal/service"
	"github.com/breachwf/breach/internal/webui"
)

func main() {
	var o service.Options
	flag.BoolVar(&o.Dev, "dev", false, "run an embedded Temporal server and SMTP sink (nothing else needed)")
	flag.StringVar(&o.DataDir, "data-dir", ".breach", "where -dev keeps Temporal's database, the store and the outbox")
	flag.StringVar(&o.ConfigPath, "config", os.Getenv("BREACH_CONFIG"), "configuration file (default: $BREACH_CONFIG, or the built-in config.example.yaml)")
	flag.StringVar(&o.TemporalAddress, "temporal-address", os.Getenv("TEMPORAL_ADDRESS"), "Temporal frontend host:port (-dev listens there; default 127.0.0.1:7233)")
	flag.StringVar(&o.Namespace, "namespace", envOr("TEMPORAL_NAMESPACE", "default"), "Temporal namespace")
	flag.StringVar(&o.SinkAddress, "smtp-listen", "127.0.0.1:0", "-dev SMTP sink address (loopback)")
	flag.StringVar(&o.SMTP, "smtp", "", "-dev: send through this SMTP server (HOST:PORT, e.g. mailpit's 127.0.0.1:1025) instead of the sink; BREACH_SMTP_HOST/PORT do the same")
	codecListen := flag.String("codec-listen", "", "serve Temporal's remote codec (POST /encode, /decode) here for the UI and CLI (-dev: 127.0.0.1:8234; \"off\" to disable)")
	codecOrigins := flag.String("codec-origin", "http://127.0.0.1:8233,http://localhost:8233", "Temporal UI origins allowed to call the codec server (CORS), comma-separated; the first is where its login sends the browser")
	uiListen := flag.String("ui-listen", "", "-dev: serve the Temporal Web UI here (loopback; default 127.0.0.1:8233; \"off\" to disable)")
	flag.StringVar(&o.MetricsListen, "metrics-listen", "", "serve Prometheus /metrics (SDK and breach metrics), /healthz and /readyz here, e.g. 127.0.0.1:9090")
	logFormat := flag.String("log-format", "text", "log lines as text or json (slog)")
	flag.Parse()
	if *logFormat != "text" && *logFormat != "json" {
		fmt.Fprintf(os.Stderr, "worker: -log-format %q is not text or json\n", *logFormat)
		os.Exit(2)
	}
	if *codecListen == "" && o.Dev {
		*codecListen = "127.0.0.1:8234"
	}
	if *uiListen == "" && o.Dev {
		*uiListen = "127.0.0.1:8233"
	}
	keyNote := ""
	if o.Dev && os.Getenv(codec.EnvKey) == "" {
		// -dev seals its payloads too, with a key kept in the data dir.
		key, created, err := codec.DevFile(o.DataDir, "payload.key")
		if err != nil {
			fmt.Fprintln(os.Stderr, "worker: payload key:", err)
			os.Exit(1)
		}
		os.Setenv(codec.EnvKey, key)
		keyNote = filepath.Join(o.DataDir, "payload.key")
		if created {
			keyNote += " (new)"
		}
	}

	logOpts := &slog.HandlerOptions{Level: slog.LevelInfo}
	var handler slog.Handler = slog.NewTextHandler(os.Stderr, logOpts)
	if *logFormat == "json" {
		handler = slog.NewJSONHandler(os.Stderr, logOpts)
	}
	log := slog.New(handler)
	o.Log = log
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	s, err := service.Start(ctx, o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		os.Exit(1)
	}
	codecNote, codecURL, err := serveCodec(ctx, *codecListen, *codecOrigins, o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "worker: codec server:", err)
		s.Stop()
		os.Exit(1)
	}
	var ui *webui.UI
	if o.Dev && *uiListen != "off" {
		ui, err = webui.Start(webui.Options{Listen: *uiListen, TemporalAddress: s.Address, Namespace: o.Namespace, CodecEndpoint: codecURL})
		if err != nil {
			fmt.Fprintln(os.Stderr, "worker:", err)
			s.Stop()
			os.Exit(1)
		}
	}
	if o.Dev {
		fmt.Fprintf(os.Stderr, "breach worker (dev)\n  Keys (trusted in dev mode only; sign with starter --key FILE or BREACH_KEY):\n")
		for _, k := range s.DevKeys {
			made := ""
			if k.Created {
				made = " (new)"
			}
			fmt.Fprintf(os.Stderr, "    %-16s %s%s\n", k.Name, k.Path, made)
		}
		fmt.Fprintf(os.Stderr, "  Temporal   %s (namespace %s, data in %s)\n", s.Address, o.Namespace, o.DataDir)
		fmt.Fprintf(os.Stderr, "  Store      %s\n", s.Store.Where())
		if s.Sink != nil {
			fmt.Fprintf(os.Stderr, "  SMTP sink  %s -> %s\n", s.Sink.Addr(), s.Outbox)
		} else {
			fmt.Fprintf(os.Stderr, "  SMTP       %s (the notices go there: no sink, no outbox)\n", s.SMTPAddress)
		}
		if s.Temporal != nil {
			fmt.Fprintf(os.Stderr, "  Server metrics http://%s/metrics (the embedded Temporal server's)\n", s.Temporal.MetricsAddress())
		}
		if s.MetricsAddress != "" {
			fmt.Fprintf(os.Stderr, "  Metrics    http://%s/metrics, /healthz, /readyz\n", s.MetricsAddress)
		}
		if keyNote != "" {
			fmt.Fprintf(os.Stderr, "  Payloads   sealed with the key in %s (starter finds it there)\n", keyNote)
		}
		if codecNote != "" {
			fmt.Fprintf(os.Stderr, "  Codec      %s\n", codecNote)
		}
		if ui != nil {
			fmt.Fprintf(os.Stderr, "  Web UI     %s (payloads sealed)\n", ui.URL)
			if codecURL != "" {
				fmt.Fprintf(os.Stderr, "             decoded: open \"%s/ui-login?token=$(cat %s)\"\n", codecURL, filepath.Join(o.DataDir, "codec.token"))
			}
		}
		fmt.Fprintf(os.Stderr, "  Ready: in another terminal, go run ./starter declare --title \"ERP export bucket exposed\"\n")
	} else {
		if *logFormat == "json" {
			log.Info("breach worker connected", "temporal", s.Address, "namespace", o.Namespace, "store", s.Store.Where(), "metrics", s.MetricsAddress)
		} else {
			fmt.Fprintf(os.Stderr, "breach worker connected to %s (namespace %s), store %s\n", s.Address, o.Namespace, s.Store.Where())
		}
	}
	<-ctx.Done()
	fmt.Fprintln(os.Stderr, "worker: stopping")
	ui.Stop()
	s.Stop()
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// serveCodec starts the codec server on addr ("" or "off": none) and says
// where it is and where its token is. It needs the payload key; its token
// comes from BREACH_CODEC_TOKEN, or in -dev from the data dir.
func serveCodec(ctx context.Context, addr, origins string, o service.Options) (note, endpoint string, err error) {
	if addr == "" || addr == "off" {
		return "", "", nil
	}
	c, err := codec.FromEnv()
	if err != nil {
		return "", "", err
	}
	if c == nil {
		return "", "", errors.New("it needs the payload key: set " + codec.EnvKey)
	}
	token, where := os.Getenv(codec.EnvToken), "$"+codec.EnvToken
	if token == "" && o.Dev {
		if token, _, err = codec.DevFile(o.DataDir, "codec.token"); err != nil {
			return "", "", err
		}
		where = filepath.Join(o.DataDir, "codec.token")
	}
	if token == "" {
		return "", "", errors.New("set " + codec.EnvToken + ": every request needs it as a bearer token")
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", "", err
	}
	srv := &http.Server{Handler: codec.Handler(c, token, strings.Split(origins, ",")), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	endpoint = "http://" + ln.Addr().String()
	return fmt.Sprintf("%s (bearer token in %s): temporal workflow show --codec-endpoint %s --codec-auth \"Bearer $(cat %s)\"", endpoint, where, endpoint, where), endpoint, nil
}
