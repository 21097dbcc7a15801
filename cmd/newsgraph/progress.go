package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// progress reports a long build or load on standard error: a line redrawn
// in place on a terminal, a plain line every ten seconds otherwise. When
// the share of the work done is known (the bytes of the inputs read, when
// they are regular files) it gives an ETA.
type progress struct {
	w     io.Writer
	unit  string // what is counted: "articles", "quads"
	tty   bool
	start time.Time
	last  time.Time
	n     int
	read  atomic.Int64 // work done (input bytes read, from the reader goroutine)
	total atomic.Int64 // work in all, 0 when unknown
}

func newProgress(w io.Writer, unit string) *progress {
	p := &progress{w: w, unit: unit, start: time.Now(), last: time.Now()}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

// share sets how much of the work is done, for the ETA: done of total
// (input bytes for build, as the loaders.Options.Progress hook; quads for
// load); total 0 is unknown.
func (p *progress) share(read, total int64) {
	p.read.Store(read)
	p.total.Store(total)
}

func (p *progress) update(n int) {
	p.n = n
	every := 10 * time.Second
	if p.tty {
		every = 200 * time.Millisecond
	}
	if time.Since(p.last) < every {
		return
	}
	p.last = time.Now()
	p.print(false)
}

func (p *progress) print(final bool) {
	secs := time.Since(p.start).Seconds()
	rate := float64(p.n) / secs
	line := fmt.Sprintf("newsgraph: %s %s", thousands(p.n), p.unit)
	read, total := p.read.Load(), p.total.Load()
	if total > 0 && read > 0 {
		frac := min(float64(read)/float64(total), 1)
		line += fmt.Sprintf(" (%.0f%%)", 100*frac)
		if p.tty {
			line = "newsgraph: " + bar(frac, 24) + line[len("newsgraph:"):]
		}
		line += fmt.Sprintf(", %s %s/s", thousands(int(rate)), p.unit)
		if !final {
			line += ", ETA " + eta(secs*(1-frac)/frac)
		} else {
			line += fmt.Sprintf(", %.0f s", secs)
		}
	} else {
		line += fmt.Sprintf(", %s %s/s, %.0f s", thousands(int(rate)), p.unit, secs)
	}
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K%s", line)
	} else {
		fmt.Fprintln(p.w, line)
	}
}

func (p *progress) done() {
	if p.tty && p.n > 0 {
		p.print(true)
		fmt.Fprintln(p.w)
	}
}

// bar draws a progress bar width characters wide.
func bar(frac float64, width int) string {
	full := int(frac * float64(width))
	return "[" + strings.Repeat("#", full) + strings.Repeat(".", width-full) + "]"
}

// eta writes a remaining time as "1m05s" or "42s".
func eta(secs float64) string {
	d := time.Duration(secs+0.5) * time.Second
	if d >= time.Minute {
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	return fmt.Sprintf("%ds", int(d.Seconds()))
}

// peakMemory returns the process's peak resident memory, from Linux's
// /proc/self/status (VmHWM), or "unknown" elsewhere.
func peakMemory() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) == 2 && f[1] == "kB" {
				kb, err := strconv.Atoi(f[0])
				if err == nil {
					return fmt.Sprintf("%d MiB", kb/1024)
				}
			}
		}
	}
	return "unknown"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return thousands(n) + " " + word + "s"
}

// thousands writes n with comma separators: 24158 → "24,158".
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
