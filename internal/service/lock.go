package service

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// lockName is the file in the data directory that one process holds an
// exclusive lock on while it uses the directory.
const lockName = "lock"

// dirLock is an exclusive flock on a data directory: two processes on one
// Temporal database and one store corrupt each other's view (SQLITE_BUSY,
// a server that answers before it can).
type dirLock struct{ f *os.File }

// lockDir takes the data directory's lock, or fails naming the process
// that holds it. The lock is the kernel's: it goes with the process, so a
// killed worker never leaves a stale one.
func lockDir(dir string) (*dirLock, error) {
	path := filepath.Join(dir, lockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("data dir lock: %w", err)
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		holder := "another process"
		if b, rerr := os.ReadFile(path); rerr == nil {
			if pid, perr := strconv.Atoi(strings.TrimSpace(string(b))); perr == nil {
				holder = fmt.Sprintf("process %d", pid)
			}
		}
		f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			return nil, fmt.Errorf("data dir %s is in use by %s: stop it, or give this one another -data-dir", dir, holder)
		}
		return nil, fmt.Errorf("data dir lock %s: %w", path, err)
	}
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &dirLock{f: f}, nil
}

// release drops the lock (closing the file releases the flock).
func (l *dirLock) release() {
	if l != nil && l.f != nil {
		_ = l.f.Close()
	}
}

// private makes what the process writes readable by its user only: the
// store, Temporal's database and log, SQLite's journals, the outbox, forms,
// scan spill files and keys. It sets the process umask (SQLite and the
// Temporal server create files the library does not open itself), and
// brings a data directory made by an older version to 0600 files and 0700
// directories.
func private(dir string) error {
	unix.Umask(0o077)
	return filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		mode := os.FileMode(0o600)
		if d.IsDir() {
			mode = 0o700
		}
		if info, err := d.Info(); err == nil && info.Mode().Perm()&^mode != 0 {
			return os.Chmod(path, mode)
		}
		return nil
	})
}
