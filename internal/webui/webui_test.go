package webui

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestStartRefusesWhatItCannotServeSafely(t *testing.T) {
	_, err := Start(Options{Listen: "0.0.0.0:8233", TemporalAddress: "127.0.0.1:7233"})
	require.ErrorContains(t, err, "not a loopback address")
	_, err = Start(Options{Listen: "10.1.2.3:8233", TemporalAddress: "127.0.0.1:7233"})
	require.ErrorContains(t, err, "not a loopback address")
	_, err = Start(Options{Listen: "127.0.0.1:0", TemporalAddress: "127.0.0.1:7233"})
	require.ErrorContains(t, err, "needs a fixed port")
	_, err = Start(Options{Listen: "nonsense", TemporalAddress: "127.0.0.1:7233"})
	require.Error(t, err)

	// A port in use is an error, not the exit ui-server makes of it.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	_, err = Start(Options{Listen: ln.Addr().String(), TemporalAddress: "127.0.0.1:7233"})
	require.ErrorContains(t, err, "-ui-listen off")
}
