package breach

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// No Docker engine runs where the tests run, so docker-compose.yml is
// checked here: the services the README promises, loopback-only ports, and
// files it mounts or builds from that exist.
func TestComposeFile(t *testing.T) {
	data, err := os.ReadFile("docker-compose.yml")
	require.NoError(t, err)
	var doc struct {
		Services map[string]struct {
			Image       string            `yaml:"image"`
			Build       string            `yaml:"build"`
			Ports       []string          `yaml:"ports"`
			Environment map[string]string `yaml:"environment"`
			Volumes     []string          `yaml:"volumes"`
			DependsOn   any               `yaml:"depends_on"`
		} `yaml:"services"`
		Volumes map[string]any `yaml:"volumes"`
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	require.NoError(t, dec.Decode(&doc))
	for _, name := range []string{"temporal", "postgresql", "temporal-ui", "mailpit", "worker"} {
		require.Contains(t, doc.Services, name)
	}
	for name, s := range doc.Services {
		assert.True(t, s.Image != "" || s.Build != "", "%s has neither image nor build", name)
		for _, p := range s.Ports {
			assert.True(t, strings.HasPrefix(p, "127.0.0.1:"), "%s publishes %s beyond loopback", name, p)
		}
		for _, v := range s.Volumes {
			src := strings.SplitN(v, ":", 2)[0]
			if strings.HasPrefix(src, "./") {
				_, err := os.Stat(src)
				assert.NoError(t, err, "%s mounts %s", name, src)
			} else {
				assert.Contains(t, doc.Volumes, src, "%s uses undeclared volume %s", name, src)
			}
		}
	}
	w := doc.Services["worker"]
	assert.Equal(t, "temporal:7233", w.Environment["TEMPORAL_ADDRESS"])
	assert.Equal(t, "mailpit", w.Environment["BREACH_SMTP_HOST"])

	// The image builds with the Go version go.mod asks for.
	mod, err := os.ReadFile("go.mod")
	require.NoError(t, err)
	goVersion := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindSubmatch(mod)
	require.NotNil(t, goVersion)
	docker, err := os.ReadFile("Dockerfile")
	require.NoError(t, err)
	assert.Contains(t, string(docker), "FROM golang:"+string(goVersion[1]))
}
