package identity

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// GatewayName is the Slack gateway key's name.
const GatewayName = "slack-gateway"

// DevKeyPath is where `worker -dev` keeps the key of a person:
// <data-dir>/keys/<name-slug>.key.
func DevKeyPath(dataDir, name string) string {
	return filepath.Join(dataDir, "keys", Slug(name)+".key")
}

// DevKey returns the dev key of name under dataDir, creating it when
// create is set and it does not exist. created reports a new key.
func DevKey(dataDir, name string, create bool) (k *Key, created bool, err error) {
	path := DevKeyPath(dataDir, name)
	k, err = ReadKey(path)
	if err == nil {
		if k.Name != name {
			return nil, false, fmt.Errorf("%s is the key of %q, not %q", path, k.Name, name)
		}
		return k, false, nil
	}
	if !create || !errors.Is(err, os.ErrNotExist) {
		return nil, false, err
	}
	if k, err = Generate(name); err != nil {
		return nil, false, err
	}
	if err := k.Write(path); err != nil {
		return nil, false, err
	}
	return k, true, nil
}
