// Package devserver runs a real Temporal server inside the current process,
// backed by SQLite, for `worker -dev` and for end-to-end tests. It is never
// used on a production path: production talks to a Temporal cluster.
package devserver

import (
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/server/common/cluster"
	"go.temporal.io/server/common/config"
	"go.temporal.io/server/common/dynamicconfig"
	"go.temporal.io/server/common/log"
	"go.temporal.io/server/common/metrics"
	sqliteplugin "go.temporal.io/server/common/persistence/sql/sqlplugin/sqlite"
	"go.temporal.io/server/schema/sqlite"
	"go.temporal.io/server/temporal"
)

// Options configure an embedded Temporal server.
type Options struct {
	// DatabaseFile is the SQLite file that holds workflows and timers, so that
	// they survive a restart. Empty means in-memory (tests).
	DatabaseFile string
	// FrontendAddress is host:port for the frontend; "127.0.0.1:0" or empty
	// picks a free loopback port.
	FrontendAddress string
	// Namespace is registered on start ("default" when empty).
	Namespace string
	// SearchAttributes are registered on the namespace.
	SearchAttributes map[string]enumspb.IndexedValueType
	// Logger receives the server's logs; nil discards them.
	Logger log.Logger
}

// Server is a running embedded Temporal server.
type Server struct {
	srv         temporal.Server
	hostPort    string
	namespace   string
	metricsAddr string
}

// MetricsAddress is where the server's own Prometheus metrics are served
// (http://ADDR/metrics): a free port chosen at each start, printed by -dev.
func (s *Server) MetricsAddress() string { return s.metricsAddr }

// HostPort is the frontend address clients dial.
func (s *Server) HostPort() string { return s.hostPort }

// Namespace is the namespace registered on start.
func (s *Server) Namespace() string { return s.namespace }

// Stop shuts the server down.
func (s *Server) Stop() error { return s.srv.Stop() }

// StartTemporal starts an embedded Temporal server and returns once its
// frontend accepts connections.
func StartTemporal(opts Options) (*Server, error) {
	if opts.Namespace == "" {
		opts.Namespace = "default"
	}
	if opts.Logger == nil {
		opts.Logger = log.NewNoopLogger()
	}
	host, port, err := splitAddress(opts.FrontendAddress)
	if err != nil {
		return nil, err
	}
	if port == 0 {
		if port, err = freePort(host); err != nil {
			return nil, err
		}
	} else if err := portFree(host, port); err != nil {
		return nil, fmt.Errorf("temporal frontend %s:%d: %w (is another worker -dev running? use -temporal-address)", host, port, err)
	}

	sqlCfg := config.SQL{
		PluginName:        sqliteplugin.PluginName,
		ConnectAttributes: map[string]string{},
		DatabaseName:      opts.DatabaseFile,
	}
	if opts.DatabaseFile == "" {
		sqlCfg.ConnectAttributes["mode"] = "memory"
		sqlCfg.ConnectAttributes["cache"] = "shared"
		sqlCfg.DatabaseName = fmt.Sprintf("breach-%d-%d", os.Getpid(), time.Now().UnixNano())
	} else {
		sqlCfg.ConnectAttributes["mode"] = "rwc"
		sqlCfg.ConnectAttributes["_journal_mode"] = "wal"
		if err := os.MkdirAll(filepath.Dir(opts.DatabaseFile), 0o700); err != nil {
			return nil, fmt.Errorf("temporal database directory: %w", err)
		}
		if _, err := os.Stat(opts.DatabaseFile); os.IsNotExist(err) {
			if err := sqlite.SetupSchema(&sqlCfg); err != nil {
				return nil, fmt.Errorf("temporal schema in %s: %w", opts.DatabaseFile, err)
			}
		}
	}

	ns, err := sqlite.NewNamespaceConfig("active", opts.Namespace, false, opts.SearchAttributes)
	if err != nil {
		return nil, fmt.Errorf("namespace %s: %w", opts.Namespace, err)
	}
	if err := sqlite.CreateNamespaces(&sqlCfg, ns); err != nil {
		return nil, fmt.Errorf("namespace %s: %w", opts.Namespace, err)
	}

	ports, err := servicePorts(host, opts.DatabaseFile)
	if err != nil {
		return nil, err
	}
	cfg, err := serverConfig(host, port, ports, sqlCfg)
	if err != nil {
		return nil, err
	}
	dc := dynamicconfig.StaticClient{
		dynamicconfig.ForceSearchAttributesCacheRefreshOnRead.Key(): []dynamicconfig.ConstrainedValue{{Value: true}},
	}
	srv, err := temporal.NewServer(
		temporal.WithConfig(cfg),
		temporal.ForServices(temporal.DefaultServices),
		temporal.WithLogger(opts.Logger),
		temporal.WithDynamicConfigClient(dc),
	)
	if err != nil {
		return nil, fmt.Errorf("temporal server: %w", err)
	}
	if err := srv.Start(); err != nil {
		return nil, fmt.Errorf("temporal server start: %w", err)
	}
	s := &Server{srv: srv, hostPort: net.JoinHostPort(host, strconv.Itoa(port)), namespace: opts.Namespace,
		metricsAddr: cfg.Global.Metrics.Prometheus.ListenAddress}
	if err := waitListening(s.hostPort, 30*time.Second); err != nil {
		_ = srv.Stop()
		return nil, err
	}
	return s, nil
}

// servicePorts returns the ports of the internal services (membership,
// history, matching, worker). A server with a database file
// keeps them in <file>.ports so that a restart comes back on the same
// addresses: the membership ring recorded in the database then points at
// live hosts at once, instead of at dead ones until their records expire
// (which left a restarted server unable to serve for about a minute).
func servicePorts(host, dbFile string) ([]int, error) {
	const n = 7
	path := dbFile + ".ports"
	if dbFile != "" {
		if data, err := os.ReadFile(path); err == nil {
			var saved []int
			if json.Unmarshal(data, &saved) == nil && len(saved) == n && allFree(host, saved) {
				return saved, nil
			}
		}
	}
	ports := make([]int, 0, n)
	for len(ports) < n {
		p, err := freePort(host)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(ports, p) {
			ports = append(ports, p)
		}
	}
	if dbFile != "" {
		data, _ := json.Marshal(ports)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			return nil, fmt.Errorf("temporal ports file: %w", err)
		}
	}
	return ports, nil
}

func allFree(host string, ports []int) bool {
	for _, p := range ports {
		if portFree(host, p) != nil {
			return false
		}
	}
	return true
}

func serverConfig(host string, frontendPort int, ports []int, sqlCfg config.SQL) (*config.Config, error) {
	metricsPort, err := freePort(host)
	if err != nil {
		return nil, err
	}
	service := func(grpc, membership int) config.Service {
		return config.Service{RPC: config.RPC{GRPCPort: grpc, MembershipPort: membership, BindOnIP: host}}
	}
	hostPort := net.JoinHostPort(host, strconv.Itoa(frontendPort))
	return &config.Config{
		Global: config.Global{
			Membership: config.Membership{MaxJoinDuration: 30 * time.Second, BroadcastAddress: host},
			// The metrics listener outlives Stop within a process, so its port
			// is chosen afresh on every start.
			Metrics: &metrics.Config{Prometheus: &metrics.PrometheusConfig{
				ListenAddress: net.JoinHostPort(host, strconv.Itoa(metricsPort)),
				HandlerPath:   "/metrics",
			}},
		},
		Persistence: config.Persistence{
			DefaultStore:     sqliteplugin.PluginName,
			VisibilityStore:  sqliteplugin.PluginName,
			NumHistoryShards: 1,
			DataStores:       map[string]config.DataStore{sqliteplugin.PluginName: {SQL: &sqlCfg}},
		},
		ClusterMetadata: &cluster.Config{
			EnableGlobalNamespace:    false,
			FailoverVersionIncrement: 10,
			MasterClusterName:        "active",
			CurrentClusterName:       "active",
			ClusterInformation: map[string]cluster.ClusterInformation{
				"active": {Enabled: true, InitialFailoverVersion: 1, RPCAddress: hostPort},
			},
		},
		DCRedirectionPolicy: config.DCRedirectionPolicy{Policy: "noop"},
		Services: map[string]config.Service{
			"frontend": service(frontendPort, ports[0]),
			"history":  service(ports[1], ports[2]),
			"matching": service(ports[3], ports[4]),
			"worker":   service(ports[5], ports[6]),
		},
		Archival: config.Archival{
			History:    config.HistoryArchival{State: "disabled"},
			Visibility: config.VisibilityArchival{State: "disabled"},
		},
		PublicClient: config.PublicClient{HostPort: hostPort},
		NamespaceDefaults: config.NamespaceDefaults{Archival: config.ArchivalNamespaceDefaults{
			History:    config.HistoryArchivalNamespaceDefaults{State: "disabled"},
			Visibility: config.VisibilityArchivalNamespaceDefaults{State: "disabled"},
		}},
	}, nil
}

func splitAddress(addr string) (string, int, error) {
	if addr == "" {
		return "127.0.0.1", 0, nil
	}
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("temporal address %q: %w", addr, err)
	}
	if host == "" || host == "localhost" {
		host = "127.0.0.1"
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 0 || port > 65535 {
		return "", 0, fmt.Errorf("temporal address %q: bad port", addr)
	}
	return host, port, nil
}

func freePort(host string) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, fmt.Errorf("free port on %s: %w", host, err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func portFree(host string, port int) error {
	l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return err
	}
	return l.Close()
}

func waitListening(hostPort string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		c, err := net.DialTimeout("tcp", hostPort, time.Second)
		if err == nil {
			return c.Close()
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("temporal frontend %s did not start within %s: %w", hostPort, timeout, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
