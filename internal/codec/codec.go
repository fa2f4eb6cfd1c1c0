// Package codec encrypts Temporal payloads with AES-256-GCM, so that facts,
// notice texts and timelines are unreadable in Temporal's database and
// history when a key is configured (BREACH_PAYLOAD_KEY).
package codec

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"

	commonpb "go.temporal.io/api/common/v1"
	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/temporal"
)

// EnvKey names the environment variable that holds the key: 32 bytes as
// 64 hex digits or base64.
const EnvKey = "BREACH_PAYLOAD_KEY"

const (
	metaEncoding = "encoding"
	encodingName = "binary/encrypted-aes256gcm"
	metaKeyID    = "encryption-key-id"
)

// Codec is a converter.PayloadCodec that seals each payload with the
// newest key and opens payloads sealed with any of its keys (rotation: the
// key ID travels in each payload's metadata).
type Codec struct {
	keys  map[string]cipher.AEAD
	keyID string // the key that seals
}

// New returns a codec for one or more 32-byte keys; the first seals, all
// open.
func New(key []byte, older ...[]byte) (*Codec, error) {
	c := &Codec{keys: map[string]cipher.AEAD{}}
	for i, k := range append([][]byte{key}, older...) {
		if len(k) != 32 {
			return nil, fmt.Errorf("%s: key %d must be 32 bytes, got %d", EnvKey, i+1, len(k))
		}
		block, err := aes.NewCipher(k)
		if err != nil {
			return nil, err
		}
		aead, err := cipher.NewGCM(block)
		if err != nil {
			return nil, err
		}
		id := KeyID(k)
		c.keys[id] = aead
		if i == 0 {
			c.keyID = id
		}
	}
	return c, nil
}

// KeyID names a key in payload metadata: the first 4 bytes of its SHA-256.
func KeyID(key []byte) string {
	sum := sha256.Sum256(key)
	return hex.EncodeToString(sum[:4])
}

// ParseKey reads a key written as 64 hex digits or as base64.
func ParseKey(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	if b, err := hex.DecodeString(s); err == nil && len(b) == 32 {
		return b, nil
	}
	if b, err := base64.StdEncoding.DecodeString(s); err == nil && len(b) == 32 {
		return b, nil
	}
	return nil, fmt.Errorf("%s: want 32 bytes as 64 hex digits or base64 (e.g. `openssl rand -hex 32`)", EnvKey)
}

// ParseKeys reads a comma-separated list of keys, newest first.
func ParseKeys(s string) ([][]byte, error) {
	var out [][]byte
	for _, part := range strings.Split(s, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		k, err := ParseKey(part)
		if err != nil {
			return nil, fmt.Errorf("key %d: %w", len(out)+1, err)
		}
		out = append(out, k)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no key", EnvKey)
	}
	return out, nil
}

// FromEnv is the codec of BREACH_PAYLOAD_KEY (several keys, newest first,
// separated by commas), or nil when it is not set.
func FromEnv() (*Codec, error) {
	v := os.Getenv(EnvKey)
	if v == "" {
		return nil, nil
	}
	keys, err := ParseKeys(v)
	if err != nil {
		return nil, err
	}
	return New(keys[0], keys[1:]...)
}

// DataConverterFromEnv returns an encrypting data converter when
// BREACH_PAYLOAD_KEY is set, and, when it is not, one that refuses to
// show sealed payloads as if they were empty: reading an encrypted
// incident without the key is an error that says so.
func DataConverterFromEnv() (converter.DataConverter, error) {
	c, err := FromEnv()
	if err != nil {
		return nil, err
	}
	if c == nil {
		return converter.NewCodecDataConverter(converter.GetDefaultDataConverter(), noKey{}), nil
	}
	return converter.NewCodecDataConverter(converter.GetDefaultDataConverter(), c), nil
}

// FailureConverter encodes failure messages and stack traces with the data
// converter, so that an error's text (which may quote facts) is sealed too.
func FailureConverter(dc converter.DataConverter) converter.FailureConverter {
	return temporal.NewDefaultFailureConverter(temporal.DefaultFailureConverterOptions{DataConverter: dc, EncodeCommonAttributes: true})
}

// ErrNoKey is what reading an encrypted payload without a key gives.
var ErrNoKey = errors.New("incident data is encrypted: set " + EnvKey + " to the worker's payload key (see README, Encrypted payloads)")

// noKey passes payloads through, and refuses sealed ones with ErrNoKey.
type noKey struct{}

func (noKey) Encode(p []*commonpb.Payload) ([]*commonpb.Payload, error) { return p, nil }

func (noKey) Decode(p []*commonpb.Payload) ([]*commonpb.Payload, error) {
	for _, x := range p {
		if string(x.Metadata[metaEncoding]) == encodingName {
			return nil, ErrNoKey
		}
	}
	return p, nil
}

// Encode seals every payload.
func (c *Codec) Encode(payloads []*commonpb.Payload) ([]*commonpb.Payload, error) {
	out := make([]*commonpb.Payload, len(payloads))
	for i, p := range payloads {
		plain, err := p.Marshal()
		if err != nil {
			return nil, err
		}
		nonce := make([]byte, c.keys[c.keyID].NonceSize())
		if _, err := rand.Read(nonce); err != nil {
			return nil, err
		}
		out[i] = &commonpb.Payload{
			Metadata: map[string][]byte{metaEncoding: []byte(encodingName), metaKeyID: []byte(c.keyID)},
			Data:     c.keys[c.keyID].Seal(nonce, nonce, plain, nil),
		}
	}
	return out, nil
}

// Decode opens sealed payloads and passes others through unchanged.
func (c *Codec) Decode(payloads []*commonpb.Payload) ([]*commonpb.Payload, error) {
	out := make([]*commonpb.Payload, len(payloads))
	for i, p := range payloads {
		if string(p.Metadata[metaEncoding]) != encodingName {
			out[i] = p
			continue
		}
		id := string(p.Metadata[metaKeyID])
		aead, ok := c.keys[id]
		if !ok {
			return nil, fmt.Errorf("payload sealed with key %s, which is not among this process's keys (%s)", id, EnvKey)
		}
		n := aead.NonceSize()
		if len(p.Data) < n {
			return nil, fmt.Errorf("encrypted payload too short")
		}
		plain, err := aead.Open(nil, p.Data[:n], p.Data[n:], nil)
		if err != nil {
			return nil, fmt.Errorf("decrypt payload: %w", err)
		}
		var dp commonpb.Payload
		if err := dp.Unmarshal(plain); err != nil {
			return nil, err
		}
		out[i] = &dp
	}
	return out, nil
}
