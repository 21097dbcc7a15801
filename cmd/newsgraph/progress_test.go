package main

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	var b strings.Builder
	p := newProgress(&b, "articles")
	p.start = time.Now().Add(-10 * time.Second)
	p.last = time.Time{}
	p.share(250, 1000)
	p.update(1500)
	want := regexp.MustCompile(`^newsgraph: 1,500 articles \(25%\), 1(49|50) articles/s, ETA 30s\n$`)
	if !want.MatchString(b.String()) {
		t.Errorf("progress line %q, want %v", b.String(), want)
	}
	b.Reset()
	p.update(1600) // within ten seconds of the last line: nothing
	p.done()       // not a terminal: nothing
	if b.String() != "" {
		t.Errorf("progress wrote %q, want nothing", b.String())
	}
	for secs, want := range map[float64]string{0: "0s", 42.4: "42s", 65: "1m05s", 3600: "60m00s"} {
		if got := eta(secs); got != want {
			t.Errorf("eta(%v) = %q, want %q", secs, got, want)
		}
	}
	if got := bar(0.5, 8); got != "[####....]" {
		t.Errorf("bar(0.5, 8) = %q", got)
	}
}
