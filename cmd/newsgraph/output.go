package main

import (
	"bytes"
	"context"
	"io"
)

// deadlineWriter writes to w from a goroutine of its own, so that a write
// blocked on a reader that does not read (a full pipe) gives up when ctx
// ends: the blocked write is abandoned, with a copy of its bytes, and
// every later write fails at once. Use it where a deadline must hold
// whatever the output does (query --timeout).
type deadlineWriter struct {
	ctx   context.Context
	w     io.Writer
	stuck error
}

type writeResult struct {
	n   int
	err error
}

func (d *deadlineWriter) Write(p []byte) (int, error) {
	if d.stuck != nil {
		return 0, d.stuck
	}
	if err := context.Cause(d.ctx); err != nil {
		return 0, err
	}
	buf := bytes.Clone(p) // the caller may reuse p once Write gives up
	done := make(chan writeResult, 1)
	go func() {
		n, err := d.w.Write(buf)
		done <- writeResult{n, err}
	}()
	select {
	case r := <-done:
		return r.n, r.err
	case <-d.ctx.Done():
		d.stuck = context.Cause(d.ctx)
		return 0, d.stuck
	}
}
