package codec

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"go.temporal.io/sdk/converter"
)

// EnvToken names the codec server's bearer token.
const EnvToken = "BREACH_CODEC_TOKEN"

// Handler serves Temporal's remote codec protocol (POST /encode, POST
// /decode) for the Temporal UI and CLI (--codec-endpoint): only to a
// request with the bearer token, and, for browsers, with CORS for the
// given UI origins.
func Handler(c *Codec, token string, origins []string) http.Handler {
	codecs := converter.NewPayloadCodecHTTPHandler(c)
	want := []byte("Bearer " + token)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
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
		if subtle.ConstantTimeCompare([]byte(r.Header.Get("Authorization")), want) != 1 {
			http.Error(w, "a bearer token is required ("+EnvToken+")", http.StatusUnauthorized)
			return
		}
		codecs.ServeHTTP(w, r)
	})
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
