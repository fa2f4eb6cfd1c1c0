package slackapi

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// apiScopes are the bot scopes each slack-go call we make needs
// (https://api.slack.com/methods). A call not listed fails the test: add
// it, with its scopes, when the code starts using it.
var apiScopes = map[string][]string{
	"PostMessageContext":               {"chat:write"},
	"UpdateMessageContext":             {"chat:write"},
	"PostEphemeralContext":             {"chat:write"},
	"UploadFileContext":                {"files:write"},
	"CreateConversationContext":        {"channels:manage", "groups:write"},
	"InviteUsersToConversationContext": {"channels:manage", "groups:write"},
	"JoinConversationContext":          {"channels:join"},
	"GetConversationsContext":          {"channels:read", "groups:read"},
	"GetUsersInConversationContext":    {"channels:read", "groups:read"},
	"GetUserGroupMembersContext":       {"usergroups:read"},
	"AddPinContext":                    {"pins:write"},
	"OpenConversationContext":          {"im:write"},
	"OpenViewContext":                  {}, // a trigger ID is the permission
}

// TestManifestScopesMatchTheCalls reads every slack-go call in the code
// and the app manifest's bot scopes: each call's scopes are granted, and
// nothing is granted that no call (or the slash command) needs.
func TestManifestScopesMatchTheCalls(t *testing.T) {
	calls := map[string]string{} // method -> where
	for _, dir := range []string{".", "../slackapp"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		require.NoError(t, err)
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") || filepath.Base(path) == "fake.go" {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
			require.NoError(t, err)
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if inner, ok := sel.X.(*ast.SelectorExpr); ok && inner.Sel.Name == "api" {
					calls[sel.Sel.Name] = path
				}
				return true
			})
		}
	}
	require.NotEmpty(t, calls)
	need := map[string]bool{"commands": true} // the /breach slash command
	for m, where := range calls {
		scopes, ok := apiScopes[m]
		require.True(t, ok, "%s calls %s: add its scopes to apiScopes and the manifest", where, m)
		for _, s := range scopes {
			need[s] = true
		}
	}
	raw, err := os.ReadFile("../../slack/manifest.yaml")
	require.NoError(t, err)
	var manifest struct {
		OAuth struct {
			Scopes struct {
				Bot []string `yaml:"bot"`
			} `yaml:"scopes"`
		} `yaml:"oauth_config"`
	}
	require.NoError(t, yaml.Unmarshal(raw, &manifest))
	granted := manifest.OAuth.Scopes.Bot
	for s := range need {
		require.Contains(t, granted, s, "the manifest lacks a scope the code needs")
	}
	for _, s := range granted {
		require.True(t, need[s], "the manifest grants %s, which no call needs", s)
	}
	require.Equal(t, len(granted), len(slices.Compact(slices.Sorted(slices.Values(granted)))), "a scope is listed twice")
}
