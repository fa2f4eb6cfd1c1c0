package codec

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"go.temporal.io/sdk/converter"
)

// EnvToken names the codec server's bearer token.
const EnvToken = "BREACH_CODEC_TOKEN"

// CookieName is the cookie the codec login sets for the Web UI.
const CookieName = "breach_codec"

// Handler serves Temporal's remote codec protocol (POST /encode, POST
// /decode) for the Temporal UI and CLI (--codec-endpoint): only to a
// request with the token, as a bearer token (the CLI) or as the cookie
// GET /ui-login sets (the Web UI, which sends the codec server its
// cookies), and, for browsers, with CORS for the given UI origins.
//
// GET /ui-login?token=T&next=URL checks the token, sets it as an
// HttpOnly, SameSite=Strict cookie and redirects to next, which must be
// on one of the UI origins (no open redirect); a wrong token sets nothing.
func Handler(c *Codec, token string, origins []string) http.Handler {
	codecs := converter.NewPayloadCodecHTTPHandler(c)
	want := []byte("Bearer " + token)
	cookie := []byte(cookieValue(token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/ui-login" {
			uiLogin(w, r, token, origins)
			return
		}
		if origin := r.Header.Get("Origin"); origin != "" && slices.Contains(origins, origin) {
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", origin)
			h.Set("Access-Control-Allow-Methods", "POST, OPTIONS")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Namespace")
			h.Set("Access-Control-Allow-Credentials", "true")
			h.Add("Vary", "Origin")
		}
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		ok := subtle.ConstantTimeCompare([]byte(r.Header.Get("Authorization")), want) == 1
		if ck, err := r.Cookie(CookieName); !ok && err == nil {
			ok = subtle.ConstantTimeCompare([]byte(ck.Value), cookie) == 1
		}
		if !ok {
			http.Error(w, "a bearer token is required ("+EnvToken+"), or the cookie GET /ui-login sets", http.StatusUnauthorized)
			return
		}
		codecs.ServeHTTP(w, r)
	})
}

// cookieValue is derived from the token, not the token: the cookie
// (which a browser also shows other servers on the same host) opens the
// codec for the UI but is not the bearer token the CLI and scripts use.
func cookieValue(token string) string {
	m := hmac.New(sha256.New, []byte(token))
	m.Write([]byte("breach codec: Temporal UI cookie"))
	return hex.EncodeToString(m.Sum(nil))
}

func uiLogin(w http.ResponseWriter, r *http.Request, token string, origins []string) {
	if r.Method != http.MethodGet {
		http.Error(w, "GET /ui-login?token=...", http.StatusMethodNotAllowed)
		return
	}
	next := r.URL.Query().Get("next")
	if next == "" && len(origins) > 0 {
		next = origins[0] + "/"
	}
	u, err := url.Parse(next)
	if err != nil || !slices.Contains(origins, u.Scheme+"://"+u.Host) {
		http.Error(w, "next must be on the Temporal UI's origin ("+strings.Join(origins, ", ")+")", http.StatusBadRequest)
		return
	}
	if subtle.ConstantTimeCompare([]byte(r.URL.Query().Get("token")), []byte(token)) != 1 {
		http.Error(w, "wrong codec token: it is in the file -dev printed (codec.token), or "+EnvToken, http.StatusUnauthorized)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: CookieName, Value: cookieValue(token), Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, MaxAge: 12 * 60 * 60,
		Secure: r.TLS != nil,
	})
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer") // the token is in this URL
	http.Redirect(w, r, u.String(), http.StatusSeeOther)
}

// DevFile reads a secret kept in the data directory, making a random one
// (32 bytes, hex, 0600) when there is none: -dev's payload key and codec
// token. created says whether it was made now.
func DevFile(dir, name string) (value string, created bool, err error) {
	path := filepath.Join(dir, name)
	b, err := os.ReadFile(path)
	if err == nil {
		return strings.TrimSpace(string(b)), false, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return "", false, err
	}
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return "", false, err
	}
	value = hex.EncodeToString(buf)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", false, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", false, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	if _, err := f.WriteString(value + "\n"); err != nil {
		return "", false, err
	}
	return value, true, nil
}
