// Package breach is the module root; it ships the example configuration so
// that `worker -dev` runs with nothing but a clone.
package breach

import _ "embed"

// ExampleConfig is config.example.yaml, the configuration used when no
// -config is given.
//
//go:embed config.example.yaml
var ExampleConfig []byte
