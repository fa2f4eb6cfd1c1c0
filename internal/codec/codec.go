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
	"fmt"
	"os"
	"strings"

	commonpb "go.temporal.io/api/common/v1"
	"go.temporal.io/sdk/converter"
)

// EnvKey names the environment variable that holds the key: 32 bytes as
// 64 hex digits or base64.
const EnvKey = "BREACH_PAYLOAD_KEY"

const (
	metaEncoding = "encoding"
	encodingName = "binary/encrypted-aes256gcm"
	metaKeyID    = "encryption-key-id"
)

// Codec is a converter.PayloadCodec that seals each payload.
type Codec struct {
	aead  cipher.AEAD
	keyID string
}

// New returns a codec for a 32-byte key.
func New(key []byte) (*Codec, error) {
	if len(key) != 32 {
		return nil, fmt.Errorf("%s: key must be 32 bytes, got %d", EnvKey, len(key))
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(key)
	return &Codec{aead: aead, keyID: hex.EncodeToString(sum[:4])}, nil
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

// DataConverterFromEnv returns an encrypting data converter when
// BREACH_PAYLOAD_KEY is set, and nil (the default converter) when not.
func DataConverterFromEnv() (converter.DataConverter, error) {
	v := os.Getenv(EnvKey)
	if v == "" {
		return nil, nil
	}
	key, err := ParseKey(v)
	if err != nil {
		return nil, err
	}
	c, err := New(key)
	if err != nil {
		return nil, err
	}
	return converter.NewCodecDataConverter(converter.GetDefaultDataConverter(), c), nil
}

// Encode seals every payload.
func (c *Codec) Encode(payloads []*commonpb.Payload) ([]*commonpb.Payload, error) {
	out := make([]*commonpb.Payload, len(payloads))
	for i, p := range payloads {
		plain, err := p.Marshal()
		if err != nil {
			return nil, err
		}
		nonce := make([]byte, c.aead.NonceSize())
		if _, err := rand.Read(nonce); err != nil {
			return nil, err
		}
		out[i] = &commonpb.Payload{
			Metadata: map[string][]byte{metaEncoding: []byte(encodingName), metaKeyID: []byte(c.keyID)},
			Data:     c.aead.Seal(nonce, nonce, plain, nil),
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
		if id := string(p.Metadata[metaKeyID]); id != c.keyID {
			return nil, fmt.Errorf("payload sealed with key %s, this process has key %s (%s)", id, c.keyID, EnvKey)
		}
		n := c.aead.NonceSize()
		if len(p.Data) < n {
			return nil, fmt.Errorf("encrypted payload too short")
		}
		plain, err := c.aead.Open(nil, p.Data[:n], p.Data[n:], nil)
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
