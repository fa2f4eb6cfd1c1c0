package mail

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPoolSendsManyOverFewSessions(t *testing.T) {
	sink, dir := startTestSink(t, nil)
	s := senderFor(t, sink.Addr(), nil)
	p := s.NewPool(3, 0)
	defer p.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 60)
	for i := 0; i < 60; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m := testMessage(fmt.Sprintf("person%d@example.org", i))
			m.MessageID = fmt.Sprintf("<m%d@breach.test>", i)
			errs <- p.Send(context.Background(), m)
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	assert.Equal(t, 60, sink.Count())
	assert.Len(t, outbox(t, dir), 60)
}

func TestPoolSessionSurvivesARefusedRecipient(t *testing.T) {
	sink, _ := startTestSink(t, nil)
	sink.RejectRecipient(func(r string) bool { return strings.HasPrefix(r, "bounce") })
	p := senderFor(t, sink.Addr(), nil).NewPool(1, 0)
	defer p.Close()
	m := testMessage("bounce@example.org")
	err := p.Send(context.Background(), m)
	require.Error(t, err)
	assert.True(t, IsPermanent(err))
	m = testMessage("ok@example.org")
	require.NoError(t, p.Send(context.Background(), m))
	assert.Equal(t, 1, sink.Count())
}
