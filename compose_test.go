package breach_test

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/dotenv"
	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/template"
	"github.com/compose-spec/compose-go/v2/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	temporalconfig "go.temporal.io/server/common/config"
	"go.temporal.io/server/common/dynamicconfig"
	"gopkg.in/yaml.v3"

	"github.com/breachwf/breach/internal/config"
)

// package breach_test: internal/config, whose loader this test uses,
// imports the module root (config.example.yaml), so an internal test of
// package breach would be an import cycle.
//
// No Docker engine runs where the tests run, so docker-compose.yml is
// checked here: loaded by compose-go (the library `docker compose` is built
// on) with the Compose spec's JSON schema, and then against this project:
// the worker's environment and flags against the code that reads them, the
// images against go.mod, the start order, ports, mounts and secrets.

const (
	composeFile = "docker-compose.yml"
	envExample  = "deploy/breach.env.example"
)

// loadCompose loads a compose document as `docker compose --env-file
// deploy/breach.env.example config` would: interpolated, schema-validated.
func loadCompose(t *testing.T, content []byte, env map[string]string) (*types.Project, error) {
	t.Helper()
	wd, err := os.Getwd()
	require.NoError(t, err)
	return loader.LoadWithContext(context.Background(), types.ConfigDetails{
		WorkingDir:  wd,
		ConfigFiles: []types.ConfigFile{{Filename: filepath.Join(wd, composeFile), Content: content}},
		Environment: env,
	}, func(o *loader.Options) {
		o.SetProjectName("breach", true)
		o.SkipValidation = false // the default; said here because it is the point
	})
}

func exampleEnv(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(envExample)
	require.NoError(t, err)
	defer f.Close()
	env, err := dotenv.Parse(f)
	require.NoError(t, err)
	return env
}

func TestComposeLoads(t *testing.T) {
	data, err := os.ReadFile(composeFile)
	require.NoError(t, err)
	_, err = loadCompose(t, data, exampleEnv(t))
	require.NoError(t, err)
}

// The schema check bites: what docker compose would refuse, the loader
// refuses here too.
func TestComposeValidationRejects(t *testing.T) {
	data, err := os.ReadFile(composeFile)
	require.NoError(t, err)
	env := exampleEnv(t)
	src := string(data)
	for name, c := range map[string]struct{ old, new string }{
		"unknown key":   {"    build: .\n", "    build: .\n    restart_policy: always\n"},
		"wrong type":    {"      retries: 30\n", "      retries: [30]\n"},
		"bad condition": {"        condition: service_started\n", "        condition: service_finished\n"},
	} {
		t.Run(name, func(t *testing.T) {
			require.Equal(t, 1, strings.Count(src, c.old), "the mutation's anchor must occur once")
			_, err := loadCompose(t, []byte(strings.Replace(src, c.old, c.new, 1)), env)
			if assert.Error(t, err) {
				t.Log(err)
			}
		})
	}
	// A required secret missing from the env file stops the load, naming it.
	delete(env, "BREACH_PAYLOAD_KEY")
	_, err = loadCompose(t, data, env)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "BREACH_PAYLOAD_KEY")
}

func TestComposeProject(t *testing.T) {
	data, err := os.ReadFile(composeFile)
	require.NoError(t, err)
	env := exampleEnv(t)
	p, err := loadCompose(t, data, env)
	require.NoError(t, err)

	for _, name := range []string{"postgresql", "temporal-schema", "temporal", "temporal-namespace", "temporal-ui", "mailpit", "worker"} {
		require.Contains(t, p.Services, name)
	}
	wd, err := os.Getwd()
	require.NoError(t, err)

	// Loopback only; mounts exist; named volumes are declared.
	for name, s := range p.Services {
		assert.True(t, s.Image != "" || s.Build != nil, "%s has neither image nor build", name)
		for _, port := range s.Ports {
			assert.Equal(t, "127.0.0.1", port.HostIP, "%s publishes %d beyond loopback", name, port.Target)
		}
		for _, v := range s.Volumes {
			switch v.Type {
			case types.VolumeTypeBind:
				rel, err := filepath.Rel(wd, v.Source)
				require.NoError(t, err)
				assert.False(t, strings.HasPrefix(rel, ".."), "%s mounts %s, outside the repository", name, v.Source)
				_, err = os.Stat(v.Source)
				assert.NoError(t, err, "%s mounts %s", name, rel)
			case types.VolumeTypeVolume:
				assert.Contains(t, p.Volumes, v.Source, "%s uses undeclared volume %s", name, v.Source)
			}
		}
	}

	// Images: Temporal's match the server embedded in -dev (go.mod), the
	// UI the ui-server -dev embeds.
	mod, err := os.ReadFile("go.mod")
	require.NoError(t, err)
	serverVersion := modVersion(t, mod, "go.temporal.io/server")
	uiVersion := modVersion(t, mod, "github.com/temporalio/ui-server/v2")
	assert.Equal(t, "temporalio/server:"+serverVersion, p.Services["temporal"].Image)
	assert.Equal(t, "temporalio/admin-tools:"+serverVersion, p.Services["temporal-schema"].Image)
	assert.Equal(t, "temporalio/admin-tools:"+serverVersion, p.Services["temporal-namespace"].Image)
	assert.Equal(t, "temporalio/ui:"+uiVersion, p.Services["temporal-ui"].Image)
	assert.Equal(t, "postgres:16", p.Services["postgresql"].Image)
	assert.Regexp(t, `^axllent/mailpit:v1\.\d+(\.\d+)?$`, p.Services["mailpit"].Image)

	// Start order.
	dep := func(svc, on, cond string) {
		t.Helper()
		d, ok := p.Services[svc].DependsOn[on]
		if assert.True(t, ok, "%s does not depend on %s", svc, on) {
			assert.Equal(t, cond, d.Condition, "%s on %s", svc, on)
		}
	}
	dep("temporal-schema", "postgresql", types.ServiceConditionHealthy)
	dep("temporal", "postgresql", types.ServiceConditionHealthy)
	dep("temporal", "temporal-schema", types.ServiceConditionCompletedSuccessfully)
	dep("temporal-namespace", "temporal", types.ServiceConditionHealthy)
	dep("worker", "temporal", types.ServiceConditionHealthy)
	dep("worker", "postgresql", types.ServiceConditionHealthy)
	dep("worker", "temporal-namespace", types.ServiceConditionCompletedSuccessfully)
	dep("worker", "mailpit", types.ServiceConditionStarted)
	for _, name := range []string{"postgresql", "temporal"} {
		hc := p.Services[name].HealthCheck
		if assert.NotNil(t, hc, "%s has no healthcheck (others wait for it)", name) {
			assert.NotEmpty(t, hc.Test, name)
		}
	}
	assert.Contains(t, strings.Join(p.Services["postgresql"].HealthCheck.Test, " "), "pg_isready")
	for _, job := range []string{"temporal-schema", "temporal-namespace"} {
		assert.Equal(t, "no", p.Services[job].Restart, "%s is a one-shot job", job)
	}
	schemaJob := strings.Join(p.Services["temporal-schema"].Command, " ")
	for _, db := range []string{"temporal", "visibility"} {
		assert.Contains(t, schemaJob, "update-schema -d /etc/temporal/schema/postgresql/v12/"+db+"/versioned")
	}
	assert.Equal(t, "postgres12", envOf(t, p, "temporal-schema", "SQL_PLUGIN"))
	assert.Equal(t, "postgresql", envOf(t, p, "temporal-schema", "SQL_HOST"))
	assert.Contains(t, strings.Join(p.Services["temporal-namespace"].Command, " "), "namespace create --namespace default")

	// The worker: every variable it is given is one the code reads.
	w := p.Services["worker"]
	read := envRead(t, "internal/config", "internal/codec", "internal/service", "worker", "starter")
	for _, must := range []string{config.EnvStoreDSN, config.EnvPayloadKey, config.EnvSMTPPassword, "TEMPORAL_ADDRESS", "BREACH_SMTP_HOST"} {
		require.Contains(t, read, must, "the source scan missed %s: fix envRead", must)
	}
	for k := range w.Environment {
		assert.Contains(t, read, k, "the worker is given %s, which no code reads", k)
	}
	assert.Equal(t, "mailpit", envOf(t, p, "worker", "BREACH_SMTP_HOST"))
	assert.Equal(t, "true", envOf(t, p, "worker", "BREACH_SMTP_INSECURE"))
	assert.Equal(t, env["BREACH_PAYLOAD_KEY"], envOf(t, p, "worker", config.EnvPayloadKey))

	// Its flags are the worker's.
	flags := workerFlags(t)
	require.Contains(t, flags, "codec-listen", "the flag scan missed -codec-listen: fix workerFlags")
	args := map[string]string{}
	for i := 0; i < len(w.Command); i++ {
		a := w.Command[i]
		require.True(t, strings.HasPrefix(a, "-"), "worker argument %q is not a flag", a)
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		require.Contains(t, flags, name, "worker has no flag -%s", name)
		if !hasVal && flags[name] != "BoolVar" && flags[name] != "Bool" {
			require.Less(t, i+1, len(w.Command), "-%s without a value", name)
			i++
			val = w.Command[i]
		}
		args[name] = val
	}
	assert.Equal(t, "/data", args["data-dir"])

	// TEMPORAL_ADDRESS names the temporal service and its frontend port,
	// for the worker, the UI and the namespace job.
	for _, svc := range []string{"worker", "temporal-ui", "temporal-namespace"} {
		host, port := splitHostPort(t, envOf(t, p, svc, "TEMPORAL_ADDRESS"))
		assert.Equal(t, "temporal", host, svc)
		assert.Equal(t, "7233", port, svc)
	}
	assert.True(t, publishes(p.Services["temporal"], 7233), "temporal does not publish 7233")

	// The store: the DSN's host is the postgres service, its database the
	// one the init script makes, and the config file says postgres.
	dsn, err := url.Parse(envOf(t, p, "worker", config.EnvStoreDSN))
	require.NoError(t, err)
	assert.Equal(t, "postgres", dsn.Scheme)
	assert.Equal(t, "postgresql", dsn.Hostname())
	assert.Equal(t, "5432", dsn.Port())
	assert.Equal(t, "/breach", dsn.Path)
	assert.Equal(t, "breach", dsn.User.Username())
	pw, _ := dsn.User.Password()
	assert.Equal(t, env["BREACH_DB_PASSWORD"], pw)
	initSQL, err := os.ReadFile("deploy/postgres-init/10-breach-db.sh")
	require.NoError(t, err)
	assert.Contains(t, string(initSQL), "CREATE DATABASE breach OWNER breach")
	assert.Contains(t, string(initSQL), "BREACH_DB_PASSWORD")
	assert.Equal(t, env["BREACH_DB_PASSWORD"], envOf(t, p, "postgresql", "BREACH_DB_PASSWORD"))
	assert.True(t, mounts(p.Services["postgresql"], filepath.Join(wd, "deploy/postgres-init"), "/docker-entrypoint-initdb.d"))

	require.True(t, mounts(w, filepath.Join(wd, "deploy/config.yaml"), args["config"]), "-config %s is not deploy/config.yaml", args["config"])
	t.Setenv(config.EnvStoreDSN, envOf(t, p, "worker", config.EnvStoreDSN))
	t.Setenv("SLACK_BOT_TOKEN", "")
	c, err := config.Load("deploy/config.yaml")
	require.NoError(t, err)
	assert.Equal(t, "postgres", c.Store.Driver)
	assert.Equal(t, args["config"], envOf(t, p, "worker", "BREACH_CONFIG"), "the starter in the worker's container reads the worker's configuration")
	// deploy/config.yaml is the example with another store: the two do not
	// drift apart.
	example, err := config.Load("config.example.yaml")
	require.NoError(t, err)
	example.Store = c.Store
	assert.Equal(t, example, c, "deploy/config.yaml differs from config.example.yaml beyond store:")

	// The codec: the UI's endpoint is the worker's -codec-listen port, as
	// published on loopback, and the worker lets the UI's origin call it.
	_, codecPort := splitHostPort(t, args["codec-listen"])
	codecURL, err := url.Parse(envOf(t, p, "temporal-ui", "TEMPORAL_CODEC_ENDPOINT"))
	require.NoError(t, err)
	assert.Equal(t, "127.0.0.1", codecURL.Hostname())
	port, err := strconv.Atoi(codecPort)
	require.NoError(t, err)
	assert.Equal(t, codecURL.Port(), publishedPort(t, w, uint32(port)), "the codec's port is not published where the UI's endpoint says")
	assert.Equal(t, "true", envOf(t, p, "temporal-ui", "TEMPORAL_CODEC_INCLUDE_CREDENTIALS"), "the UI must send the /ui-login cookie")
	uiPort := publishedPort(t, p.Services["temporal-ui"], 8080)
	uiOrigin := "http://127.0.0.1:" + uiPort
	origins := strings.Split(args["codec-origin"], ",")
	assert.Equal(t, uiOrigin, origins[0], "-codec-origin's first origin is where /ui-login sends the browser")
	assert.Contains(t, origins, "http://localhost:"+uiPort)
	assert.Contains(t, strings.Split(envOf(t, p, "temporal-ui", "TEMPORAL_CORS_ORIGINS"), ","), uiOrigin)
	assert.NotEmpty(t, envOf(t, p, "worker", "BREACH_CODEC_TOKEN"), "-codec-listen needs BREACH_CODEC_TOKEN")
	_, metricsPort := splitHostPort(t, args["metrics-listen"])
	mp, err := strconv.Atoi(metricsPort)
	require.NoError(t, err)
	assert.NotEmpty(t, publishedPort(t, w, uint32(mp)))

	// The server's own config template, rendered with the temporal
	// service's environment: PostgreSQL, both databases, the dynamic
	// config file that is mounted, and a valid dynamic config.
	temporal := p.Services["temporal"]
	for k, v := range temporal.Environment {
		if v != nil {
			t.Setenv(k, *v)
		}
	}
	tc, err := temporalconfig.Load(temporalconfig.WithEmbedded())
	require.NoError(t, err)
	for store, db := range map[string]string{"default": "temporal", "visibility": "temporal_visibility"} {
		ds, ok := tc.Persistence.DataStores[store]
		require.True(t, ok, store)
		require.NotNil(t, ds.SQL, "%s is not an SQL store", store)
		assert.Equal(t, "postgres12", ds.SQL.PluginName, store)
		assert.Equal(t, "postgresql:5432", ds.SQL.ConnectAddr, store)
		assert.Equal(t, db, ds.SQL.DatabaseName, store)
		assert.Equal(t, env["POSTGRES_PASSWORD"], ds.SQL.Password, store)
	}
	assert.Equal(t, "0.0.0.0", tc.Services["frontend"].RPC.BindOnIP)
	require.NotNil(t, tc.DynamicConfigClient)
	dcTarget := tc.DynamicConfigClient.Filepath
	var dcSource string
	for _, v := range temporal.Volumes {
		if rel, err := filepath.Rel(v.Target, dcTarget); err == nil && !strings.HasPrefix(rel, "..") {
			dcSource = filepath.Join(v.Source, rel)
		}
	}
	require.NotEmpty(t, dcSource, "the dynamic config file %s is not mounted", dcTarget)
	dcData, err := os.ReadFile(dcSource)
	require.NoError(t, err)
	dc := dynamicconfig.LoadYamlFile(dcData)
	assert.Empty(t, dc.Errors, "dynamic config errors")
	assert.Empty(t, dc.Warnings, "dynamic config warnings")
	assert.NotEmpty(t, dc.Map, "the dynamic config sets nothing")
}

// Every ${VAR} the file uses is in the env example, and every variable
// there is used (a stale one would be a secret nobody reads).
func TestComposeEnvFile(t *testing.T) {
	data, err := os.ReadFile(composeFile)
	require.NoError(t, err)
	var dict map[string]any
	require.NoError(t, yaml.Unmarshal(data, &dict))
	used := template.ExtractVariables(dict, template.DefaultPattern)
	require.NotEmpty(t, used)
	env := exampleEnv(t)
	for name, v := range used {
		assert.Contains(t, env, name, "%s is used in %s but not in %s", name, composeFile, envExample)
		if v.Required {
			assert.NotEmpty(t, env[name], "%s is required: give a placeholder in %s", name, envExample)
		}
	}
	for name := range env {
		assert.Contains(t, used, name, "%s is in %s but %s does not use it", name, envExample, composeFile)
	}
	for _, secret := range []string{"POSTGRES_PASSWORD", "BREACH_DB_PASSWORD", "BREACH_PAYLOAD_KEY", "BREACH_CODEC_TOKEN"} {
		assert.True(t, used[secret].Required, "%s must be ${%s:?...}: missing, it must fail loudly", secret, secret)
	}
	gi, err := os.ReadFile(".gitignore")
	require.NoError(t, err)
	assert.Contains(t, strings.Split(string(gi), "\n"), "/deploy/breach.env")
	assert.NotContains(t, string(data), "\nname:", "no top-level name: (older parsers reject it)")
}

func TestComposeDockerfile(t *testing.T) {
	// The image builds with the Go version go.mod asks for, and has both
	// binaries (the README runs the starter in the worker's image).
	mod, err := os.ReadFile("go.mod")
	require.NoError(t, err)
	goVersion := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindSubmatch(mod)
	require.NotNil(t, goVersion)
	docker, err := os.ReadFile("Dockerfile")
	require.NoError(t, err)
	assert.Contains(t, string(docker), "FROM golang:"+string(goVersion[1]))
	for _, bin := range []string{"./worker", "./starter"} {
		assert.Contains(t, string(docker), "-o /out/"+strings.TrimPrefix(bin, "./")+" "+bin)
	}
}

func modVersion(t *testing.T, mod []byte, path string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(path) + ` v(\d+\.\d+\.\d+)\s*$`).FindSubmatch(mod)
	require.NotNil(t, m, "%s not in go.mod", path)
	return string(m[1])
}

func envOf(t *testing.T, p *types.Project, svc, key string) string {
	t.Helper()
	v, ok := p.Services[svc].Environment[key]
	require.True(t, ok, "%s has no %s", svc, key)
	require.NotNil(t, v, "%s: %s has no value", svc, key)
	return *v
}

func splitHostPort(t *testing.T, hp string) (string, string) {
	t.Helper()
	h, p, err := net.SplitHostPort(hp)
	require.NoError(t, err, hp)
	return h, p
}

func publishes(s types.ServiceConfig, target uint32) bool {
	for _, p := range s.Ports {
		if p.Target == target && p.Published != "" {
			return true
		}
	}
	return false
}

func publishedPort(t *testing.T, s types.ServiceConfig, target uint32) string {
	t.Helper()
	for _, p := range s.Ports {
		if p.Target == target {
			return p.Published
		}
	}
	t.Errorf("%s does not publish %d", s.Name, target)
	return ""
}

func mounts(s types.ServiceConfig, source, target string) bool {
	for _, v := range s.Volumes {
		if v.Source == source && v.Target == target {
			return true
		}
	}
	return false
}

// envRead lists the environment variables the Go code in dirs reads:
// string constants named Env*, and the arguments of os.Getenv,
// os.LookupEnv and envOr calls (literals, or constants of these packages).
func envRead(t *testing.T, dirs ...string) map[string]bool {
	t.Helper()
	fset := token.NewFileSet()
	consts := map[string]string{} // "pkg.Name" and "Name" (same package)
	var files []*ast.File
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, 0)
			require.NoError(t, err)
			files = append(files, f)
			for _, d := range f.Decls {
				gd, ok := d.(*ast.GenDecl)
				if !ok || gd.Tok != token.CONST {
					continue
				}
				for _, spec := range gd.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, n := range vs.Names {
						if i < len(vs.Values) {
							if s, ok := stringLit(vs.Values[i]); ok {
								consts[f.Name.Name+"."+n.Name] = s
								consts[n.Name] = s
							}
						}
					}
				}
			}
		}
	}
	read := map[string]bool{}
	for k, v := range consts {
		if strings.HasPrefix(k, "Env") || strings.Contains(k, ".Env") {
			read[v] = true
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			switch fn := call.Fun.(type) {
			case *ast.SelectorExpr:
				if x, ok := fn.X.(*ast.Ident); !ok || x.Name != "os" || (fn.Sel.Name != "Getenv" && fn.Sel.Name != "LookupEnv") {
					return true
				}
			case *ast.Ident:
				if fn.Name != "envOr" {
					return true
				}
			default:
				return true
			}
			switch a := call.Args[0].(type) {
			case *ast.BasicLit:
				if s, ok := stringLit(a); ok {
					read[s] = true
				}
			case *ast.Ident:
				if s, ok := consts[a.Name]; ok {
					read[s] = true
				}
			case *ast.SelectorExpr:
				if x, ok := a.X.(*ast.Ident); ok {
					if s, ok := consts[x.Name+"."+a.Sel.Name]; ok {
						read[s] = true
					}
				}
			}
			return true
		})
	}
	return read
}

func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// workerFlags lists worker/main.go's flags, name to the flag function
// that defines it (flag.StringVar(&x, "name", ...), flag.String("name", ...)).
func workerFlags(t *testing.T) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "worker/main.go", nil, 0)
	require.NoError(t, err)
	flags := map[string]string{}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "flag" {
			return true
		}
		i := 0
		if strings.HasSuffix(sel.Sel.Name, "Var") {
			i = 1
		}
		if slices.Contains([]string{"Parse", "Args", "Arg", "NArg", "NFlag", "Usage"}, sel.Sel.Name) || len(call.Args) <= i {
			return true
		}
		if s, ok := stringLit(call.Args[i]); ok {
			flags[s] = sel.Sel.Name
		}
		return true
	})
	return flags
}
