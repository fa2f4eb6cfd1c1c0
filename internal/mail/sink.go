package mail

import (
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	gosmtp "github.com/emersion/go-smtp"
)

const (
	// sinkMaxMessageBytes caps one message received by a Sink.
	sinkMaxMessageBytes = 64 << 20
	// sinkTimeout is the per-command I/O timeout of a Sink connection.
	sinkTimeout = 2 * time.Minute
	// sinkTimeFormat prefixes .eml names; fixed width so names sort by time.
	sinkTimeFormat = "20060102T150405.000000000"
)

// Sink is a development and test SMTP server bound to a loopback address.
// It accepts every message without authentication and stores each one,
// exactly as received in DATA, as an .eml file in its outbox directory.
type Sink struct {
	srv    *gosmtp.Server
	ln     net.Listener
	dir    string
	served chan struct{}
	reject atomic.Pointer[func(rcpt string) bool]

	mu     sync.Mutex // guards closed, count, last and the commit of files
	closed bool
	count  int
	last   time.Time
	active sync.WaitGroup // Data calls in progress

	closeOnce sync.Once
	closeErr  error
}

// StartSink starts a Sink listening on addr (a loopback host:port such as
// "127.0.0.1:0") that writes messages into outboxDir, creating it with mode
// 0700 if needed. Non-loopback addresses are refused.
func StartSink(addr, outboxDir string) (*Sink, error) {
	return startSink(addr, outboxDir, nil)
}

// startSink is StartSink with an optional TLS configuration, which makes the
// sink offer STARTTLS (tests).
func startSink(addr, outboxDir string, tlsConfig *tls.Config) (*Sink, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("mail: sink address %q: %w", addr, err)
	}
	if !isLoopbackHost(host) {
		return nil, fmt.Errorf("mail: sink address %q is not a loopback address", addr)
	}
	if outboxDir == "" {
		return nil, errors.New("mail: sink outbox directory is empty")
	}
	if err := os.MkdirAll(outboxDir, 0o700); err != nil {
		return nil, fmt.Errorf("mail: sink outbox: %w", err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("mail: sink listen: %w", err)
	}
	if ta, ok := ln.Addr().(*net.TCPAddr); !ok || !ta.IP.IsLoopback() {
		_ = ln.Close()
		return nil, fmt.Errorf("mail: sink address %q did not bind to loopback", addr)
	}

	s := &Sink{ln: ln, dir: outboxDir, served: make(chan struct{})}
	srv := gosmtp.NewServer(gosmtp.BackendFunc(func(*gosmtp.Conn) (gosmtp.Session, error) {
		return &sinkSession{sink: s}, nil
	}))
	srv.Domain = "localhost"
	srv.MaxMessageBytes = sinkMaxMessageBytes
	srv.ReadTimeout = sinkTimeout
	srv.WriteTimeout = sinkTimeout
	srv.TLSConfig = tlsConfig
	srv.ErrorLog = log.New(io.Discard, "", 0) // this package never logs
	s.srv = srv

	go func() {
		defer close(s.served)
		_ = srv.Serve(ln)
	}()
	return s, nil
}

// Addr returns the host:port the sink is actually listening on.
func (s *Sink) Addr() string { return s.ln.Addr().String() }

// Count returns how many messages the sink has stored so far.
func (s *Sink) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.count
}

// RejectRecipient makes the sink answer RCPT TO with 550 for every recipient
// for which f returns true; nil accepts everyone again.
func (s *Sink) RejectRecipient(f func(rcpt string) bool) {
	if f == nil {
		s.reject.Store(nil)
		return
	}
	s.reject.Store(&f)
}

// Close stops the sink, dropping open connections, and waits until no
// message is being written. Calling it again returns the first result.
func (s *Sink) Close() error {
	s.closeOnce.Do(func() {
		s.mu.Lock()
		s.closed = true
		s.mu.Unlock()
		s.closeErr = s.srv.Close()
		// Serve may not have registered ln yet; closing it here makes
		// sure Serve returns.
		_ = s.ln.Close()
		<-s.served
		s.active.Wait()
	})
	return s.closeErr
}

// begin registers a Data call; false once the sink is closing.
func (s *Sink) begin() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.active.Add(1)
	return true
}

// store writes data atomically as the next .eml file.
func (s *Sink) store(data []byte) error {
	tmp, err := os.CreateTemp(s.dir, ".incoming-*.tmp")
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	defer func() { _ = os.Remove(tmpName) }() // no-op after a successful rename
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}

	// Name and rename under the lock so that names sort in arrival order
	// even if the wall clock steps back, and files appear in that order.
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now().UTC()
	if now.Before(s.last) {
		now = s.last
	}
	n := s.count + 1
	name := fmt.Sprintf("%s-%06d.eml", now.Format(sinkTimeFormat), n)
	if err := os.Rename(tmpName, filepath.Join(s.dir, name)); err != nil {
		return err
	}
	s.last = now
	s.count = n
	return nil
}

// sinkSession is one SMTP session of a Sink.
type sinkSession struct {
	sink *Sink
}

func (ss *sinkSession) Reset()        {}
func (ss *sinkSession) Logout() error { return nil }

func (ss *sinkSession) Mail(string, *gosmtp.MailOptions) error { return nil }

func (ss *sinkSession) Rcpt(to string, _ *gosmtp.RcptOptions) error {
	if f := ss.sink.reject.Load(); f != nil && (*f)(to) {
		return &gosmtp.SMTPError{
			Code:         550,
			EnhancedCode: gosmtp.EnhancedCode{5, 1, 1},
			Message:      "Recipient rejected",
		}
	}
	return nil
}

func (ss *sinkSession) Data(r io.Reader) error {
	if !ss.sink.begin() {
		return &gosmtp.SMTPError{Code: 421, EnhancedCode: gosmtp.EnhancedCode{4, 3, 2}, Message: "Shutting down"}
	}
	defer ss.sink.active.Done()
	data, err := io.ReadAll(r)
	if err != nil {
		var se *gosmtp.SMTPError
		if errors.As(err, &se) {
			return se
		}
		return &gosmtp.SMTPError{Code: 451, EnhancedCode: gosmtp.EnhancedCode{4, 3, 0}, Message: "Error reading message"}
	}
	if err := ss.sink.store(data); err != nil {
		return &gosmtp.SMTPError{Code: 451, EnhancedCode: gosmtp.EnhancedCode{4, 3, 0}, Message: "Error storing message"}
	}
	return nil
}
