// Command worker runs the breach-notification workflows. With -dev it also
// runs, in the same process, an embedded Temporal server (SQLite under the
// data dir) and an SMTP sink that writes every message to <data-dir>/outbox.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/breachwf/breach/internal/service"
)

func main() {
	var o service.Options
	flag.BoolVar(&o.Dev, "dev", false, "run an embedded Temporal server and SMTP sink (nothing else needed)")
	flag.StringVar(&o.DataDir, "data-dir", ".breach", "where -dev keeps Temporal's database, the store and the outbox")
	flag.StringVar(&o.ConfigPath, "config", "", "configuration file (default: the built-in config.example.yaml)")
	flag.StringVar(&o.TemporalAddress, "temporal-address", os.Getenv("TEMPORAL_ADDRESS"), "Temporal frontend host:port (-dev listens there; default 127.0.0.1:7233)")
	flag.StringVar(&o.Namespace, "namespace", envOr("TEMPORAL_NAMESPACE", "default"), "Temporal namespace")
	flag.StringVar(&o.SinkAddress, "smtp-listen", "127.0.0.1:0", "-dev SMTP sink address (loopback)")
	flag.Parse()

	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	o.Log = log
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	s, err := service.Start(ctx, o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		os.Exit(1)
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
		fmt.Fprintf(os.Stderr, "  Temporal   %s (namespace %s, data in %s)\n  SMTP sink  %s -> %s\n  Ready: in another terminal, go run ./starter declare --title \"ERP export bucket exposed\"\n",
			s.Address, o.Namespace, o.DataDir, s.Sink.Addr(), s.Outbox)
	} else {
		fmt.Fprintf(os.Stderr, "breach worker connected to %s (namespace %s)\n", s.Address, o.Namespace)
	}
	<-ctx.Done()
	fmt.Fprintln(os.Stderr, "worker: stopping")
	s.Stop()
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
