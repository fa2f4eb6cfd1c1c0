package mail

import (
	"context"
	"errors"
	"net/textproto"
	"sync"
	"time"
)

// Pool sends many messages through a few kept-open SMTP sessions, at no
// more than a configured rate: the path for mass subject notices. It is
// safe for concurrent use.
type Pool struct {
	s     *Sender
	idle  chan *session
	slots chan struct{} // at most size sessions in use: they are reused, not churned
	mu    sync.Mutex
	next  time.Time     // rate limiting: when the next message may start
	gap   time.Duration // 1/rate; 0 = unlimited
}

// NewPool returns a pool of up to size sessions sending at most rate
// messages per second (0 = as fast as the server takes them).
func (s *Sender) NewPool(size int, rate float64) *Pool {
	if size < 1 {
		size = 1
	}
	p := &Pool{s: s, idle: make(chan *session, size), slots: make(chan struct{}, size)}
	if rate > 0 {
		p.gap = time.Duration(float64(time.Second) / rate)
	}
	return p
}

// Send delivers one message, like Sender.Send, through a pooled session.
// A session that fails below the SMTP level is dropped and the message is
// tried once more on a fresh one.
func (p *Pool) Send(ctx context.Context, m Message) error {
	return p.SendMarked(ctx, m, nil)
}

// SendMarked is Send with mark called once a session is free, just before
// the message goes to the server: the caller records there that the
// outcome is unknown until Send returns, so that a crash leaves unknown
// only the messages that were on the wire, one per open session. An error
// from mark sends nothing.
func (p *Pool) SendMarked(ctx context.Context, m Message, mark func() error) error {
	raw, rcpt, err := p.s.build(m, time.Now())
	if err != nil {
		return err
	}
	if err := p.wait(ctx); err != nil {
		return &smtpError{stage: stageDial, err: err}
	}
	select {
	case p.slots <- struct{}{}:
	case <-ctx.Done():
		return &smtpError{stage: stageDial, err: ctx.Err()}
	}
	defer func() { <-p.slots }()
	for attempt := 0; ; attempt++ {
		ss, err := p.get(ctx)
		if err != nil {
			return err
		}
		if mark != nil && attempt == 0 {
			if err := mark(); err != nil {
				p.put(ss)
				return &smtpError{stage: stageDial, err: err}
			}
		}
		deadline := time.Now().Add(2 * time.Minute)
		if dl, ok := ctx.Deadline(); ok && dl.Before(deadline) {
			deadline = dl
		}
		_ = ss.conn.SetDeadline(deadline)
		err = ss.transact(rcpt, raw)
		var reply *textproto.Error
		if err == nil || errors.As(err, &reply) {
			// The server answered: the session is healthy.
			p.put(ss)
			return err
		}
		ss.close()
		if attempt > 0 || ctx.Err() != nil {
			return err
		}
	}
}

// wait enforces the send rate.
func (p *Pool) wait(ctx context.Context) error {
	if p.gap == 0 {
		return ctx.Err()
	}
	p.mu.Lock()
	now := time.Now()
	at := p.next
	if at.Before(now) {
		at = now
	}
	p.next = at.Add(p.gap)
	p.mu.Unlock()
	if d := time.Until(at); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func (p *Pool) get(ctx context.Context) (*session, error) {
	select {
	case ss := <-p.idle:
		return ss, nil
	default:
	}
	// Sessions outlive the request that opened them.
	ss, err := p.s.connect(context.WithoutCancel(ctx))
	if err != nil {
		return nil, err
	}
	return ss, nil
}

func (p *Pool) put(ss *session) {
	select {
	case p.idle <- ss:
	default:
		_ = ss.c.Quit()
		ss.close()
	}
}

// Close quits every idle session.
func (p *Pool) Close() {
	for {
		select {
		case ss := <-p.idle:
			_ = ss.c.Quit()
			ss.close()
		default:
			return
		}
	}
}
