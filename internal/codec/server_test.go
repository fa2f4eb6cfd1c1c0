package codec

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/stretchr/testify/require"
	"go.temporal.io/sdk/converter"
)

func TestCodecServerOpensOnlyWithTheTokenOrTheLoginCookie(t *testing.T) {
	key, err := ParseKey("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
	require.NoError(t, err)
	c, err := New(key)
	require.NoError(t, err)
	const token = "s3cret-token"
	ui := "http://127.0.0.1:8233"
	srv := httptest.NewServer(Handler(c, token, []string{ui}))
	defer srv.Close()

	dc := converter.NewCodecDataConverter(converter.GetDefaultDataConverter(), c)
	p, err := dc.ToPayload("Jane Doe's laptop")
	require.NoError(t, err)
	body, err := json.Marshal(map[string]any{"payloads": []any{map[string]any{"metadata": p.Metadata, "data": p.Data}}})
	require.NoError(t, err)
	decode := func(cl *http.Client, auth string) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/decode?preserveStorageRefs=true", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Origin", ui)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := cl.Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		var b bytes.Buffer
		b.ReadFrom(resp.Body)
		require.Equal(t, ui, resp.Header.Get("Access-Control-Allow-Origin"))
		return resp.StatusCode, b.String()
	}
	noRedirect := func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	jar, _ := cookiejar.New(nil)
	browser := &http.Client{Jar: jar, CheckRedirect: noRedirect}

	code, out := decode(browser, "")
	require.Equal(t, http.StatusUnauthorized, code)
	require.NotContains(t, out, "Jane")
	code, _ = decode(browser, "Bearer wrong")
	require.Equal(t, http.StatusUnauthorized, code)
	code, out = decode(http.DefaultClient, "Bearer "+token)
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, plain(t, out), "Jane Doe's laptop")

	login := func(q url.Values) *http.Response {
		resp, err := browser.Get(srv.URL + "/ui-login?" + q.Encode())
		require.NoError(t, err)
		resp.Body.Close()
		return resp
	}
	// A wrong token sets nothing; a foreign next is refused (no open redirect).
	resp := login(url.Values{"token": {"nope"}})
	require.Equal(t, http.StatusUnauthorized, resp.StatusCode)
	require.Empty(t, resp.Cookies())
	resp = login(url.Values{"token": {token}, "next": {"https://evil.example/"}})
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
	require.Empty(t, resp.Cookies())

	resp = login(url.Values{"token": {token}, "next": {ui + "/namespaces/default/workflows"}})
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	require.Equal(t, ui+"/namespaces/default/workflows", resp.Header.Get("Location"))
	ck := resp.Cookies()
	require.Len(t, ck, 1)
	require.True(t, ck[0].HttpOnly)
	require.Equal(t, http.SameSiteStrictMode, ck[0].SameSite)
	require.NotContains(t, ck[0].Value, token, "the cookie is not the bearer token")
	code, out = decode(browser, "")
	require.Equal(t, http.StatusOK, code, "the login cookie opens the codec")
	require.Contains(t, plain(t, out), "Jane Doe's laptop")

	// The cookie is not a bearer token.
	code, _ = decode(http.DefaultClient, "Bearer "+ck[0].Value)
	require.Equal(t, http.StatusUnauthorized, code)
}

// plain is the data of a /decode answer's payloads.
func plain(t *testing.T, answer string) string {
	var r struct {
		Payloads []struct {
			Data []byte `json:"data"`
		} `json:"payloads"`
	}
	require.NoError(t, json.Unmarshal([]byte(answer), &r))
	var out string
	for _, p := range r.Payloads {
		out += string(p.Data)
	}
	return out
}
