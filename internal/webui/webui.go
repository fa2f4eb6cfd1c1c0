// Package webui serves the Temporal Web UI beside `worker -dev`, as the
// Temporal CLI's `server start-dev` does: Temporal's own ui-server, on
// loopback, pointed at the embedded server and at the worker's codec
// server, so that an operator who holds the codec token (the payload key's
// guard) sees the incidents' payloads decoded, and anybody else sees them
// sealed.
package webui

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"time"

	uiserver "github.com/temporalio/ui-server/v2/server"
	uiconfig "github.com/temporalio/ui-server/v2/server/config"
	"github.com/temporalio/ui-server/v2/server/server_options"
)

// Options configure the UI.
type Options struct {
	// Listen is host:port; the host must be a loopback address (the UI
	// has no login of its own here: see docs/SECURITY.md).
	Listen string
	// TemporalAddress is the frontend's gRPC host:port.
	TemporalAddress string
	Namespace       string
	// CodecEndpoint is the codec server's URL ("" for none); the browser
	// sends it its cookies (the codec login cookie).
	CodecEndpoint string
}

// UI is a running Web UI.
type UI struct {
	srv  *uiserver.Server
	done chan struct{}
	URL  string
}

// Start serves the UI and returns once it answers.
func Start(o Options) (*UI, error) {
	host, portStr, err := net.SplitHostPort(o.Listen)
	if err != nil {
		return nil, fmt.Errorf("ui: %q: %w", o.Listen, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port <= 0 {
		return nil, fmt.Errorf("ui: %q: the UI needs a fixed port", o.Listen)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("ui: %s is not a loopback address: the embedded UI has no login (use temporal-ui with OIDC beyond loopback)", host)
	}
	// ui-server exits the process when it cannot listen: find out first.
	ln, err := net.Listen("tcp", o.Listen)
	if err != nil {
		return nil, fmt.Errorf("ui: %w (another Temporal UI or dev server? -ui-listen off disables ours)", err)
	}
	ln.Close()
	cfg := &uiconfig.Config{
		TemporalGRPCAddress: o.TemporalAddress,
		Host:                host,
		Port:                port,
		EnableUI:            true,
		DefaultNamespace:    o.Namespace,
		HideLogs:            true,
		DisableNewsFetch:    true,
		CORS:                uiconfig.CORS{CookieInsecure: true}, // plain HTTP on loopback
		Codec: uiconfig.Codec{
			Endpoint:           o.CodecEndpoint,
			IncludeCredentials: o.CodecEndpoint != "",
		},
	}
	u := &UI{
		srv:  uiserver.NewServer(server_options.WithConfigProvider(cfg)),
		done: make(chan struct{}),
		URL:  "http://" + net.JoinHostPort(host, portStr),
	}
	go func() {
		defer close(u.done)
		_ = u.srv.Start()
	}()
	c := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := c.Get(u.URL + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return u, nil
			}
		}
		if time.Now().After(deadline) {
			u.Stop()
			return nil, errors.New("ui: not answering on " + u.URL)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Stop closes the UI.
func (u *UI) Stop() {
	if u == nil {
		return
	}
	u.srv.Stop()
	<-u.done
}
