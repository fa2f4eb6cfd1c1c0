// Package identity proves who made a decision. Every person who decides
// (security responders, legal approvers) has an Ed25519 key; the CLI signs
// each decision with it, the Slack gateway signs on behalf of the Slack user
// it verified, and the incident workflow checks the signature against the
// public keys in the configuration before it acts. The signed message binds
// the incident, the Update's name, its arguments, the person, a nonce and
// the time, so a signature cannot be moved to another decision, replayed or
// kept for later. The register keeps the message and its signature, so the
// decisions of an incident can be re-checked offline (`starter verify`).
package identity

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
)

// Channels a decision arrives through.
const (
	ViaCLI   = "cli"
	ViaSlack = "slack"
)

// MaxSkew is how far a decision's signing time may be from the workflow's
// clock: older ones are stale (a captured decision cannot be kept for
// later), newer ones come from a wrong clock.
const MaxSkew = 5 * time.Minute

// Proof is a decision's signature, carried in the Update's input.
type Proof struct {
	// Via is the channel: cli (the person's own key) or slack (the gateway
	// key, on behalf of SlackUser, whom Slack's signed request named).
	Via       string `json:"via"`
	SlackUser string `json:"slack_user,omitempty"`
	// Key is the signing key's fingerprint (Fingerprint).
	Key   string    `json:"key"`
	Nonce string    `json:"nonce"`
	At    time.Time `json:"at"`
	Sig   []byte    `json:"sig"`
}

// envelope is the signed message. Its JSON encoding is canonical: struct
// fields in a fixed order, and Args is the Update's input encoded by
// encoding/json (which sorts map keys) with its proof left out.
type envelope struct {
	V         int             `json:"v"`
	Incident  string          `json:"incident"`
	Update    string          `json:"update"`
	By        string          `json:"by"`
	Via       string          `json:"via"`
	SlackUser string          `json:"slack_user,omitempty"`
	Key       string          `json:"key"`
	Nonce     string          `json:"nonce"`
	At        string          `json:"at"`
	Args      json.RawMessage `json:"args"`
}

// Message returns the exact bytes signed for a decision: args is the
// Update's input with its Proof field nil.
func Message(incident, update, by string, args any, p Proof) ([]byte, error) {
	a, err := json.Marshal(args)
	if err != nil {
		return nil, fmt.Errorf("identity: encode the decision: %w", err)
	}
	return json.Marshal(envelope{V: 1, Incident: incident, Update: update, By: by, Via: p.Via, SlackUser: p.SlackUser,
		Key: p.Key, Nonce: p.Nonce, At: p.At.UTC().Format(time.RFC3339Nano), Args: a})
}

// Signed is what a decoded message says.
type Signed struct {
	Incident, Update, By, Via, SlackUser, Key, Nonce string
	At                                               time.Time
	Args                                             json.RawMessage
}

// Open decodes a signed message (for offline verification).
func Open(msg []byte) (Signed, error) {
	var e envelope
	dec := json.NewDecoder(bytes.NewReader(msg))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil || e.V != 1 {
		return Signed{}, errors.New("identity: not a signed decision (v1)")
	}
	at, err := time.Parse(time.RFC3339Nano, e.At)
	if err != nil {
		return Signed{}, fmt.Errorf("identity: signing time %q: %w", e.At, err)
	}
	return Signed{Incident: e.Incident, Update: e.Update, By: e.By, Via: e.Via, SlackUser: e.SlackUser,
		Key: e.Key, Nonce: e.Nonce, At: at, Args: e.Args}, nil
}

// Key is a private signing key and the name of its person (for the
// gateway, its own name).
type Key struct {
	Name    string
	Private ed25519.PrivateKey
}

// Generate makes a new key for name.
func Generate(name string) (*Key, error) {
	if err := checkName(name); err != nil {
		return nil, err
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return &Key{Name: name, Private: priv}, nil
}

// Public returns the public half.
func (k *Key) Public() ed25519.PublicKey { return k.Private.Public().(ed25519.PublicKey) }

// PublicLine is the public key as written in the configuration.
func (k *Key) PublicLine() string { return FormatPublic(k.Public()) }

// Sign signs a decision on an incident: args is the Update's input with
// its Proof nil; via and slackUser say through which channel (slackUser
// only for the Slack gateway).
func (k *Key) Sign(incident, update, by string, args any, now time.Time, via, slackUser string) (Proof, error) {
	var nonce [16]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return Proof{}, err
	}
	p := Proof{Via: via, SlackUser: slackUser, Key: Fingerprint(k.Public()), Nonce: hex.EncodeToString(nonce[:]), At: now.UTC()}
	msg, err := Message(incident, update, by, args, p)
	if err != nil {
		return Proof{}, err
	}
	p.Sig = ed25519.Sign(k.Private, msg)
	return p, nil
}

// Verify checks sig over msg with pub.
func Verify(pub ed25519.PublicKey, msg, sig []byte) bool {
	return len(pub) == ed25519.PublicKeySize && len(sig) == ed25519.SignatureSize && ed25519.Verify(pub, msg, sig)
}

const publicPrefix = "ed25519:"

// FormatPublic writes a public key as "ed25519:BASE64".
func FormatPublic(pub ed25519.PublicKey) string {
	return publicPrefix + base64.StdEncoding.EncodeToString(pub)
}

// ParsePublic reads "ed25519:BASE64".
func ParsePublic(s string) (ed25519.PublicKey, error) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(s), publicPrefix)
	if !ok {
		return nil, fmt.Errorf("%q is not an ed25519:BASE64 public key", s)
	}
	b, err := base64.StdEncoding.DecodeString(rest)
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("%q is not an ed25519:BASE64 public key of %d bytes", s, ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(b), nil
}

// Fingerprint names a public key briefly: SHA256: and the first 16 bytes
// of its hash in hex.
func Fingerprint(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	return "SHA256:" + hex.EncodeToString(sum[:16])
}

// The key file: a small text file, mode 0600, with the person's name and
// the private key's seed.
//
//	# breach decision key: keep it private
//	name: Dana Whitfield
//	seed: BASE64
const keyFileHeader = "# breach decision key: keep it private (0600); its public key goes in the configuration\n"

// Write saves the key to path with mode 0600, creating the directory
// (0700); it refuses to overwrite an existing file.
func (k *Key) Write(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s exists; a key is never overwritten (remove it first to replace it)", path)
		}
		return err
	}
	_, err = fmt.Fprintf(f, "%sname: %s\npublic: %s\nseed: %s\n", keyFileHeader, k.Name, k.PublicLine(),
		base64.StdEncoding.EncodeToString(k.Private.Seed()))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// ReadKey loads a key file. A file that others can read is refused: the
// key proves who decided, and a copy would let someone else decide.
func ReadKey(path string) (*Key, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("key: %w", err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("key %s: mode %04o lets others read it; chmod 600 %s", path, st.Mode().Perm(), path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("key: %w", err)
	}
	var name, seed string
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ": ")
		switch {
		case !ok:
			return nil, fmt.Errorf("key %s: line %d: not `field: value`", path, i+1)
		case k == "name":
			name = v
		case k == "seed":
			seed = v
		case k == "public":
		default:
			return nil, fmt.Errorf("key %s: line %d: unknown field %q", path, i+1, k)
		}
	}
	b, err := base64.StdEncoding.DecodeString(seed)
	if err != nil || len(b) != ed25519.SeedSize {
		return nil, fmt.Errorf("key %s: seed: not %d bytes of base64", path, ed25519.SeedSize)
	}
	if err := checkName(name); err != nil {
		return nil, fmt.Errorf("key %s: %w", path, err)
	}
	return &Key{Name: name, Private: ed25519.NewKeyFromSeed(b)}, nil
}

func checkName(name string) error {
	if strings.TrimSpace(name) == "" || name != strings.TrimSpace(name) || strings.ContainsAny(name, "\n\r") {
		return fmt.Errorf("name %q: give the person's name exactly as configured, without surrounding spaces", name)
	}
	return nil
}

// Slug turns a name into a file name: "Dana Whitfield" -> "dana-whitfield".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
